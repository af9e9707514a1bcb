import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '../common/columns.js';

/** A file a customer uploaded for an import; kept in the API's data folder for a week. */
@Entity({ name: 'uploads' })
@Index('ix_uploads_account', ['accountId', 'createdAt'])
export class Upload {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  /** The file's name as the customer had it (for the kind: .tar.gz, .zip, .sql, .sql.gz). */
  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ name: 'size_bytes', type: 'bigint', transformer: bigintAsNumber })
  sizeBytes!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

export enum ImportStatus {
  RUNNING = 'running',
  SUCCEEDED = 'succeeded',
  FAILED = 'failed',
}

/** One move of a site from its old host: what was sent, and the agent's report. */
@Entity({ name: 'site_imports' })
@Index('ix_site_imports_site', ['siteId', 'createdAt'])
export class SiteImport {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'site_id', type: 'varchar', length: 36 })
  siteId!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @Column({ name: 'command_id', type: 'varchar', length: 36 })
  commandId!: string;

  /** The uploaded archive; null when the files came over SFTP from the old host. */
  @Column({ name: 'archive_upload_id', type: 'varchar', length: 36, nullable: true, default: null })
  archiveUploadId!: string | null;

  /** `host:port/path` of the old host's SFTP account (never its password). */
  @Column({ name: 'sftp_source', type: 'varchar', length: 400, nullable: true, default: null })
  sftpSource!: string | null;

  @Column({ name: 'dump_upload_id', type: 'varchar', length: 36, nullable: true, default: null })
  dumpUploadId!: string | null;

  @Column({ name: 'database_id', type: 'varchar', length: 36, nullable: true, default: null })
  databaseId!: string | null;

  @Column({ type: 'varchar', length: 12 })
  status!: ImportStatus;

  /** JSON: the agent's report (files, bytes, database size, CMS found, settings changed, steps). */
  @Column({ type: 'text', nullable: true, default: null })
  report!: string | null;

  @Column({ type: 'text', nullable: true, default: null })
  error!: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'finished_at', type: 'datetime', nullable: true, default: null })
  finishedAt!: Date | null;
}
