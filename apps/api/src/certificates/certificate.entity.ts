import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export enum CertificateMode {
  /** Issued and renewed through ACME (Let's Encrypt by default). */
  ACME = 'acme',
  /** Uploaded by the customer, who renews it. */
  UPLOADED = 'uploaded',
}

export enum CertificateStatus {
  PENDING = 'pending',
  ISSUED = 'issued',
  FAILED = 'failed',
  REVOKED = 'revoked',
}

/** A site's certificate as the panel knows it; the files themselves live on the host only. */
@Entity({ name: 'site_certificates' })
@Index('ix_site_certificates_due', ['status', 'notAfter'])
export class SiteCertificate {
  @PrimaryColumn({ name: 'site_id', type: 'varchar', length: 36 })
  siteId!: string;

  @Column({ type: 'varchar', length: 12 })
  mode!: CertificateMode;

  @Column({ type: 'varchar', length: 12 })
  status!: CertificateStatus;

  /** JSON list of the names the certificate covers (or is being issued for). */
  @Column({ name: 'domains_json', type: 'text' })
  domainsJson!: string;

  @Column({ name: 'not_before', type: 'datetime', nullable: true, default: null })
  notBefore!: Date | null;

  @Column({ name: 'not_after', type: 'datetime', nullable: true, default: null })
  notAfter!: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true, default: null })
  serial!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true, default: null })
  issuer!: string | null;

  /** The last failure in words (the certificate authority's, usually "the domain does not point here"). */
  @Column({ name: 'last_error', type: 'text', nullable: true, default: null })
  lastError!: string | null;

  /** Failed attempts in a row; the next waits longer (1 h, 6 h, then daily). */
  @Column({ name: 'failures', type: 'int', default: 0 })
  failures!: number;

  @Column({ name: 'next_attempt_at', type: 'datetime', nullable: true, default: null })
  nextAttemptAt!: Date | null;

  /** Whether the customer was told the certificate expires soon (uploaded ones). */
  @Column({ name: 'expiry_warned', type: 'boolean', default: false })
  expiryWarned!: boolean;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;
}
