import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConnection, type Connection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/harness.js';

const apiDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
const HOUR = 3600_000;
const CUSTOMERS = 12;
const KEYS_PER_CUSTOMER = 15;

const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** One real API process on the shared database, running its scheduled jobs every second. */
async function startApiProcess(databaseUrl: string) {
  const port = await freePort();
  let log = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      JOB_INTERVAL_SECONDS: '1',
      // Each racing customer signs up from an address of its own (sign-ups are limited per IP).
      TRUST_PROXY: '1',
      PAYMENT_WEBHOOK_SECRET: 'the shared webhook secret of both replicas',
      COMMAND_SIGNING_KEY: randomBytes(32).toString('base64'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; ;) {
    if (child.exitCode !== null) throw new Error(`API exited:\n${log}`);
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error(`API did not start:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const gql = async <T>(query: string, variables: Record<string, unknown>, token?: string, ip = '127.0.0.1') => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': ip,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: T; errors?: Array<{ extensions?: { code?: string } }> };
  };
  return { child, gql, log: () => log };
}

// Two replicas racing on one MariaDB: only meaningful (and only run) on MySQL.
const mysqlUrl = process.env.TEST_MYSQL_URL;
if (!mysqlUrl && process.env.CI === 'true') throw new Error('CI=true but TEST_MYSQL_URL is unset');

describe.runIf(Boolean(mysqlUrl))('the ledger with two API processes on MariaDB', () => {
  let database: TestDatabase;
  let db: Connection;
  const processes: ChildProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('mysql');
    db = await createConnection(database.url);
  });
  afterAll(async () => {
    for (const child of processes) child.kill('SIGKILL');
    await db?.end();
    await database?.drop();
  });

  it('keeps every balance equal to its entries under hundreds of concurrent top-ups, repeated keys and charging', async () => {
    // One after the other: the first applies the migrations.
    const a = await startApiProcess(database.url);
    processes.push(a.child);
    const b = await startApiProcess(database.url);
    processes.push(b.child);
    const replicas = [a, b];

    const customers = await Promise.all(
      Array.from({ length: CUSTOMERS }, async (_, i) => {
        const { data } = await replicas[i % 2]!.gql<{ signUp: { token: string; account: { id: string } } }>(
          'mutation ($input: SignUpInput!) { signUp(input: $input) { token account { id } } }',
          { input: { email: `racer${i}-${randomUUID().slice(0, 6)}@example.com`, password: 'correct horse battery' } },
          undefined,
          `198.51.100.${i + 1}`,
        );
        return { token: data!.signUp.token, id: data!.signUp.account.id };
      }),
    );
    // Three completed hours of usage for every customer, for both replicas' charging jobs to race over.
    const hour = Math.floor(Date.now() / HOUR) * HOUR;
    for (const customer of customers)
      for (let h = 1; h <= 3; h++)
        await db.query(
          `INSERT INTO usage_rollups (id, resolution, host_id, account_id, site_key, metric, bucket_start, sum_value, min_value, max_value, sample_count)
           VALUES (?, 3600, 'host', ?, '', 'cpu_seconds', ?, 12.345678, 0, 1, 360)`,
          [randomUUID(), customer.id, new Date(hour - h * HOUR)],
        );
    await db.query(
      "INSERT INTO job_leases (name, owner, lease_until, watermark) VALUES ('usage-rollup', 'test', ?, ?) ON DUPLICATE KEY UPDATE watermark = VALUES(watermark)",
      [new Date(0), new Date()],
    );

    // Every key is sent twice, to different replicas, all at once.
    const requests = customers
      .flatMap((customer, c) =>
        Array.from({ length: KEYS_PER_CUSTOMER }, (_, k) => {
          const key = `race-${c}-${k}-${randomUUID().slice(0, 8)}`;
          const amount = `${5 + k}.${String(c).padStart(2, '0')}`;
          return [0, 1].map(
            (r) => () =>
              replicas[r]!.gql<{ topUp: { id: string } }>(
                'mutation ($a: String!, $k: String) { topUp(amount: $a, idempotencyKey: $k) { id status } }',
                { a: amount, k: key },
                customer.token,
              ),
          );
        }),
      )
      .flat();
    requests.sort(() => Math.random() - 0.5);
    const answers = await Promise.all(requests.map((send) => send()));
    expect(requests.length).toBe(CUSTOMERS * KEYS_PER_CUSTOMER * 2);
    expect(answers.filter((answer) => answer.errors)).toEqual([]);

    // Both replicas run the charging job every second; wait until every hour is charged.
    for (const deadline = Date.now() + 30_000; ;) {
      const [[row]] = (await db.query('SELECT COUNT(*) AS n FROM usage_charges')) as unknown as [[{ n: number }]];
      if (Number(row.n) >= CUSTOMERS * 3 || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    const [duplicates] = (await db.query(
      'SELECT idempotency_key, COUNT(*) AS n FROM ledger_entries GROUP BY idempotency_key HAVING n > 1',
    )) as unknown as [unknown[]];
    expect(duplicates).toEqual([]);
    const [charges] = (await db.query(
      'SELECT account_id, hour_start, COUNT(*) AS n FROM usage_charges GROUP BY account_id, hour_start',
    )) as unknown as [Array<{ n: number }>];
    expect(charges).toHaveLength(CUSTOMERS * 3);
    expect(charges.every((row) => Number(row.n) === 1)).toBe(true);
    const [topUps] = (await db.query("SELECT COUNT(*) AS n FROM ledger_entries WHERE kind = 'top_up'")) as unknown as [
      [{ n: number }],
    ];
    expect(Number(topUps[0].n)).toBe(CUSTOMERS * KEYS_PER_CUSTOMER);
    const [mismatched] = (await db.query(
      `SELECT w.account_id, w.balance, COALESCE(SUM(CASE WHEN e.credit = CONCAT('wallet:', w.account_id) THEN e.amount ELSE -e.amount END), 0) AS entries
       FROM wallets w LEFT JOIN ledger_entries e ON e.credit = CONCAT('wallet:', w.account_id) OR e.debit = CONCAT('wallet:', w.account_id)
       GROUP BY w.account_id, w.balance HAVING w.balance <> entries`,
    )) as unknown as [unknown[]];
    expect(mismatched).toEqual([]);
    // Each customer: the sum of its distinct top-ups minus three hours of 12.345678 CPU s at 0.0002 EUR (carried exactly).
    const [[one]] = (await db.query('SELECT balance, carry_nanos FROM wallets WHERE account_id = ?', [
      customers[0]!.id,
    ])) as unknown as [[{ balance: string; carry_nanos: string }]];
    const expectedTopUps = Array.from({ length: KEYS_PER_CUSTOMER }, (_, k) => BigInt(5 + k) * 1_000_000n).reduce(
      (s, v) => s + v,
      0n,
    );
    // 12.345678 s × 0.0002 EUR = 2,469,135 nano-euros an hour: 2469 + 2469 + 2469 µEUR, the 405 nano-euros left carried.
    expect(BigInt(one.balance)).toBe(expectedTopUps - 7407n);
    expect(BigInt(one.carry_nanos)).toBe(405n);
  }, 120_000);
});
