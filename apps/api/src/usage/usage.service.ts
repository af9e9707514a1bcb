import { METRICS, usageBatchSchema, type MetricId } from '@elasticweb/protocol';
import { randomUUID } from 'node:crypto';
import { Between, In, LessThan, type DataSource } from 'typeorm';
import { Account, Role } from '../accounts/account.entity.js';
import { isUniqueViolation } from '../common/db-errors.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { isUuid, newId } from '../common/ids.js';
import type { Host } from '../hosts/host.entity.js';
import { msg } from '../common/msg.js';
import { Site } from '../sites/site.entity.js';
import { demoUsageSamples } from './demo-usage.js';
import { claimJobLease, saveJobWatermark } from '../database/job-lease.js';
import { insertMany } from '../database/insert-many.js';
import { UsageBatchRow, UsageRollup, UsageSample } from './usage.entities.js';
import { UsageScope, type UsageAck, type UsageQuery, type UsageSeries, type UsageShare } from './usage.types.js';

/** Rollup resolutions in seconds, finest first, and how long each is kept. */
export const RESOLUTIONS = [300, 3600, 86_400] as const;
const DAY = 24 * 3600 * 1000;
export interface Retention {
  rawDays: number;
  fiveMinuteDays: number;
  hourDays: number;
}
export const DEFAULT_RETENTION: Retention = { rawDays: 7, fiveMinuteDays: 90, hourDays: 730 };
const MAX_POINTS = 1000;
const ROLLUP_LEASE_MS = 5 * 60 * 1000;

/** The bucket an interval ending at `time` belongs to (an interval ending on the hour belongs to the hour before). */
export const bucketOf = (time: Date, seconds: number) =>
  new Date(Math.floor((time.getTime() - 1) / 1000 / seconds) * seconds * 1000);

/**
 * Usage statistics: stores each batch once, rolls samples up into 5-minute, hourly and
 * daily buckets (a job that one replica at a time runs), applies retention, and answers
 * graphs from the coarsest table that gives the step asked for.
 */
export class UsageService {
  private readonly owner = randomUUID();

  constructor(
    private readonly dataSource: DataSource,
    private readonly retention: Retention = DEFAULT_RETENTION,
  ) {}

  /** Three weeks of plausible usage for the demo customer (the embedded default's first start). */
  async seedDemo(accountId: string, siteIds: string[]): Promise<void> {
    const now = new Date();
    const samples = demoUsageSamples(accountId, siteIds, now);
    await this.dataSource.transaction((manager) => insertMany(manager.getRepository(UsageSample), samples));
    await this.rollUp(now, { settleMs: 0 });
  }

