import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A batch the agent sent; its id makes a repeated delivery a no-op. */
@Entity({ name: 'usage_batches' })
export class UsageBatchRow {
  @PrimaryColumn({ name: 'batch_id', type: 'varchar', length: 36 })
  batchId!: string;

  @Column({ name: 'host_id', type: 'varchar', length: 36 })
  hostId!: string;

  @Column({ name: 'received_at', type: 'datetime' })
  receivedAt!: Date;

  @Column({ type: 'int' })
  samples!: number;
}

/**
 * One metric of one account (or one of its sites) over one sampling interval, as the
 * agent measured it: a counter's growth, or a gauge's average (`value`) and maximum.
 * Kept for a short window; the rollups keep the history.
 */
@Entity({ name: 'usage_samples' })
@Index('ix_usage_samples_account', ['accountId', 'metric', 'periodEnd'])
@Index('ix_usage_samples_site', ['siteId', 'metric', 'periodEnd'])
@Index('ix_usage_samples_host', ['hostId', 'metric', 'periodEnd'])
@Index('ix_usage_samples_received', ['receivedAt'])
export class UsageSample {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'host_id', type: 'varchar', length: 36 })
  hostId!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 36, nullable: true, default: null })
  siteId!: string | null;

  @Column({ type: 'varchar', length: 32 })
  metric!: string;

  @Column({ name: 'period_start', type: 'datetime' })
  periodStart!: Date;

  @Column({ name: 'period_end', type: 'datetime' })
  periodEnd!: Date;

  @Column({ type: 'double' })
  value!: number;

  @Column({ name: 'max_value', type: 'double' })
  maxValue!: number;

  @Column({ name: 'received_at', type: 'datetime' })
  receivedAt!: Date;
}

/**
 * Samples summed into buckets of 5 minutes, 1 hour or 1 day per account, site and
 * metric: sum, min and max of the samples' values (so peaks survive) and how many there were.
 */
@Entity({ name: 'usage_rollups' })
@Index('uq_usage_rollups_bucket', ['resolution', 'accountId', 'siteKey', 'metric', 'bucketStart'], { unique: true })
@Index('ix_usage_rollups_host', ['resolution', 'hostId', 'metric', 'bucketStart'])
@Index('ix_usage_rollups_site', ['resolution', 'siteKey', 'metric', 'bucketStart'])
// The charging job reads one hour of every account at once.
@Index('ix_usage_rollups_bucket', ['resolution', 'bucketStart'])
export class UsageRollup {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Bucket length in seconds: 300, 3600 or 86400. */
  @Column({ type: 'int' })
  resolution!: number;

  @Column({ name: 'host_id', type: 'varchar', length: 36 })
  hostId!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  /** The site id, or '' for the account's own line (a unique index cannot hold NULLs apart). */
  @Column({ name: 'site_key', type: 'varchar', length: 36 })
  siteKey!: string;

  @Column({ type: 'varchar', length: 32 })
  metric!: string;

  @Column({ name: 'bucket_start', type: 'datetime' })
  bucketStart!: Date;

  @Column({ name: 'sum_value', type: 'double' })
  sum!: number;

  @Column({ name: 'min_value', type: 'double' })
  min!: number;

  @Column({ name: 'max_value', type: 'double' })
  max!: number;

  @Column({ name: 'sample_count', type: 'int' })
  count!: number;
}
