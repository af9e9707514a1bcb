import { z } from 'zod';

/** The metric ids of DESIGN.md, shared by the agent's batches, the API, prices and the panel. */
export const METRICS = {
  cpu_seconds: { kind: 'counter', unit: 'seconds' },
  memory_bytes: { kind: 'gauge', unit: 'bytes' },
  io_read_bytes: { kind: 'counter', unit: 'bytes' },
  io_write_bytes: { kind: 'counter', unit: 'bytes' },
  io_ops: { kind: 'counter', unit: 'operations' },
  disk_bytes: { kind: 'gauge', unit: 'bytes' },
  net_out_bytes: { kind: 'counter', unit: 'bytes' },
  net_in_bytes: { kind: 'counter', unit: 'bytes' },
  http_requests: { kind: 'counter', unit: 'requests' },
  mysql_busy_seconds: { kind: 'counter', unit: 'seconds' },
  mysql_rows_read: { kind: 'counter', unit: 'rows' },
  mysql_rows_written: { kind: 'counter', unit: 'rows' },
  mysql_bytes: { kind: 'counter', unit: 'bytes' },
  db_size_bytes: { kind: 'gauge', unit: 'bytes' },
  processes: { kind: 'gauge', unit: 'count' },
  ssh_sessions: { kind: 'gauge', unit: 'count' },
} as const;

export type MetricId = keyof typeof METRICS;
export const METRIC_IDS = Object.keys(METRICS) as MetricId[];
export const isCounter = (metric: MetricId) => METRICS[metric].kind === 'counter';

const finite = z.number().finite().min(0).max(1e18);
const systemName = z.string().regex(/^ew[a-z2-7]{8}$/);
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

/** What one account (or one of its sites) used in one interval. */
export const usageLineSchema = z
  .object({
    account: systemName,
    /** The site whose php-fpm pool or vhost used it; absent: the account's own line (SSH, cron, …). */
    site: uuid.nullish(),
    /** How much each counter grew in the interval. */
    counters: z.partialRecord(z.enum(METRIC_IDS as [MetricId, ...MetricId[]]), finite),
    /** Each gauge's average and maximum over the interval. */
    gauges: z.partialRecord(
      z.enum(METRIC_IDS as [MetricId, ...MetricId[]]),
      z.object({ avg: finite, max: finite }).strict(),
    ),
    /** Where the figures came from: the account's cgroup (exact) or /proc. */
    source: z.enum(['proc', 'cgroup', 'log', 'mysql', 'disk']),
  })
  .strict();

export const usageRecordSchema = z
  .object({
    /** The interval, [start, end). */
    start: z.string().datetime(),
    end: z.string().datetime(),
    lines: z.array(usageLineSchema).max(100_000),
  })
  .strict();

export const usageBatchSchema = z
  .object({
    batchId: uuid,
    records: z.array(usageRecordSchema).min(1).max(1000),
  })
  .strict();

export type UsageLine = z.infer<typeof usageLineSchema>;
export type UsageRecord = z.infer<typeof usageRecordSchema>;
export type UsageBatch = z.infer<typeof usageBatchSchema>;