  /** Stores a batch from a host; the same batch id again is acknowledged and ignored. */
  async ingest(host: Host, input: { batchId: string; records: unknown }): Promise<UsageAck> {
    const parsed = usageBatchSchema.safeParse({ batchId: input?.batchId, records: input?.records });
    if (!parsed.success) throw new InvalidInputError('batch', msg('This usage batch does not follow the protocol.'));
    const batch = parsed.data;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const receivedAt = new Date();
        const names = [...new Set(batch.records.flatMap((r) => r.lines.map((l) => l.account)))];
        // A host reports only for the accounts that live on it.
        const accounts = names.length
          ? await manager.getRepository(Account).find({
              where: { systemName: In(names), homeHostId: host.id },
              select: { id: true, systemName: true },
            })
          : [];
        const accountIds = new Map(accounts.map((a) => [a.systemName, a.id]));
        const siteIds = [
          ...new Set(batch.records.flatMap((r) => r.lines.map((l) => l.site).filter(Boolean))),
        ] as string[];
        const sites = siteIds.length
          ? await manager
              .getRepository(Site)
              .find({ where: { id: In(siteIds) }, select: { id: true, accountId: true } })
          : [];
        const siteOwner = new Map(sites.map((s) => [s.id, s.accountId]));
        const rows: UsageSample[] = [];
        for (const record of batch.records) {
          const periodStart = new Date(record.start);
          const periodEnd = new Date(record.end);
          for (const line of record.lines) {
            const accountId = accountIds.get(line.account);
            if (!accountId) continue;
            const siteId = line.site && siteOwner.get(line.site) === accountId ? line.site : null;
            const push = (metric: string, value: number, max: number) =>
              rows.push(
                Object.assign(new UsageSample(), {
                  id: newId(),
                  hostId: host.id,
                  accountId,
                  siteId,
                  metric,
                  periodStart,
                  periodEnd,
                  value,
                  maxValue: max,
                  receivedAt,
                }),
              );
            for (const [metric, value] of Object.entries(line.counters)) push(metric, value!, value!);
            for (const [metric, gauge] of Object.entries(line.gauges)) push(metric, gauge!.avg, gauge!.max);
          }
        }
        await manager
          .getRepository(UsageBatchRow)
          .insert({ batchId: batch.batchId, hostId: host.id, receivedAt, samples: rows.length });
        await insertMany(manager.getRepository(UsageSample), rows);
        return { batchId: batch.batchId, duplicate: false, stored: rows.length };
      });
    } catch (error) {
      if (isUniqueViolation(error)) return { batchId: batch.batchId, duplicate: true, stored: 0 };
      throw error;
    }
  }

  /**
   * Rolls new samples up and applies retention. Safe with several replicas: whoever
   * holds the `usage-rollup` lease does the work; the others return at once.
   */
  async rollUp(now = new Date(), options: { settleMs?: number } = {}): Promise<{ buckets: number } | null> {
    const lease = await claimJobLease(this.dataSource, 'usage-rollup', this.owner, now, ROLLUP_LEASE_MS);
    if (!lease) return null;
    const watermark = lease.watermark ?? new Date(0);
    // Samples received in the last moments may belong to a batch still committing: they wait for the next run.
    const [newest] = (await this.dataSource
      .getRepository(UsageSample)
      .createQueryBuilder('s')
      .select('MAX(s.received_at)', 'newest')
      .where('s.received_at > :watermark', { watermark })
      .getRawMany()) as Array<{ newest: string | Date | null }>;
    const settled = new Date(Date.now() - (options.settleMs ?? 30_000));
    const upto = newest?.newest ? new Date(Math.min(new Date(newest.newest).getTime(), settled.getTime())) : null;
    let buckets = 0;
    if (upto && upto > watermark) {
      // Everything new samples touch is recomputed from its source, so late usage is never dropped.
      const touched = (await this.dataSource
        .getRepository(UsageSample)
        .createQueryBuilder('s')
        .select('s.account_id', 'accountId')
        .addSelect('MIN(s.period_end)', 'first')
        .addSelect('MAX(s.period_end)', 'last')
        .where('s.received_at > :watermark AND s.received_at <= :upto', { watermark, upto })
        .groupBy('s.account_id')
        .getRawMany()) as Array<{ accountId: string; first: string | Date; last: string | Date }>;
      for (const account of touched) {
        const last = new Date(account.last).getTime();
        for (let day = bucketOf(new Date(account.first), 86_400).getTime(); day <= last; day += DAY)
          buckets += await this.rebuild(account.accountId, new Date(day), new Date(day + DAY));
      }
      await saveJobWatermark(this.dataSource, 'usage-rollup', this.owner, upto);
    }
    await this.applyRetention(now);
    return { buckets };
  }

  /** Recomputes every rollup of one account within one day from the samples. */
  private async rebuild(accountId: string, start: Date, end: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const samples = await manager.getRepository(UsageSample).find({
        where: { accountId, periodEnd: Between(new Date(start.getTime() + 1), end) },
      });
      let written = 0;
      for (const resolution of RESOLUTIONS) {
        const sums = new Map<string, UsageRollup>();
        for (const sample of samples) {
          const bucketStart = bucketOf(sample.periodEnd, resolution);
          const key = `${sample.siteId ?? ''}|${sample.metric}|${bucketStart.getTime()}`;
          const rollup = sums.get(key);
          if (rollup) {
            rollup.sum += sample.value;
            rollup.min = Math.min(rollup.min, sample.value);
            rollup.max = Math.max(rollup.max, sample.maxValue);
            rollup.count += 1;
          } else {
            sums.set(
              key,
              Object.assign(new UsageRollup(), {
                id: newId(),
                resolution,
                hostId: sample.hostId,
                accountId,
                siteKey: sample.siteId ?? '',
                metric: sample.metric,
                bucketStart,
                sum: sample.value,
                min: sample.value,
                max: sample.maxValue,
                count: 1,
              }),
            );
          }
        }
        await manager
          .createQueryBuilder()
          .delete()
          .from(UsageRollup)
          .where(
            'resolution = :resolution AND account_id = :accountId AND bucket_start >= :start AND bucket_start < :end',
            {
              resolution,
              accountId,
              start,
              end,
            },
          )
          .execute();
        const rows = [...sums.values()];
        await insertMany(manager.getRepository(UsageRollup), rows);
        written += rows.length;
      }
      return written;
    });
  }

  private async applyRetention(now: Date): Promise<void> {
    const before = (days: number) => new Date(now.getTime() - days * DAY);
    await this.dataSource.getRepository(UsageSample).delete({ periodEnd: LessThan(before(this.retention.rawDays)) });
    await this.dataSource
      .getRepository(UsageRollup)
      .delete({ resolution: 300, bucketStart: LessThan(before(this.retention.fiveMinuteDays)) });
    await this.dataSource
      .getRepository(UsageRollup)
      .delete({ resolution: 3600, bucketStart: LessThan(before(this.retention.hourDays)) });
  }

  /** Who may see what: customers their own sites and account, administrators anything, hosts only to admins. */
  private async authorize(caller: Account, scope: UsageScope, id: string): Promise<void> {
    if (caller.role === Role.ADMIN) return;
    if (scope === UsageScope.HOST) throw new ForbiddenError();
    if (scope === UsageScope.ACCOUNT && id === caller.id) return;
    if (
      scope === UsageScope.SITE &&
      isUuid(id) &&
      (await this.dataSource.getRepository(Site).existsBy({ id, accountId: caller.id }))
    )
      return;
    throw new NotFoundError(msg('There is no usage to show here.'));
  }

  async query(caller: Account, input: UsageQuery): Promise<UsageSeries[]> {
    const from = new Date(input.from);
    const to = new Date(input.to);
    const metrics = [...new Set(input.metrics)];
    if (!(from < to)) throw new InvalidInputError('to', msg('The end of the range must come after its start.'));
    if (metrics.length === 0 || metrics.some((m) => !(m in METRICS)))
      throw new InvalidInputError('metrics', msg('Choose metrics from the list.'));
    await this.authorize(caller, input.scope, String(input.id));

    const span = (to.getTime() - from.getTime()) / 1000;
    let step = Math.max(10, Math.floor(input.step) || 60, Math.ceil(span / MAX_POINTS));
    const resolution = [...RESOLUTIONS].reverse().find((r) => r <= step && step % r === 0) ?? null;
    if (resolution) step = Math.ceil(step / resolution) * resolution;
    const rows = resolution
      ? await this.fromRollups(input, metrics, resolution, from, to)
      : await this.fromSamples(input, metrics, from, to);

    const buckets = Math.ceil(span / step);
    return metrics.map((metric) => {
      const counter = METRICS[metric as MetricId].kind === 'counter';
      // Per step: counters add up; a gauge is its average per subject (site or account line), summed over subjects.
      const perStep = Array.from({ length: buckets }, () => new Map<string, { sum: number; n: number; max: number }>());
      for (const row of rows) {
        if (row.metric !== metric) continue;
        const index = Math.floor((row.at.getTime() - from.getTime()) / 1000 / step);
        if (index < 0 || index >= buckets) continue;
        const subject = `${row.accountId}|${row.siteId ?? ''}`;
        const cell = perStep[index]!.get(subject) ?? { sum: 0, n: 0, max: 0 };
        cell.sum += row.value;
        cell.n += row.count;
        cell.max = Math.max(cell.max, row.max);
        perStep[index]!.set(subject, cell);
      }
      return {
        metric,
        unit: METRICS[metric as MetricId].unit,
        step,
        points: perStep.map((cells, index) => {
          const t = new Date(from.getTime() + index * step * 1000);
          if (cells.size === 0) return { t, v: null, max: null };
          const values = [...cells.values()];
          const v = counter ? values.reduce((s, c) => s + c.sum, 0) : values.reduce((s, c) => s + c.sum / c.n, 0);
          return { t, v, max: counter ? null : values.reduce((s, c) => s + c.max, 0) };
        }),
      };
    });
  }

  /** The sites (and the account's own line) that used the most of a metric in a range. */
  async breakdown(caller: Account, accountId: string, metric: string, from: Date, to: Date): Promise<UsageShare[]> {
    await this.authorize(caller, UsageScope.ACCOUNT, accountId);
    if (!(metric in METRICS)) throw new InvalidInputError('metric', msg('Choose metrics from the list.'));
    const rows = await this.dataSource.getRepository(UsageRollup).find({
      where: { resolution: 3600, accountId, metric, bucketStart: Between(from, to) },
      select: { siteKey: true, sum: true, count: true },
    });
    const totals = new Map<string, number>();
    const counter = METRICS[metric as MetricId].kind === 'counter';
    for (const row of rows)
      totals.set(row.siteKey, (totals.get(row.siteKey) ?? 0) + (counter ? row.sum : row.sum / row.count));
    const sites = await this.dataSource.getRepository(Site).find({
      where: { id: In([...totals.keys()].filter(Boolean)) },
      select: { id: true, domain: true },
    });
    const domains = new Map(sites.map((s) => [s.id, s.domain]));
    return [...totals]
      .map(([siteKey, value]) => ({
        siteId: siteKey || null,
        domain: siteKey ? (domains.get(siteKey) ?? null) : null,
        value,
      }))
      .sort((a, b) => b.value - a.value);
  }

  /** Administrators: the accounts that used the most of a metric on a host (hourly figures). */
  async heaviestAccounts(caller: Account, hostId: string, metric: string, from: Date, to: Date): Promise<UsageShare[]> {
    await this.authorize(caller, UsageScope.HOST, hostId);
    if (!(metric in METRICS)) throw new InvalidInputError('metric', msg('Choose metrics from the list.'));
    const rows = await this.dataSource.getRepository(UsageRollup).find({
      where: { resolution: 3600, hostId: String(hostId), metric, bucketStart: Between(from, to) },
      select: { accountId: true, sum: true, count: true },
    });
    const counter = METRICS[metric as MetricId].kind === 'counter';
    const totals = new Map<string, number>();
    for (const row of rows)
      totals.set(row.accountId, (totals.get(row.accountId) ?? 0) + (counter ? row.sum : row.sum / row.count));
    const accounts = await this.dataSource.getRepository(Account).find({
      where: { id: In([...totals.keys()]) },
      select: { id: true, email: true },
    });
    const emails = new Map(accounts.map((a) => [a.id, a.email]));
    return [...totals]
      .map(([accountId, value]) => ({ siteId: accountId, domain: emails.get(accountId) ?? null, value }))
      .sort((a, b) => b.value - a.value)
      .slice(0, 20);
  }

  private where(input: UsageQuery): Record<string, string> {
    if (input.scope === UsageScope.SITE) return { siteId: String(input.id) };
    if (input.scope === UsageScope.HOST) return { hostId: String(input.id) };
    return { accountId: String(input.id) };
  }

  private async fromSamples(input: UsageQuery, metrics: string[], from: Date, to: Date) {
    const samples = await this.dataSource.getRepository(UsageSample).find({
      where: { ...this.where(input), metric: In(metrics), periodEnd: Between(new Date(from.getTime() + 1), to) },
    });
    return samples.map((s) => ({ ...s, at: new Date(s.periodEnd.getTime() - 1), max: s.maxValue, count: 1 }));
  }

  private async fromRollups(input: UsageQuery, metrics: string[], resolution: number, from: Date, to: Date) {
    const where = this.where(input);
    const rollups = await this.dataSource.getRepository(UsageRollup).find({
      where: {
        resolution,
        ...(where.siteId
          ? { siteKey: where.siteId }
          : where.hostId
            ? { hostId: where.hostId }
            : { accountId: where.accountId }),
        metric: In(metrics),
        bucketStart: Between(from, new Date(to.getTime() - 1)),
      },
    });
    return rollups.map((r) => ({
      metric: r.metric,
      accountId: r.accountId,
      siteId: r.siteKey || null,
      at: r.bucketStart,
      value: r.sum,
      max: r.max,
      count: r.count,
    }));
  }
}
