/** The baseline: a bare node:http server answering a fixed JSON body, nothing else. */
import { createServer } from 'node:http';

const body = JSON.stringify({
  data: { me: { id: '01900000-0000-7000-8000-000000000000', email: 'bench@example.com' } },
});
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
