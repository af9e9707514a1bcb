import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Account } from './account.entity.js';

export enum TokenPurpose {
  SESSION = 'session',
  PASSWORD_RESET = 'password_reset',
  EMAIL_VERIFICATION = 'email_verification',
  /** A partner's read-only token for `referralStats`. */
  PARTNER_API = 'partner_api',
}

/**
 * A bearer secret of some purpose. Only the SHA-256 of the secret is stored, so a
 * leaked table opens no session; the secret itself exists only in the response or
 * e-mail that carried it.
 */
@Entity({ name: 'auth_tokens' })
@Index('ix_auth_tokens_account_purpose', ['accountId', 'purpose'])
export class AuthToken {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_auth_tokens_account' })
  account?: Account;

  @Column({ type: 'varchar', length: 24 })
  purpose!: TokenPurpose;

  @Index('uq_auth_tokens_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt!: Date;

  /** Set when a single-use token is spent or a session is logged out. */
  @Column({ name: 'used_at', type: 'datetime', nullable: true, default: null })
  usedAt!: Date | null;

  /** When a session or API token last opened a request (to the hour): an idle session ends. */
  @Column({ name: 'last_used_at', type: 'datetime', nullable: true, default: null })
  lastUsedAt!: Date | null;

  /** A partner API token's name, to tell tokens apart when revoking one. */
  @Column({ type: 'varchar', length: 60, nullable: true, default: null })
  label!: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}
