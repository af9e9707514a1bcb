import {
  NOTHING_PRICED,
  priceHour,
  RESOURCES,
  settleNanos,
  subtractPriced,
  type PricedHour,
  type RollupLine,
} from '@elasticweb/billing';
import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { newId } from '../common/ids.js';
import { insertMany } from '../database/insert-many.js';
import { claimJobLease, saveJobWatermark } from '../database/job-lease.js';
import { JobLease } from '../database/job-lease.entity.js';
import { UsageRollup, UsageSample } from '../usage/usage.entities.js';
import { bucketOf } from '../usage/usage.service.js';
import { UsageCharge, type Wallet } from './billing.entities.js';
import { walletOf, type Ledger, type Transfer } from './ledger.js';
import type { PricesService } from './prices.service.js';

const HOUR = 3600_000;
const LEASE_MS = 10 * 60_000;
/** A first run charges this far back; later runs go on from where the last one stopped. */
const FIRST_RUN_HOURS = 48;
const CHUNK = 500;
const JOB = 'usage-charge';
/** Where the job keeps how far it has looked for late samples (its main row keeps the hours). */
const LATE_JOB = 'usage-charge:late';

export interface ChargingRun {
  hours: number;
  charges: number;
  corrections: number;
  rowsRead: number;
  rowsWritten: number;
}

const breakdownJson = (priced: PricedHour) =>
  JSON.stringify({
    resources: Object.fromEntries(RESOURCES.map((r) => [r, priced.resources[r].toString()])),
    sites: Object.fromEntries(Object.entries(priced.sites).map(([k, v]) => [k, v.toString()])),
  });

/** Adds up an account-hour's charge rows (each holds its change) into what it has cost so far. */
export function pricedOfCharges(rows: readonly UsageCharge[]): PricedHour {
  const sum: PricedHour = { nanos: 0n, resources: { ...NOTHING_PRICED.resources }, sites: {} };
  for (const row of rows) {
    const breakdown = JSON.parse(row.breakdown) as { resources: Record<string, string>; sites: Record<string, string> };
    sum.nanos += row.nanos;
    for (const r of RESOURCES) sum.resources[r] += BigInt(breakdown.resources[r] ?? '0');
    for (const [site, nanos] of Object.entries(breakdown.sites))
      sum.sites[site] = (sum.sites[site] ?? 0n) + BigInt(nanos);
  }
  return sum;
}

/**
 * The hourly charging job. Each completed hour becomes one charge per account, priced
 * with the list in force at that hour, in nano-euros with the account's remainder below
 * a micro-euro carried on. Usage that arrives after its hour was charged (an agent that
 * was offline) is found through the samples received since the last run and charged as
 * a correction of that hour. Safe with several replicas: a lease picks one, and the
 * unique (account, hour, revision) makes a second charge of the same hour impossible.
 */
