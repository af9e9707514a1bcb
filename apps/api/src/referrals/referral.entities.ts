import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintAsBigint } from '../common/columns.js';

/** An account that refers customers: its code, its share, and when it accepted the partner terms. */
@Entity({ name: 'partners' })
export class Partner {
  @PrimaryColumn({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  /** Upper-case letters and digits without look-alikes, such as `K3M9QZ2A`. */
  @Index('uq_partners_code', { unique: true })
  @Column({ type: 'varchar', length: 16 })
  code!: string;

  /** The partner's share of referred customers' payments, in basis points (1000 = 10%). */
  @Column({ name: 'share_bps', type: 'int' })
  shareBasisPoints!: number;

  @Column({ name: 'terms_accepted_at', type: 'datetime', nullable: true, default: null })
  termsAcceptedAt!: Date | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/**
 * A visit of a referral link, counted once per visitor per day: the visitor is an HMAC
 * of the IP under that day's secret, so no IP is stored and days cannot be linked.
 */
@Entity({ name: 'referral_clicks' })
@Index('uq_referral_clicks_visitor', ['partnerId', 'day', 'visitor'], { unique: true })
export class ReferralClick {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'partner_id', type: 'varchar', length: 36 })
  partnerId!: string;

  /** YYYY-MM-DD (UTC). */
  @Column({ type: 'varchar', length: 10 })
  day!: string;

  @Column({ type: 'varchar', length: 64 })
  visitor!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/** A random secret per UTC day for hashing visitors' IPs; deleted after two days, so old hashes cannot be recomputed. */
@Entity({ name: 'daily_secrets' })
export class DailySecret {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day!: string;

  @Column({ type: 'varchar', length: 64 })
  secret!: string;
}

export enum CommissionStatus {
  PENDING = 'pending',
  AVAILABLE = 'available',
  REVERSED = 'reversed',
}

/** The partner's share of one referred payment; its money moves in the ledger, this row tracks where it stands. */
@Entity({ name: 'commissions' })
@Index('ix_commissions_partner', ['partnerId', 'createdAt'])
@Index('ix_commissions_due', ['status', 'availableAt'])
export class Commission {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'partner_id', type: 'varchar', length: 36 })
  partnerId!: string;

  @Column({ name: 'customer_id', type: 'varchar', length: 36 })
  customerId!: string;

  @Index('uq_commissions_payment', { unique: true })
  @Column({ name: 'payment_id', type: 'varchar', length: 36 })
  paymentId!: string;

  /** The referred payment, micro-euros. */
  @Column({ name: 'payment_amount', type: 'bigint', transformer: bigintAsBigint })
  paymentAmount!: bigint;

  @Column({ type: 'bigint', transformer: bigintAsBigint })
  amount!: bigint;

  @Column({ type: 'varchar', length: 12 })
  status!: CommissionStatus;

  /** When a pending commission becomes available (30 days after the payment). */
  @Column({ name: 'available_at', type: 'datetime' })
  availableAt!: Date;

  @Column({ name: 'decided_at', type: 'datetime', nullable: true, default: null })
  decidedAt!: Date | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

export enum PayoutStatus {
  REQUESTED = 'requested',
  PAID = 'paid',
  REJECTED = 'rejected',
}

/** A partner's request to be paid their available commission; an administrator confirms or rejects it. */
@Entity({ name: 'payouts' })
@Index('ix_payouts_partner', ['partnerId', 'requestedAt'])
export class Payout {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'partner_id', type: 'varchar', length: 36 })
  partnerId!: string;

  @Column({ type: 'bigint', transformer: bigintAsBigint })
  amount!: bigint;

  @Column({ type: 'varchar', length: 12 })
  status!: PayoutStatus;

  @Column({ name: 'requested_at', type: 'datetime' })
  requestedAt!: Date;

  @Column({ name: 'decided_at', type: 'datetime', nullable: true, default: null })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by', type: 'varchar', length: 36, nullable: true, default: null })
  decidedBy!: string | null;
}
