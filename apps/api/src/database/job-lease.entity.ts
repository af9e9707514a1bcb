import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who runs a scheduled job now: a row per job, claimed with a conditional update (safe across replicas). */
@Entity({ name: 'job_leases' })
export class JobLease {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  name!: string;

  @Column({ type: 'varchar', length: 64 })
  owner!: string;

  @Column({ name: 'lease_until', type: 'datetime' })
  leaseUntil!: Date;

  /** The job's progress mark (for rollups: the newest received_at already rolled up). */
  @Column({ type: 'datetime', nullable: true, default: null })
  watermark!: Date | null;
}
