import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export enum CommandStatus {
  QUEUED = 'queued',
  LEASED = 'leased',
  SUCCEEDED = 'succeeded',
  FAILED = 'failed',
  CANCELLED = 'cancelled',
  EXPIRED = 'expired',
  SUPERSEDED = 'superseded',
}

export const FINAL_STATUSES = [
  CommandStatus.SUCCEEDED,
  CommandStatus.FAILED,
  CommandStatus.CANCELLED,
  CommandStatus.EXPIRED,
  CommandStatus.SUPERSEDED,
];

/** Urgent work (blocking, unblocking) outranks routine work. */
export const PRIORITY = { ROUTINE: 0, URGENT: 10 } as const;

/**
 * One command for one host (DESIGN.md, "Signed commands"). Its sequence number,
 * attempt and signature are given at delivery, never at enqueue.
 */
@Entity({ name: 'commands' })
@Index('ix_commands_host_queue', ['hostId', 'status', 'priority', 'createdAt'])
@Index('ix_commands_site', ['siteId', 'status'])
@Index('ix_commands_subject', ['subjectId', 'status'])
@Index('ix_commands_ready', ['status', 'notBefore'])
export class Command {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'host_id', type: 'varchar', length: 36 })
  hostId!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 36, nullable: true, default: null })
  siteId!: string | null;

  @Column({ type: 'varchar', length: 40 })
  type!: string;

  @Column({ name: 'args', type: 'text' })
  argsJson!: string;

  @Column({ type: 'int' })
  priority!: number;

  /**
   * What the command changes: a site, an account, a database. Commands for one subject
   * run one at a time, in order, and a newer spec supersedes the older queued ones.
   */
  @Column({ name: 'subject_id', type: 'varchar', length: 36, nullable: true, default: null })
  subjectId!: string | null;

  /** JSON list of command ids whose success this one needs. */
  @Column({ name: 'depends_on', type: 'text', nullable: true, default: null })
  dependsOnJson!: string | null;

  /** For site.apply: the spec version, so a newer spec supersedes older queued applies. */
  @Column({ name: 'spec_version', type: 'int', nullable: true, default: null })
  specVersion!: number | null;

  @Column({ type: 'varchar', length: 16 })
  status!: CommandStatus;

  @Column({ type: 'int' })
  attempt!: number;

  /** The sequence number of the latest delivery. */
  @Column({ type: 'int', nullable: true, default: null })
  seq!: number | null;

  @Column({ name: 'lease_until', type: 'datetime', nullable: true, default: null })
  leaseUntil!: Date | null;

  /** Retries wait until then (jittered exponential backoff). */
  @Column({ name: 'not_before', type: 'datetime' })
  notBefore!: Date;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt!: Date;

  @Column({ type: 'text', nullable: true, default: null })
  result!: string | null;

  /** What the agent last said it is doing (long commands: an import's steps), for the panel. */
  @Column({ name: 'progress_message', type: 'varchar', length: 200, nullable: true, default: null })
  progressMessage!: string | null;

  @Column({ type: 'text', nullable: true, default: null })
  error!: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'finished_at', type: 'datetime', nullable: true, default: null })
  finishedAt!: Date | null;
}