export class ChargingService {
  private readonly owner = randomUUID();
  private readonly chargedListeners: Array<(accountIds: string[]) => Promise<void>> = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: Ledger,
    private readonly prices: PricesService,
  ) {}

  /** Runs after accounts were charged (spending alerts and limits look at them). */
  onCharged(listener: (accountIds: string[]) => Promise<void>): void {
    this.chargedListeners.push(listener);
  }

  /** Makes a job that never ran start at this hour instead of 48 hours back (the demo's three weeks). */
  async startFrom(hour: Date): Promise<void> {
    const start = new Date(Math.floor(hour.getTime() / HOUR) * HOUR);
    const lease = await claimJobLease(this.dataSource, JOB, this.owner, new Date(), LEASE_MS);
    if (lease && !lease.watermark) await saveJobWatermark(this.dataSource, JOB, this.owner, start);
  }

  async run(now = new Date()): Promise<ChargingRun | null> {
    const lease = await claimJobLease(this.dataSource, JOB, this.owner, now, LEASE_MS);
    if (!lease) return null;
    const jobs = this.dataSource.getRepository(JobLease);
    const rolledUpTo = (await jobs.findOneBy({ name: 'usage-rollup' }))?.watermark ?? null;
    const run: ChargingRun = { hours: 0, charges: 0, corrections: 0, rowsRead: 0, rowsWritten: 0 };
    if (!rolledUpTo) return run;
    const currentHour = new Date(Math.floor(now.getTime() / HOUR) * HOUR);
    const touched = new Set<string>();
    const chargedNow = new Set<string>();
    let hour = lease.watermark ?? new Date(currentHour.getTime() - FIRST_RUN_HOURS * HOUR);
    for (; hour < currentHour; hour = new Date(hour.getTime() + HOUR)) {
      const accounts = await this.chargeHour(hour, null, run, touched);
      for (const accountId of accounts) chargedNow.add(`${accountId}|${hour.getTime()}`);
      run.hours += 1;
      await saveJobWatermark(this.dataSource, JOB, this.owner, new Date(hour.getTime() + HOUR));
    }
    await this.correctLateUsage(hour, rolledUpTo, chargedNow, run, touched);
    if (touched.size > 0) for (const listener of this.chargedListeners) await listener([...touched]);
    return run;
  }

  /** Reprices the account-hours that samples received since the last run belong to, if already charged. */
  private async correctLateUsage(
    chargedUntil: Date,
    rolledUpTo: Date,
    chargedNow: ReadonlySet<string>,
    run: ChargingRun,
    touched: Set<string>,
  ) {
    const jobs = this.dataSource.getRepository(JobLease);
    const state = await jobs.findOneBy({ name: LATE_JOB });
    const since = state?.watermark ?? null;
    if (since && since < rolledUpTo) {
      const samples = (await this.dataSource
        .getRepository(UsageSample)
        .createQueryBuilder('s')
        .select('DISTINCT s.account_id', 'accountId')
        .addSelect('s.period_end', 'periodEnd')
        .where('s.received_at > :since AND s.received_at <= :rolledUpTo', { since, rolledUpTo })
        .getRawMany()) as Array<{ accountId: string; periodEnd: string | Date }>;
      run.rowsRead += samples.length;
      const byHour = new Map<number, Set<string>>();
      for (const sample of samples) {
        const hour = bucketOf(new Date(sample.periodEnd), 3600).getTime();
        // Hours not charged yet are charged whole when they complete; hours this run charged already include it.
        if (hour >= chargedUntil.getTime() || chargedNow.has(`${sample.accountId}|${hour}`)) continue;
        byHour.set(hour, (byHour.get(hour) ?? new Set()).add(sample.accountId));
      }
      for (const [hour, accounts] of byHour) await this.chargeHour(new Date(hour), [...accounts], run, touched);
    }
    if (!state)
      await jobs.insert({ name: LATE_JOB, owner: this.owner, leaseUntil: new Date(0), watermark: rolledUpTo });
    else await jobs.update({ name: LATE_JOB }, { owner: this.owner, watermark: rolledUpTo });
  }

  /**
   * Prices one hour for every account with usage in it (or the given ones) and charges
   * the difference to what the hour was charged before: the whole hour the first time,
   * a correction later. Returns the accounts priced.
   */
  private async chargeHour(
    hour: Date,
    onlyAccounts: string[] | null,
    run: ChargingRun,
    touched: Set<string>,
  ): Promise<string[]> {
    const prices = await this.prices.at(hour);
    const query = this.dataSource
      .getRepository(UsageRollup)
      .createQueryBuilder('r')
      .select(['r.accountId', 'r.siteKey', 'r.metric', 'r.sum', 'r.count'])
      .where('r.resolution = 3600 AND r.bucket_start = :hour', { hour });
    if (onlyAccounts) query.andWhere('r.account_id IN (:...onlyAccounts)', { onlyAccounts });
    const rollups = await query.getMany();
    run.rowsRead += rollups.length;
    const lines = new Map<string, RollupLine[]>((onlyAccounts ?? []).map((id) => [id, []]));
    for (const r of rollups) {
      const list = lines.get(r.accountId) ?? [];
      list.push({ siteKey: r.siteKey, metric: r.metric, sum: r.sum, count: r.count });
      lines.set(r.accountId, list);
    }
    const accounts = [...lines.keys()];
    for (let i = 0; i < accounts.length; i += CHUNK) {
      const chunk = accounts.slice(i, i + CHUNK);
      await this.ledger.transaction(async (manager) => {
        const wallets = await this.ledger.lockWallets(manager, chunk);
        run.rowsRead += wallets.size;
        const rows: UsageCharge[] = [];
        const transfers: Transfer[] = [];
        const carries = new Map<string, Partial<Wallet>>();
        const before = await this.chargesOf(manager, chunk, hour);
        for (const accountId of chunk) {
          const previous = before.get(accountId) ?? [];
          const delta = subtractPriced(priceHour(lines.get(accountId)!, prices), pricedOfCharges(previous));
          if (delta.nanos === 0n && RESOURCES.every((r) => delta.resources[r] === 0n)) continue;
          const revision = previous.reduce((max, row) => Math.max(max, row.revision), 0) + 1;
          const settled = settleNanos(wallets.get(accountId)!.carryNanos, delta.nanos);
          rows.push(
            Object.assign(new UsageCharge(), {
              id: newId(),
              accountId,
              hourStart: hour,
              revision,
              nanos: delta.nanos,
              breakdown: breakdownJson(delta),
              createdAt: new Date(),
            }),
          );
          carries.set(accountId, { carryNanos: settled.carry });
          const kind = revision === 1 ? 'usage' : 'usage_correction';
          const details = { hour: hour.toISOString(), revision, nanos: delta.nanos.toString() };
          const key = `usage:${accountId}:${hour.toISOString()}:${revision}`;
          if (settled.micros > 0n)
            transfers.push({
              key,
              accountId,
              kind,
              details,
              amount: settled.micros,
              debit: walletOf(accountId),
              credit: 'platform:revenue',
            });
          if (settled.micros < 0n)
            transfers.push({
              key,
              accountId,
              kind,
              details,
              amount: -settled.micros,
              debit: 'platform:revenue',
              credit: walletOf(accountId),
            });
          if (revision === 1) run.charges += 1;
          else run.corrections += 1;
          touched.add(accountId);
        }
        await insertMany(manager.getRepository(UsageCharge), rows);
        await this.ledger.postMany(manager, transfers, carries, wallets);
        run.rowsWritten += rows.length + transfers.length + carries.size;
      });
    }
    return accounts;
  }

  private async chargesOf(manager: EntityManager, accountIds: string[], hour: Date) {
    const rows = await manager.getRepository(UsageCharge).findBy({ accountId: In(accountIds), hourStart: hour });
    const byAccount = new Map<string, UsageCharge[]>();
    for (const row of rows) byAccount.set(row.accountId, [...(byAccount.get(row.accountId) ?? []), row]);
    return byAccount;
  }
}
