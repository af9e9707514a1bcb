import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const MYSQL = process.env.TEST_MYSQL_URL;
import { siteBecomes, startAgentStack, waitFor, webStackAvailable, type AgentStack } from './harness.js';

interface Measured {
  childCpu: number;
  parentCpu: number;
  rss: number;
  /** When the child had exited and the parent alone held its memory. */
  at: number;
}

/** Runs the workload as the account's Unix user and returns what it measured itself. */
function runAs(user: string, script: string, file: string, writeBytes: number, cpuMs: number): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'su',
      ['-s', '/bin/sh', user, '-c', `${process.execPath} ${script} parent ${file} ${writeBytes} ${cpuMs}`],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n')[0]!) as Measured)
        : reject(new Error(`workload failed: ${err}`)),
    );
  });
}

describe.skipIf(!webStackAvailable())('usage measured on a real host', () => {
  let stack: AgentStack;
  let systemName: string;
  let accountId: string;
  const dir = mkdtempSync(join(tmpdir(), 'ew-usage-'));

  beforeAll(async () => {
    if (MYSQL) {
      // The harness turns MariaDB's per-user statistics on, as a host's configuration would.
      const server = await createConnection(MYSQL);
      await server.query('SET GLOBAL userstat = 1');
      await server.end();
    }
    stack = await startAgentStack({
      agent: { usage: { enabled: true, sampleSeconds: 1, diskSeconds: 2, spoolMaxMb: 50 } },
    });
    stack.startAgent();
    ({
      me: { systemName, id: accountId },
    } = await stack.customerGql<{ me: { systemName: string; id: string } }>('{ me { systemName id } }'));
    const { createSite } = await stack.customerGql<{ createSite: { id: string } }>(
      'mutation { createSite(input: { domain: "busy.example.com" }) { id } }',
    );
    await siteBecomes(stack, createSite.id, 'ACTIVE'); // the account's Unix user exists from here on
    chmodSync(dir, 0o755);
    copyFileSync(join(import.meta.dirname, 'workload.mjs'), join(dir, 'workload.mjs'));
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  const totals = async (from: Date) => {
    const { usage } = await stack.customerGql<{
      usage: Array<{ metric: string; points: Array<{ v: number | null; max: number | null }> }>;
    }>('query ($input: UsageQuery!) { usage(input: $input) { metric points { v max } } }', {
      input: {
        scope: 'ACCOUNT',
        id: accountId,
        metrics: ['cpu_seconds', 'io_write_bytes', 'memory_bytes'],
        from: from.toISOString(),
        to: new Date(Date.now() + 60_000).toISOString(),
        step: 10,
      },
    });
    const sum = (metric: string) =>
      usage.find((s) => s.metric === metric)!.points.reduce((total, p) => total + (p.v ?? 0), 0);
    return { cpu: sum('cpu_seconds'), written: sum('io_write_bytes') };
  };

  it('counts the CPU, memory and bytes of an account’s processes as they measured themselves', async () => {
    // Whatever the account ran before (php-fpm workers, if any) is counted too: measure from here.
    const from = new Date();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const before = await totals(from);
    const writeBytes = 24 * 1024 * 1024;
    const measured = await runAs(
      systemName,
      join(dir, 'workload.mjs'),
      join(stack.prefix, 'srv/www', systemName, 'tmp', 'data.bin'),
      writeBytes,
      2000,
    );
    // Two more intervals so the last one is sampled, spooled and sent.
    const expectedCpu = measured.childCpu + measured.parentCpu;
    const after = await waitFor('the workload’s usage to arrive', async () => {
      const seen = await totals(from);
      return seen.cpu - before.cpu >= expectedCpu * 0.95 ? seen : null;
    });
    const cpu = after.cpu - before.cpu;
    expect(cpu).toBeGreaterThan(expectedCpu * 0.95);
    expect(cpu).toBeLessThan(expectedCpu * 1.05);
    const written = after.written - before.written;
    expect(Math.abs(written - writeBytes)).toBeLessThanOrEqual(Math.max(writeBytes * 0.01, 64 * 1024));
    // While the parent alone held its memory, the account's memory was the parent's RSS.
    const memory = (await stack.api.dataSource.query(
      "SELECT value, period_end FROM usage_samples WHERE metric = 'memory_bytes' AND account_id = ? AND site_id IS NULL",
      [accountId],
    )) as Array<{ value: number; period_end: string | Date }>;
    const alone = memory.filter((row) => {
      const end = new Date(row.period_end).getTime();
      return end > measured.at + 1500 && end < measured.at + 5000;
    });
    expect(alone.length).toBeGreaterThan(0);
    for (const row of alone) {
      expect(row.value).toBeGreaterThan(measured.rss * 0.9);
      expect(row.value).toBeLessThan(measured.rss * 1.1);
    }
  }, 60_000);

  it('stores every interval exactly once through an API restart and an agent killed mid-flight', async () => {
    // A process of the account alive throughout, so every interval has a line.
    const sleeper = spawn('su', ['-s', '/bin/sh', systemName, '-c', 'exec sleep 30'], { stdio: 'ignore' });
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    try {
      const from = Date.now();
      await pause(2500);
      await stack.api.stop();
      await pause(3000); // intervals wait in the spool
      await stack.api.restart();
      await pause(2000);
      await stack.stopAgent('SIGKILL');
      await pause(1500);
      stack.startAgent();
      const until = Date.now() + 3000;
      const periods = await waitFor('intervals up to now to arrive', async () => {
        const rows = (await stack.api.dataSource.query(
          "SELECT period_start, period_end FROM usage_samples WHERE metric = 'processes' AND account_id = ? AND site_id IS NULL",
          [accountId],
        )) as Array<{ period_start: string | Date; period_end: string | Date }>;
        const spans = rows
          .map((r) => ({ start: new Date(r.period_start).getTime(), end: new Date(r.period_end).getTime() }))
          .filter((p) => p.end > from)
          .sort((a, b) => a.start - b.start);
        return spans.length && spans.at(-1)!.end > until ? spans : null;
      });
      for (let i = 1; i < periods.length; i++) expect(periods[i]!.start, `interval ${i}`).toBe(periods[i - 1]!.end);
      expect(periods.length).toBeGreaterThan(5);
    } finally {
      sleeper.kill();
    }
  }, 60_000);

  it('counts each site’s requests and traffic from its access log', async () => {
    const { createSite } = await stack.customerGql<{ createSite: { id: string } }>(
      'mutation { createSite(input: { domain: "traffic.example.com" }) { id } }',
    );
    await siteBecomes(stack, createSite.id, 'ACTIVE');
    const from = new Date();
    const bodies: number[] = [];
    for (let i = 0; i < 25; i++) bodies.push((await stack.get('traffic.example.com', '/')).body.length);
    const series = await waitFor('the requests to be counted', async () => {
      const { usage } = await stack.customerGql<{
        usage: Array<{ metric: string; points: Array<{ v: number | null }> }>;
      }>('query ($input: UsageQuery!) { usage(input: $input) { metric points { v } } }', {
        input: {
          scope: 'SITE',
          id: createSite.id,
          metrics: ['http_requests', 'net_out_bytes'],
          from: new Date(from.getTime() - 60_000).toISOString(),
          to: new Date(Date.now() + 60_000).toISOString(),
          step: 60,
        },
      });
      const total = (metric: string) =>
        usage.find((s) => s.metric === metric)!.points.reduce((sum, p) => sum + (p.v ?? 0), 0);
      return total('http_requests') >= 25 ? { requests: total('http_requests'), out: total('net_out_bytes') } : null;
    });
    expect(series.requests).toBe(25);
    // Bytes sent include the headers, so a little more than the bodies.
    const bodyBytes = bodies.reduce((a, b) => a + b, 0);
    expect(series.out).toBeGreaterThan(bodyBytes);
    expect(series.out).toBeLessThan(bodyBytes + 25 * 400);
  }, 60_000);

  it.skipIf(!MYSQL)(
    'counts an account’s database work and the space its files and databases take',
    async () => {
      const { createDatabase } = await stack.customerGql<{
        createDatabase: { database: { id: string; name: string }; password: string };
      }>('mutation { createDatabase(input: { name: "metrics" }) { database { id name } password } }');
      await waitFor('the database to be ready', async () => {
        const { databases } = await stack.customerGql<{ databases: Array<{ id: string; status: string }> }>(
          '{ databases { id status } }',
        );
        return databases.find((d) => d.id === createDatabase.database.id)?.status === 'ACTIVE';
      });
      const from = new Date();
      const parsed = new URL(MYSQL!);
      const db = await createConnection({
        host: parsed.hostname,
        port: Number(parsed.port || 3306),
        user: createDatabase.database.name,
        password: createDatabase.password,
        database: createDatabase.database.name,
      });
      await db.query('CREATE TABLE t (id INT PRIMARY KEY, payload TEXT)');
      for (let i = 0; i < 200; i++) await db.query('INSERT INTO t VALUES (?, ?)', [i, 'x'.repeat(500)]);
      await db.query('SELECT * FROM t');
      await db.end();
      const totals = await waitFor('database usage to arrive', async () => {
        const { usage } = await stack.customerGql<{
          usage: Array<{ metric: string; points: Array<{ v: number | null; max: number | null }> }>;
        }>('query ($input: UsageQuery!) { usage(input: $input) { metric points { v max } } }', {
          input: {
            scope: 'ACCOUNT',
            id: accountId,
            metrics: ['mysql_rows_written', 'mysql_rows_read', 'mysql_bytes', 'db_size_bytes', 'disk_bytes'],
            from: new Date(from.getTime() - 60_000).toISOString(),
            to: new Date(Date.now() + 60_000).toISOString(),
            step: 60,
          },
        });
        const sum = (metric: string) =>
          usage.find((s) => s.metric === metric)!.points.reduce((t, p) => t + (p.v ?? 0), 0);
        const peak = (metric: string) =>
          Math.max(0, ...usage.find((s) => s.metric === metric)!.points.map((p) => p.max ?? 0));
        const seen = {
          written: sum('mysql_rows_written'),
          read: sum('mysql_rows_read'),
          bytes: sum('mysql_bytes'),
          db: peak('db_size_bytes'),
          disk: peak('disk_bytes'),
        };
        return seen.written >= 200 && seen.read >= 200 && seen.db > 0 && seen.disk > 0 ? seen : null;
      });
      expect(totals.written).toBe(200);
      expect(totals.bytes).toBeGreaterThan(200 * 500);
      expect(totals.db).toBeGreaterThanOrEqual(16 * 1024); // InnoDB's smallest table; its statistics grow lazily
      // The workload's 24 MB data file is in the account's home.
      expect(totals.disk).toBeGreaterThan(24 * 1024 * 1024);
    },
    60_000,
  );
});
