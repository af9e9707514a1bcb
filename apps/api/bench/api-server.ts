/** The API as it runs in production, in its own process, on a store the benchmark prepared. */
import { createServer } from 'node:http';
import { createLogger } from '../src/common/logger.js';
import { loadConfig } from '../src/config.js';
import { openStore } from '../src/database/data-source.js';
import { entities } from '../src/app/entities.js';
import { createMailer } from '../src/mail/mailer.js';
import { createApp } from '../src/server.js';

const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent', DEMO_DATA: 'false' });
const logger = createLogger(config.LOG_LEVEL);
const dataSource = await openStore({ entities, url: config.DATABASE_URL });
const { handler } = await createApp({
  config,
  dataSource,
  logger,
  mailer: createMailer({ from: config.MAIL_FROM, logger }),
});
const server = createServer(handler);
process.once('SIGINT', () => process.exit(0));
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
