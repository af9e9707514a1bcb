/**
 * `npm run bench -w @elasticweb/api` (alone: `npx tsx apps/api/bench/usage-query.bench.ts`):
 * a 30-day graph (hourly points, two metrics) of one account, with 1,000 accounts x 30
 * days of rollups in MariaDB, then again at 10x the accounts. The rows are generated
 * inside MariaDB from its seq_1_to_N tables, so the run takes minutes. Prints p50/p99 of
 * the query (the service's whole answer: table choice, read, steps, gaps) for both.
 * Goals: time does not grow with the data (ratio under 1.5), p99 under 50 ms.
 */
import { createConnection, type Connection } from 'mysql2/promise';
import { Role, type Account } from '../src/accounts/account.entity.js';
import { scratchDatabase } from './scratch-database.js';
import { openStore } from '../src/database/data-source.js';
import { entities } from '../src/app/entities.js';
import { UsageService } from '../src/usage/usage.service.js';
import { UsageScope } from '../src/usage/usage.types.js';

const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);

const scratch = await scratchDatabase();
const url = scratch.url;
const from = new Date(Date.UTC(2026, 9, 27));
const to = new Date(from.getTime() + 30 * 24 * 3600_000);

/** Hourly rollups of two metrics for accounts first..last over the 30 days, made by MariaDB itself. */
async function generate(db: Connection, first: number, last: number): Promise<void> {
  for (let start = first; start <= last; start += 1000) {
    const end = Math.min(last, start + 999);
    await db.query(
      `INSERT INTO usage_rollups (id, resolution, host_id, account_id, site_key, metric, bucket_start, sum_value, min_value, max_value, sample_count)
       SELECT UUID(), 3600, 'bench-host', CONCAT('acct-', a.seq), '', m.metric, '2026-10-27 00:00:00' + INTERVAL h.seq HOUR, RAND() * 40, 0, 40, 360
       FROM seq_${start}_to_${end} a CROSS JOIN seq_0_to_719 h
       CROSS JOIN (SELECT 'cpu_seconds' AS metric UNION ALL SELECT 'memory_bytes') m`,
    );
  }
}

async function measure(usage: UsageService, caller: Account, accounts: number) {
  const times: number[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const id = `acct-${1 + Math.floor(Math.random() * accounts)}`;
    const started = performance.now();
    const series = await usage.query(caller, {
      scope: UsageScope.ACCOUNT,
      id,
      metrics: ['cpu_seconds', 'memory_bytes'],
      from,
      to,
      step: 3600,
    });
    times.push(performance.now() - started);
    if (series[0]!.points.length !== 720 || series[0]!.points.some((p) => p.v === null))
      throw new Error('incomplete graph');
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)]!, p99: times[Math.floor(times.length * 0.99)]! };
}

try {
  const dataSource = await openStore({ entities, url: url.toString() });
  const db = await createConnection(url.toString());
  const usage = new UsageService(dataSource);
  const caller = { id: 'bench', role: Role.ADMIN } as Account;

  let started = performance.now();
  await generate(db, 1, 1000);
  const small = { rows: 1000 * 720 * 2, seconds: (performance.now() - started) / 1000 };
  await measure(usage, caller, 1000); // warm-up
  const one = await measure(usage, caller, 1000);

  started = performance.now();
  await generate(db, 1001, 10_000);
  const large = { rows: 10_000 * 720 * 2, seconds: (performance.now() - started) / 1000 };
  await measure(usage, caller, 10_000);
  const ten = await measure(usage, caller, 10_000);
  await db.end();
  await dataSource.destroy();

  const ms = (v: number) => `${v.toFixed(2)} ms`;
  console.log(
    `\n30-day graph of one account (720 hourly points, 2 metrics), ${QUERIES} queries of random accounts, MariaDB\n`,
  );
  console.log(
    `1,000 accounts  (${small.rows.toLocaleString('en')} rollup rows, generated in ${small.seconds.toFixed(0)} s)   p50 ${ms(one.p50)}   p99 ${ms(one.p99)}`,
  );
  console.log(
    `10,000 accounts (${large.rows.toLocaleString('en')} rollup rows, generated in ${large.seconds.toFixed(0)} s)  p50 ${ms(ten.p50)}   p99 ${ms(ten.p99)}`,
  );
  console.log(
    `\ngoals: ratio 10x/1x under 1.5 -> ${(ten.p50 / one.p50).toFixed(2)} (p50), ${(ten.p99 / one.p99).toFixed(2)} (p99); p99 under 50 ms -> ${ms(Math.max(one.p99, ten.p99))}`,
  );
} finally {
  await scratch.drop();
}
