import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintAsBigint } from '../common/columns.js';
import { DateTime } from '../common/scalars.js';

/**
 * A customer's wallet: the cached balance of its ledger account, changed only in the
 * transaction that appends the entry (row lock), and the charging state.
 */
@Entity({ name: 'wallets' })
export class Wallet {
  @PrimaryColumn({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  /** Micro-euros; may go negative for up to seven days. */
  @Column({ type: 'bigint', default: 0, transformer: bigintAsBigint })
  balance!: bigint;

  /** Nano-euros below one micro-euro, carried from one hour's charge into the next. */
  @Column({ name: 'carry_nanos', type: 'bigint', default: 0, transformer: bigintAsBigint })
  carryNanos!: bigint;

  /** The end of the last hour charged. */
  @Column({ name: 'charged_until', type: 'datetime', nullable: true, default: null })
  chargedUntil!: Date | null;

  /** When the balance went below zero; null while it is not. */
  @Column({ name: 'negative_since', type: 'datetime', nullable: true, default: null })
  negativeSince!: Date | null;

  /** When the account's sites were blocked for a negative balance; null while they are not. */
  @Column({ name: 'blocked_at', type: 'datetime', nullable: true, default: null })
  blockedAt!: Date | null;

  /** JSON list of the warnings already sent in this stretch of low or negative balance. */
  @Column({ name: 'warnings_sent', type: 'text', nullable: true, default: null })
  warningsSent!: string | null;
}

/**
 * One append-only transfer between two ledger accounts (`wallet:<account>`,
 * `platform:revenue`, `platform:payments`, …). Never updated or deleted: a correction
 * is a new entry. The idempotency key makes a repeated request return the first result.
 */
@Entity({ name: 'ledger_entries' })
@Index('ix_ledger_entries_account', ['accountId', 'createdAt'])
@ObjectType()
export class LedgerEntry {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id!: string;

  @Index('uq_ledger_entries_key', { unique: true })
  @Column({ name: 'idempotency_key', type: 'varchar', length: 120 })
  idempotencyKey!: string;

  /** The customer whose wallet the entry touches (for listing), if any. */
  @Column({ name: 'account_id', type: 'varchar', length: 36, nullable: true, default: null })
  accountId!: string | null;

  @Column({ name: 'debit', type: 'varchar', length: 60 })
  debit!: string;

  @Column({ name: 'credit', type: 'varchar', length: 60 })
  credit!: string;

  /** Micro-euros moved from `debit` to `credit`, always positive. */
  @Column({ type: 'bigint', transformer: bigintAsBigint })
  amount!: bigint;

  /** top_up, usage, refund, adjustment */
  @Column({ type: 'varchar', length: 20 })
  @Field(() => String)
  kind!: string;

  /** JSON: the per-resource breakdown of a usage charge, the payment of a top-up. */
  @Column({ type: 'text', nullable: true, default: null })
  details!: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  @Field(() => DateTime)
  createdAt!: Date;
}

/** A top-up on its way through a payment provider. */
@Entity({ name: 'payments' })
@ObjectType()
export class Payment {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => String)
  provider!: string;

  /** The provider's own id: unique, so a webhook delivered three times credits once. */
  @Index('uq_payments_provider_ref', { unique: true })
  @Column({ name: 'provider_ref', type: 'varchar', length: 120 })
  providerRef!: string;

  @Index('uq_payments_request_key', { unique: true })
  @Column({ name: 'request_key', type: 'varchar', length: 120 })
  requestKey!: string;

  @Column({ type: 'bigint', transformer: bigintAsBigint })
  amount!: bigint;

  /** pending, succeeded, failed */
  @Column({ type: 'varchar', length: 16 })
  @Field(() => String)
  status!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  @Field(() => DateTime)
  createdAt!: Date;
}
