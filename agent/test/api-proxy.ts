/**
 * A proxy between the agent and the API that a test controls: it forwards, or makes
 * result reports fail, or swallows them (answers "accepted" without forwarding, as a
 * report lost on its way would look). Over HTTPS when given a certificate.
 */
import { createServer as createHttpServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export type ProxyMode = 'pass' | 'fail-reports' | 'swallow-next-report';

export interface ApiProxy {
  url: string;
  mode: ProxyMode;
  /** Reports that did not reach the API. */
  dropped: number;
  close(): Promise<void>;
}

export async function startApiProxy(target: string, tls?: { cert: string; key: string }): Promise<ApiProxy> {
  const upstream = new URL(target);
  const proxy: ApiProxy = { url: '', mode: 'pass', dropped: 0, close: async () => undefined };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const isReport = body.includes('reportCommandResult');
      if (isReport && proxy.mode === 'fail-reports') {
        proxy.dropped += 1;
        res.writeHead(502).end('bad gateway');
        return;
      }
      if (isReport && proxy.mode === 'swallow-next-report') {
        proxy.dropped += 1;
        proxy.mode = 'pass';
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"reportCommandResult":true}}');
        return;
      }
      const forward = request(
        { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => res.writeHead(502).end('bad gateway'));
      forward.end(body);
    });
  };
  const server = tls ? createHttpsServer(tls, handle) : createHttpServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return proxy;
}
