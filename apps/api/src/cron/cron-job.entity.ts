import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTime } from '../common/scalars.js';

/** A scheduled job, run as the account's user from its home folder. */
@Entity({ name: 'cron_jobs' })
@Index('ix_cron_jobs_account', ['accountId', 'createdAt'])
@ObjectType()
export class CronJob {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'Five cron fields or a macro such as @daily' })
  schedule!: string;

  @Column({ type: 'text' })
  @Field(() => String)
  command!: string;

  @Column({ name: 'is_enabled', type: 'boolean' })
  @Field(() => Boolean)
  isEnabled!: boolean;

  @Column({ name: 'created_at', type: 'datetime' })
  @Field(() => DateTime)
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  @Field(() => DateTime)
  updatedAt!: Date;

  @Column({ name: 'last_run_at', type: 'datetime', nullable: true, default: null })
  @Field(() => DateTime, { nullable: true })
  lastRunAt!: Date | null;

  @Column({ name: 'last_exit_code', type: 'int', nullable: true, default: null })
  @Field(() => Int, { nullable: true })
  lastExitCode!: number | null;

  /** The end of the last run's output (at most 64 KB). */
  @Column({ name: 'last_output', type: 'text', nullable: true, default: null })
  @Field(() => String, { nullable: true })
  lastOutput!: string | null;
}
