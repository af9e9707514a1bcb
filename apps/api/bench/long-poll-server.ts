/**
 * The API process of the long-poll benchmark, run with `fork`: the real application
 * on the given store, plus an IPC side door for the benchmark to seed hosts, queue
 * commands and read this process's memory, CPU time and request count.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Role } from '../src/accounts/account.entity.js';
import { createLogger } from '../src/common/logger.js';
import { loadConfig } from '../src/config.js';
import { openStore } from '../src/database/data-source.js';
import { entities } from '../src/app/entities.js';
import { createMailer } from '../src/mail/mailer.js';
import { createApp } from '../src/server.js';

const databaseUrl = process.env.DATABASE_URL!;
const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl });
const logger = createLogger('silent');
const dataSource = await openStore({ entities, url: databaseUrl });
const { handler, services } = await createApp({
  config,
  dataSource,
  logger,
  mailer: createMailer({ from: 'x', logger }),
});
let requests = 0;
const server = createServer((req, res) => {
  requests += 1;
  handler(req, res);
});
// Long polls hold a request for up to 50 s; idle keep-alive sockets wait for the next one.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 70_000;
server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));

const info = {
  os: 'bench',
  nginxVersion: '1.22.1',
  phpVersions: ['8.2'],
  cpuCores: 8,
  memoryMb: 32_768,
  diskGb: 500,
  layout: { prefix: '/', listen: ['80'], phpFpmSocketDir: '/run/elasticweb/php', acmeRoot: '/var/lib/elasticweb/acme' },
};

type Message =
  | { id: number; kind: 'seed'; hosts: number }
  | { id: number; kind: 'enqueue'; hostId: string }
  | { id: number; kind: 'stats' };

process.on('message', (message: Message) => {
  void (async () => {
    if (message.kind === 'seed') {
      const { account } = await services.accounts.ensureAccount({
        email: 'bench-admin@example.com',
        password: 'bench admin password',
        role: Role.ADMIN,
      });
      const hosts: Array<{ hostId: string; hostToken: string }> = [];
      for (let i = 0; i < message.hosts; i++) {
        const { token } = await services.hosts.createEnrollment(account, `bench ${i}`);
        const { hostId, hostToken } = await services.hosts.enroll(token, info);
        hosts.push({ hostId, hostToken });
      }
      process.send!({ id: message.id, hosts });
    } else if (message.kind === 'enqueue') {
      const command = await services.commands.enqueue({ hostId: message.hostId, type: 'host.info', args: {} });
      process.send!({ id: message.id, commandId: command.id, at: Date.now() });
    } else {
      const cpu = process.cpuUsage();
      process.send!({
        id: message.id,
        rss: process.memoryUsage().rss,
        cpuMs: (cpu.user + cpu.system) / 1000,
        requests,
      });
    }
  })();
});
