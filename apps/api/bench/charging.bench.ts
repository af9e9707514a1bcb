/**
 * `npm run bench -w @elasticweb/api` (alone: `npx tsx apps/api/bench/charging.bench.ts`):
 * the hourly charging job on MariaDB for 1,000 and then 10,000 accounts, each with a
 * full hour of usage (two sites and the account's own line, six charged metrics each:
 * 18 hourly rollups an account). Prints the duration, the rows read and written, and
 * the time per account of both runs; linear means the per-account ratio stays near 1.
 * Goal: 10,000 accounts in under 30 s.
 */
import { createConnection, type Connection } from 'mysql2/promise';
import { ChargingService } from '../src/billing/charging.service.js';
import { Ledger } from '../src/billing/ledger.js';
import { PricesService } from '../src/billing/prices.service.js';
import { scratchDatabase } from './scratch-database.js';
import { openStore } from '../src/database/data-source.js';
import { entities } from '../src/app/entities.js';

const HOUR = 3600_000;
const scratch = await scratchDatabase();
const url = scratch.url;

/** One hour of rollups for accounts 1..count, made by MariaDB from its seq tables. */
async function generate(db: Connection, count: number, hour: Date): Promise<number> {
  const bucket = hour.toISOString().slice(0, 19).replace('T', ' ');
  for (let start = 1; start <= count; start += 1000) {
    const end = Math.min(count, start + 999);
    await db.query(
      `INSERT INTO usage_rollups (id, resolution, host_id, account_id, site_key, metric, bucket_start, sum_value, min_value, max_value, sample_count)
       SELECT UUID(), 3600, 'bench-host', CONCAT('acct-', a.seq), s.site_key, m.metric, ?, m.base * (0.5 + RAND()), 0, m.base, 360
       FROM seq_${start}_to_${end} a
       CROSS JOIN (SELECT '' AS site_key UNION ALL SELECT 'site-a' UNION ALL SELECT 'site-b') s
       CROSS JOIN (SELECT 'cpu_seconds' AS metric, 40 AS base UNION ALL SELECT 'memory_bytes', 360 * 150e6
                   UNION ALL SELECT 'disk_bytes', 360 * 2e9 UNION ALL SELECT 'net_out_bytes', 300e6
                   UNION ALL SELECT 'io_ops', 20000 UNION ALL SELECT 'mysql_busy_seconds', 5) m`,
      [bucket],
    );
  }
  return count * 18;
}

async function chargeOneHour(charging: ChargingService, db: Connection, hour: Date) {
  // The job starts at this hour: earlier hours are charged already, usage is rolled up.
  await db.query(
    "REPLACE INTO job_leases (name, owner, lease_until, watermark) VALUES ('usage-charge', 'bench', '2000-01-01', ?)",
    [hour],
  );
  await db.query(
    "REPLACE INTO job_leases (name, owner, lease_until, watermark) VALUES ('usage-rollup', 'bench', '2000-01-01', ?)",
    [new Date()],
  );
  const started = performance.now();
  const run = await charging.run(new Date(hour.getTime() + HOUR + 5 * 60_000));
  return { seconds: (performance.now() - started) / 1000, ...run! };
}

try {
  const dataSource = await openStore({ entities, url: url.toString() });
  const db = await createConnection(url.toString());
  const ledger = new Ledger(dataSource);
  const charging = new ChargingService(dataSource, ledger, new PricesService(dataSource));
  const firstHour = new Date(Math.floor(Date.now() / HOUR) * HOUR - 4 * HOUR);
  const secondHour = new Date(firstHour.getTime() + HOUR);

  await generate(db, 1000, firstHour);
  const small = await chargeOneHour(charging, db, firstHour);
  await generate(db, 10_000, secondHour);
  const large = await chargeOneHour(charging, db, secondHour);
  const problems = await ledger.reconcile();
  await db.end();
  await dataSource.destroy();

  const perAccount = (run: typeof small, accounts: number) => (run.seconds * 1000) / accounts;
  const line = (accounts: number, run: typeof small) =>
    `${String(accounts).padStart(6)} accounts: ${run.seconds.toFixed(2)} s (${perAccount(run, accounts).toFixed(3)} ms an account), ` +
    `${run.charges} charges, ${run.rowsRead} rows read, ${run.rowsWritten} rows written`;
  console.log('Hourly charging on MariaDB, one completed hour (18 rollups an account)');
  console.log(line(1000, small));
  console.log(line(10_000, large));
  console.log(
    `per-account time 10,000 vs 1,000: ${(perAccount(large, 10_000) / perAccount(small, 1000)).toFixed(2)}x (linear: about 1); ` +
      `goal under 30 s for 10,000: ${large.seconds < 30 ? 'met' : 'MISSED'}; reconciliation: ${problems.length === 0 ? 'clean' : problems.join(', ')}`,
  );
} finally {
  await scratch.drop();
}
