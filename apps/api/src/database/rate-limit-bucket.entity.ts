import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A fixed-window counter kept in the database, so a limit holds however many API
 * replicas answer the requests.
 */
@Entity({ name: 'rate_limit_buckets' })
export class RateLimitBucket {
  @PrimaryColumn({ name: 'bucket_key', type: 'varchar', length: 191 })
  key!: string;

  @Column({ type: 'int' })
  hits!: number;

  @Column({ name: 'window_started_at', type: 'datetime' })
  windowStartedAt!: Date;
}
