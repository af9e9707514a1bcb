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

  /** When the balance went below zero; null while it is not. */
  @Column({ name: 'negative_since', type: 'datetime', nullable: true, default: null })
  negativeSince!: Date | null;

  /** When the account's sites were blocked for a negative balance; null while they are not. */
  @Column({ name: 'blocked_at', type: 'datetime', nullable: true, default: null })
  blockedAt!: Date | null;

  /** JSON list of the warnings already sent in this stretch of low or negative balance. */
  @Column({ name: 'warnings_sent', type: 'text', nullable: true, default: null })
  warningsSent!: string | null;

  /** Whether the sites are blocked now, for a negative balance or a reached spending limit. */
  @Column({ name: 'sites_blocked', type: 'boolean', default: false })
  sitesBlocked!: boolean;

  /** When the sites were deleted after 30 days blocked: the account keeps its login and history. */
  @Column({ name: 'sites_deleted_at', type: 'datetime', nullable: true, default: null })
  sitesDeletedAt!: Date | null;

  /** The customer's monthly spending limit in micro-euros; null: none. */
  @Column({ name: 'monthly_limit', type: 'bigint', nullable: true, default: null, transformer: bigintAsBigint })
  monthlyLimit!: bigint | null;

  /** Whether reaching the limit blocks the sites until the next month (else it only warns). */
  @Column({ name: 'limit_blocks', type: 'boolean', default: false })
  limitBlocks!: boolean;

  /** JSON list of monthly spending amounts (micro-euro strings) to be told about. */
  @Column({ name: 'spending_alerts', type: 'text', nullable: true, default: null })
  spendingAlerts!: string | null;

  /** JSON `{ month, sent }`: which spending alerts (and the limit) were already sent this month. */
  @Column({ name: 'spending_sent', type: 'text', nullable: true, default: null })
  spendingSent!: string | null;
}

/**
 * What was charged for one account-hour: revision 1 when the hour is first charged,
 * then one more revision for each correction by late usage. Each row holds its change
 * (nano-euros in total, by resource and by site), so the sum of an hour's rows is what
 * the hour cost. The unique key makes a second charging run for the same hour a no-op.
 */
@Entity({ name: 'usage_charges' })
@Index('uq_usage_charges_hour', ['accountId', 'hourStart', 'revision'], { unique: true })
export class UsageCharge {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @Column({ name: 'hour_start', type: 'datetime' })
  hourStart!: Date;

  @Column({ type: 'int' })
  revision!: number;

  /** Nano-euros this revision adds (negative when a correction lowered the hour). */
  @Column({ type: 'bigint', transformer: bigintAsBigint })
  nanos!: bigint;

  /** JSON `{ resources: { cpuSecond: "…" }, sites: { "<site id or ''>": "…" } }` in nano-euros. */
  @Column({ type: 'text' })
  breakdown!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/**
 * A published price list in nano-euros per unit, in force from `valid_from` until the
 * next one starts. Rows are only added, never changed, and never start in the past.
 */
@Entity({ name: 'price_lists' })
export class PriceListRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('uq_price_lists_valid_from', { unique: true })
  @Column({ name: 'valid_from', type: 'datetime' })
  validFrom!: Date;

  @Column({ name: 'cpu_second', type: 'bigint', transformer: bigintAsBigint })
  cpuSecond!: bigint;

  @Column({ name: 'memory_gb_hour', type: 'bigint', transformer: bigintAsBigint })
  memoryGbHour!: bigint;

  @Column({ name: 'disk_gb_day', type: 'bigint', transformer: bigintAsBigint })
  diskGbDay!: bigint;

  @Column({ name: 'traffic_gb', type: 'bigint', transformer: bigintAsBigint })
  trafficGb!: bigint;

  @Column({ name: 'million_io_operations', type: 'bigint', transformer: bigintAsBigint })
  millionIoOperations!: bigint;

  @Column({ name: 'mysql_busy_hour', type: 'bigint', transformer: bigintAsBigint })
  mysqlBusyHour!: bigint;

  @Column({ name: 'created_by', type: 'varchar', length: 36, nullable: true, default: null })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/** A payment provider's webhook event, kept by its id so a delivery repeated any number of times acts once. */
@Entity({ name: 'payment_events' })
export class PaymentEvent {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 120 })
  eventId!: string;

  @Column({ type: 'varchar', length: 20 })
  provider!: string;

  @Column({ type: 'varchar', length: 60 })
  type!: string;

  @Column({ name: 'received_at', type: 'datetime' })
  receivedAt!: Date;
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

  /** top_up, usage, usage_correction, refund, adjustment, commission, commission_available, commission_reversed, payout_requested, payout_paid, payout_rejected */
  @Column({ type: 'varchar', length: 24 })
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

  /** The provider's id of the money itself once paid (a Stripe PaymentIntent), which refunds name. */
  @Index('ix_payments_settlement_ref')
  @Column({ name: 'settlement_ref', type: 'varchar', length: 120, nullable: true, default: null })
  settlementRef!: string | null;

  @Index('uq_payments_request_key', { unique: true })
  @Column({ name: 'request_key', type: 'varchar', length: 120 })
  requestKey!: string;

  @Column({ type: 'bigint', transformer: bigintAsBigint })
  amount!: bigint;

  /** Micro-euros given back so far; a refund never exceeds the payment. */
  @Column({ type: 'bigint', default: 0, transformer: bigintAsBigint })
  refunded!: bigint;

  /** Where the customer completes the payment (a real provider's checkout); null when it completed at once. */
  @Column({ name: 'checkout_url', type: 'varchar', length: 500, nullable: true, default: null })
  checkoutUrl!: string | null;

  /** pending, succeeded, failed */
  @Column({ type: 'varchar', length: 16 })
  @Field(() => String)
  status!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  @Field(() => DateTime)
  createdAt!: Date;
}
