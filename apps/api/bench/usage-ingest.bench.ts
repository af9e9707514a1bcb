/**
 * `npm run bench -w @elasticweb/api` (alone: `npx tsx apps/api/bench/usage-ingest.bench.ts`):
 * usage batches through `reportUsage` (HTTP, GraphQL, validation, once-only check,
 * multi-row inserts) into MariaDB, in samples per second, against the raw ceiling: the
 * same rows as batched multi-row INSERTs straight through mysql2, in the same run.
 * Goal: at least 50% of the ceiling. BENCH_ACCOUNTS (1000) and BENCH_BATCHES (30) change the sizes.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createConnection } from 'mysql2/promise';
import { Role } from '../src/accounts/account.entity.js';
import { Account } from '../src/accounts/account.entity.js';
import { createLogger } from '../src/common/logger.js';
import { newId } from '../src/common/ids.js';
import { loadConfig } from '../src/config.js';
import { scratchDatabase } from './scratch-database.js';
import { openStore } from '../src/database/data-source.js';
import { entities } from '../src/app/entities.js';
import { createMailer } from '../src/mail/mailer.js';
import { createApp } from '../src/server.js';

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 1000);
const BATCHES = Number(process.env.BENCH_BATCHES ?? 30);

const scratch = await scratchDatabase();
const url = scratch.url;
try {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATABASE_URL: url.toString(),
    COMMAND_SIGNING_KEY: randomBytes(32).toString('base64'),
  });
  const logger = createLogger('silent');
  const dataSource = await openStore({ entities, url: url.toString() });
  const app = await createApp({ config, dataSource, logger, mailer: createMailer({ from: 'x', logger }) });
  const { account: operator } = await app.services.accounts.ensureAccount({
    email: 'ops@bench.example',
    password: 'bench password 1',
    role: Role.ADMIN,
  });
  const { token } = await app.services.hosts.createEnrollment(operator, 'bench host');
  const { hostId, hostToken } = await app.services.hosts.enroll(token, {
    os: 'bench',
    nginxVersion: '1',
    phpVersions: ['8.2'],
    cpuCores: 8,
    memoryMb: 32768,
    diskGb: 500,
    layout: { prefix: '/', listen: ['80'], phpFpmSocketDir: '/run/php', acmeRoot: '/var/lib/elasticweb/acme' },
  });
  // Accounts living on the host, inserted directly: sign-up's password hashing is not what this measures.
  const names: string[] = [];
  const accounts = Array.from({ length: ACCOUNTS }, (_, i) => {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
    let systemName = 'ew';
    for (let k = 7, n = i; k >= 0; k--, n = Math.floor(n / 32)) systemName += alphabet[n % 32];
    names.push(systemName);
    return Object.assign(new Account(), {
      id: newId(),
      email: `bench-${i}@example.com`,
      passwordHash: 'x',
      role: Role.CUSTOMER,
      status: 'active',
      language: 'en',
      systemName,
      homeHostId: hostId,
      shell: 'full',
      accessSpecVersion: 0,
      referralCode: null,
      emailVerifiedAt: null,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
  });
  for (let i = 0; i < accounts.length; i += 200)
    await dataSource.getRepository(Account).insert(accounts.slice(i, i + 200));

  const httpServer = createServer(app.handler).listen(0, '127.0.0.1');
  await new Promise((resolve) => httpServer.once('listening', resolve));
  const endpoint = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
  const record = (i: number) => ({
    start: new Date(Date.UTC(2026, 10, 1) + i * 10_000).toISOString(),
    end: new Date(Date.UTC(2026, 10, 1) + (i + 1) * 10_000).toISOString(),
    lines: names.map((account) => ({
      account,
      site: null,
      source: 'proc',
      counters: { cpu_seconds: 0.01, io_read_bytes: 4096, io_write_bytes: 8192, io_ops: 3 },
      gauges: { memory_bytes: { avg: 5e7, max: 6e7 }, processes: { avg: 3, max: 4 }, ssh_sessions: { avg: 0, max: 0 } },
    })),
  });
  const perBatch = ACCOUNTS * 7;

  // Warm-up, then the measured batches, one after another as an agent sends them.
  const send = async (i: number) => {
    const body = JSON.stringify({
      query: 'mutation ($b: UsageBatchInput!) { reportUsage(batch: $b) { stored } }',
      variables: { b: { batchId: randomUUID(), records: [record(i)] } },
    });
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${hostToken}` },
      body,
    });
    const json = (await response.json()) as { data?: { reportUsage: { stored: number } }; errors?: unknown };
    if (json.data?.reportUsage.stored !== perBatch) throw new Error(`batch not stored: ${JSON.stringify(json.errors)}`);
  };
  await send(-1);
  let started = performance.now();
  for (let i = 0; i < BATCHES; i++) await send(i);
  const api = (BATCHES * perBatch) / ((performance.now() - started) / 1000);

  // The ceiling: the same rows, straight into the same table with mysql2, 1,000 rows a statement.
  const raw = await createConnection(url.toString());
  const accountIds = accounts.map((a) => a.id);
  const metrics: Array<[string, number, number]> = [
    ['cpu_seconds', 0.01, 0.01],
    ['io_read_bytes', 4096, 4096],
    ['io_write_bytes', 8192, 8192],
    ['io_ops', 3, 3],
    ['memory_bytes', 5e7, 6e7],
    ['processes', 3, 4],
    ['ssh_sessions', 0, 0],
  ];
  started = performance.now();
  for (let i = 0; i < BATCHES; i++) {
    const start = new Date(Date.UTC(2026, 9, 1) + i * 10_000);
    const end = new Date(start.getTime() + 10_000);
    const rows = accountIds.flatMap((accountId) =>
      metrics.map(([metric, value, max]) => [
        newId(),
        hostId,
        accountId,
        null,
        metric,
        start,
        end,
        value,
        max,
        new Date(),
      ]),
    );
    await raw.beginTransaction();
    for (let k = 0; k < rows.length; k += 1000)
      await raw.query(
        'INSERT INTO usage_samples (id, host_id, account_id, site_id, metric, period_start, period_end, value, max_value, received_at) VALUES ?',
        [rows.slice(k, k + 1000)],
      );
    await raw.commit();
  }
  const ceiling = (BATCHES * perBatch) / ((performance.now() - started) / 1000);
  await raw.end();
  httpServer.close();
  await app.stop();
  await dataSource.destroy();

  console.log(
    `\nusage ingest into MariaDB: ${BATCHES} batches of ${ACCOUNTS} accounts x 7 metrics (${perBatch} samples each)\n`,
  );
  console.log(`reportUsage (HTTP + GraphQL + validation + once-only + inserts)  ${api.toFixed(0)} samples/s`);
  console.log(`raw multi-row INSERT ceiling (mysql2, 1,000 rows a statement)     ${ceiling.toFixed(0)} samples/s`);
  console.log(`\ngoal: at least 50% of the ceiling -> ${((api / ceiling) * 100).toFixed(0)}%`);
} finally {
  await scratch.drop();
}
