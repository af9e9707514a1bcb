import { commissionOf } from '@elasticweb/billing';
import { euros, parseMoney } from '../billing/money-input.js';
import { createHmac, randomBytes, randomInt } from 'node:crypto';
import { Between, IsNull, LessThan, LessThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { Account, AccountStatus, Role } from '../accounts/account.entity.js';
import { AuthToken, TokenPurpose } from '../accounts/auth-token.entity.js';
import { hashToken, newToken } from '../common/tokens.js';
import type { Payment } from '../billing/billing.entities.js';
import { partnerAvailable, partnerPayout, partnerPending, type Ledger } from '../billing/ledger.js';
import { isUniqueViolation } from '../common/db-errors.js';
import { InvalidInputError, NotFoundError } from '../common/errors.js';
import { newId } from '../common/ids.js';
import type { Config } from '../config.js';
import { forUpdate } from '../database/locking.js';
import { msg } from '../common/msg.js';
import {
  Commission,
  CommissionStatus,
  DailySecret,
  Partner,
  Payout,
  PayoutStatus,
  ReferralClick,
} from './referral.entities.js';

const DAY = 24 * 3600_000;
/** Commissions wait this long for a refund before the partner may be paid them. */
export const COMMISSION_HOLD_DAYS = 30;
/** A referred customer's payments earn commission for this long after sign-up. */
const COMMISSION_MONTHS = 12;
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const MAX_TOKENS = 10; // said in words in the message below

export enum Period {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

export interface ReferralFigures {
  clicks: number;
  signups: number;
  payingCustomers: number;
  referredPayments: bigint;
  commissionPending: bigint;
  commissionAvailable: bigint;
  commissionPaid: bigint;
  commissionReversed: bigint;
}

const utcDay = (at: Date) => at.toISOString().slice(0, 10);

/** The start of the period a moment falls in (weeks start on Monday, UTC). */
export function periodStart(at: Date, period: Period): Date {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  if (period === Period.MONTH) return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  if (period === Period.WEEK) return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY);
  return day;
}

/** The same mailbox however it is dressed: lower case, no `+tag`, and for Gmail no dots. */
export function mailbox(email: string): string {
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  const bare = local.split('+')[0]!;
  return `${['gmail.com', 'googlemail.com'].includes(domain) ? bare.replaceAll('.', '') : bare}@${domain}`;
}

const emptyFigures = (): ReferralFigures => ({
  clicks: 0,
  signups: 0,
  payingCustomers: 0,
  referredPayments: 0n,
  commissionPending: 0n,
  commissionAvailable: 0n,
  commissionPaid: 0n,
  commissionReversed: 0n,
});

/**
 * The partner program: codes and links, clicks counted without storing IPs,
 * attribution at sign-up, a share of referred customers' first-year top-ups booked in
 * the ledger (pending for 30 days, reversed on refund, then available), payouts an
 * administrator confirms, the statistics, and the partners' read-only API tokens.
 */
export class ReferralsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: Ledger,
    private readonly config: Config,
  ) {}

  partnerOf(accountId: string): Promise<Partner | null> {
    return this.dataSource.getRepository(Partner).findOneBy({ accountId });
  }

  /** Makes an account a partner (it accepted the terms, or an administrator granted it); idempotent. */
  async makePartner(accountId: string, acceptedTerms: boolean): Promise<Partner> {
    const existing = await this.partnerOf(accountId);
    if (existing) return existing;
    for (;;) {
      const partner = Object.assign(new Partner(), {
        accountId,
        code: Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(''),
        shareBasisPoints: Math.round(this.config.REFERRAL_SHARE_PERCENT * 100),
        termsAcceptedAt: acceptedTerms ? new Date() : null,
        createdAt: new Date(),
      });
      try {
        await this.dataSource.transaction(async (manager) => {
          await manager.getRepository(Partner).insert(partner);
          await manager
            .getRepository(Account)
            .update({ id: accountId, role: Role.CUSTOMER }, { role: Role.PARTNER, updatedAt: new Date() });
        });
        return partner;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const raced = await this.partnerOf(accountId);
        if (raced) return raced;
      }
    }
  }

  async grantByEmail(email: string): Promise<Partner> {
    const account = await this.dataSource.getRepository(Account).findOneBy({ email: email.trim().toLowerCase() });
    if (!account) throw new NotFoundError(msg('No account has this e-mail address.'));
    return this.makePartner(account.id, false);
  }

  private async partnerByCode(code: string): Promise<Partner | null> {
    const clean = code.trim().toUpperCase();
    if (!/^[A-Z0-9]{4,16}$/.test(clean)) return null;
    return this.dataSource.getRepository(Partner).findOneBy({ code: clean });
  }

  /**
   * Counts a visit of a referral link once per visitor and day. The visitor is an HMAC
   * of the IP under that day's random secret, which is deleted two days later.
   */
  async recordClick(code: string, ip: string, now = new Date()): Promise<Partner | null> {
    const partner = await this.partnerByCode(code);
    if (!partner) return null;
    const day = utcDay(now);
    const visitor = createHmac('sha256', await this.dailySecret(day))
      .update(ip)
      .digest('hex');
    try {
      await this.dataSource
        .getRepository(ReferralClick)
        .insert({ id: newId(), partnerId: partner.accountId, day, visitor, createdAt: now });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    return partner;
  }

  private async dailySecret(day: string): Promise<string> {
    const secrets = this.dataSource.getRepository(DailySecret);
    const existing = await secrets.findOneBy({ day });
    if (existing) return existing.secret;
    try {
      await secrets.insert({ day, secret: randomBytes(32).toString('hex') });
      await secrets.delete({ day: LessThan(utcDay(new Date(new Date(`${day}T00:00:00Z`).getTime() - DAY))) });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    return (await secrets.findOneByOrFail({ day })).secret;
  }

  /**
   * Who referred a new customer: the code typed at sign-up, else the link's cookie.
   * A partner cannot refer themselves (signed in as the partner, or the same mailbox):
   * a typed code says so, a cookie is quietly ignored.
   */
  async referrerFor(
    signUp: { email: string; typedCode: string | null; cookieCode: string | null },
    signedInAs: string | null,
  ): Promise<string | null> {
    const typed = signUp.typedCode ? await this.partnerByCode(signUp.typedCode) : null;
    if (signUp.typedCode && !typed)
      throw new InvalidInputError('referralCode', msg('There is no partner with this code.'));
    const partner = typed ?? (signUp.cookieCode ? await this.partnerByCode(signUp.cookieCode) : null);
    if (!partner) return null;
    const partnerAccount = await this.dataSource.getRepository(Account).findOneBy({ id: partner.accountId });
    const isSelf =
      signedInAs === partner.accountId || (partnerAccount && mailbox(partnerAccount.email) === mailbox(signUp.email));
    if (isSelf) {
      if (typed) throw new InvalidInputError('referralCode', msg('You cannot use your own referral code.'));
      return null;
    }
    return partner.accountId;
  }

  /** Books the partner's share of a referred customer's top-up, inside the transaction that credits it. */
  async onPayment(manager: EntityManager, payment: Payment, amount: bigint): Promise<void> {
    const customer = await manager.getRepository(Account).findOneBy({ id: payment.accountId });
    if (!customer?.referredBy) return;
    const until = new Date(customer.createdAt);
    until.setUTCMonth(until.getUTCMonth() + COMMISSION_MONTHS);
    if (payment.createdAt > until) return;
    const partner = await manager.getRepository(Partner).findOneBy({ accountId: customer.referredBy });
    if (!partner) return;
    const commission = commissionOf(amount, partner.shareBasisPoints);
    if (commission <= 0n) return;
    const now = new Date();
    const row = Object.assign(new Commission(), {
      id: newId(),
      partnerId: partner.accountId,
      customerId: customer.id,
      paymentId: payment.id,
      paymentAmount: amount,
      amount: commission,
      status: CommissionStatus.PENDING,
      availableAt: new Date(now.getTime() + COMMISSION_HOLD_DAYS * DAY),
      decidedAt: null,
      createdAt: now,
    });
    await manager.getRepository(Commission).insert(row);
    await this.ledger.post(manager, {
      key: `commission:${payment.id}`,
      accountId: partner.accountId,
      debit: 'platform:commissions',
      credit: partnerPending(partner.accountId),
      amount: commission,
      kind: 'commission',
      details: { payment: payment.id, customer: customer.id },
    });
  }

  /** A refunded payment takes its commission back, from pending or, if it matured already, from available. */
  async onRefund(manager: EntityManager, payment: Payment): Promise<void> {
    const commission = await forUpdate(
      manager.getRepository(Commission).createQueryBuilder('c').where('c.payment_id = :id', { id: payment.id }),
    ).getOne();
    if (!commission || commission.status === CommissionStatus.REVERSED) return;
    await this.ledger.post(manager, {
      key: `commission-reversed:${commission.id}`,
      accountId: commission.partnerId,
      debit:
        commission.status === CommissionStatus.PENDING
          ? partnerPending(commission.partnerId)
          : partnerAvailable(commission.partnerId),
      credit: 'platform:commissions',
      amount: commission.amount,
      kind: 'commission_reversed',
      details: { payment: payment.id },
    });
    await manager
      .getRepository(Commission)
      .update({ id: commission.id }, { status: CommissionStatus.REVERSED, decidedAt: new Date() });
  }

  /** Moves commissions whose 30 days have passed from pending to available; safe to run from several replicas. */
  async matureCommissions(now = new Date()): Promise<number> {
    const due = await this.dataSource.getRepository(Commission).find({
      where: { status: CommissionStatus.PENDING, availableAt: LessThanOrEqual(now) },
      take: 1000,
    });
    let moved = 0;
    for (const { id } of due)
      await this.ledger.transaction(async (manager) => {
        const commission = await forUpdate(
          manager.getRepository(Commission).createQueryBuilder('c').where('c.id = :id', { id }),
        ).getOne();
        if (commission?.status !== CommissionStatus.PENDING) return;
        await this.ledger.post(manager, {
          key: `commission-available:${commission.id}`,
          accountId: commission.partnerId,
          debit: partnerPending(commission.partnerId),
          credit: partnerAvailable(commission.partnerId),
          amount: commission.amount,
          kind: 'commission_available',
        });
        await manager
          .getRepository(Commission)
          .update({ id: commission.id }, { status: CommissionStatus.AVAILABLE, decidedAt: now });
        moved += 1;
      });
    return moved;
  }

  /** What each of the partner's ledger accounts holds. */
  async balances(partnerId: string, manager: EntityManager = this.dataSource.manager) {
    const of = async (ledgerAccount: string) => {
      const [row] = (await manager.query(
        `SELECT
           COALESCE(SUM(CASE WHEN credit = ? THEN amount ELSE 0 END), 0) AS credits,
           COALESCE(SUM(CASE WHEN debit = ? THEN amount ELSE 0 END), 0) AS debits
         FROM ledger_entries WHERE account_id = ? AND (credit = ? OR debit = ?)`,
        [ledgerAccount, ledgerAccount, partnerId, ledgerAccount, ledgerAccount],
      )) as Array<{ credits: string | number; debits: string | number }>;
      const whole = (v: string | number | undefined) => BigInt(String(v ?? 0).split('.')[0]!);
      return whole(row?.credits) - whole(row?.debits);
    };
    const paid = await manager.getRepository(Payout).findBy({ partnerId, status: PayoutStatus.PAID });
    return {
      pending: await of(partnerPending(partnerId)),
      available: await of(partnerAvailable(partnerId)),
      requested: await of(partnerPayout(partnerId)),
      paid: paid.reduce((sum, p) => sum + p.amount, 0n),
    };
  }

  /** A payout request reserves the amount from what is available; an administrator then pays or rejects it. */
  async requestPayout(partnerId: string, amountText: string): Promise<Payout> {
    const amount = parseMoney(amountText, 'amount', msg('Enter an amount in euros, such as 20 or 20.50.'));
    const minimum = BigInt(this.config.PAYOUT_MINIMUM_EUR) * 1_000_000n;
    if (amount < minimum)
      throw new InvalidInputError('amount', msg('A payout is at least {{minimum}} EUR.'), {
        minimum: String(this.config.PAYOUT_MINIMUM_EUR),
      });
    return this.ledger.transaction(async (manager) => {
      // One request at a time per partner: the partner row is the lock.
      await forUpdate(
        manager.getRepository(Partner).createQueryBuilder('p').where('p.account_id = :partnerId', { partnerId }),
      ).getOneOrFail();
      const { available } = await this.balances(partnerId, manager);
      if (amount > available)
        throw new InvalidInputError('amount', msg('You can request at most {{available}} EUR.'), {
          available: euros(available),
        });
      const payout = Object.assign(new Payout(), {
        id: newId(),
        partnerId,
        amount,
        status: PayoutStatus.REQUESTED,
        requestedAt: new Date(),
        decidedAt: null,
        decidedBy: null,
      });
      await manager.getRepository(Payout).insert(payout);
      await this.ledger.post(manager, {
        key: `payout-requested:${payout.id}`,
        accountId: partnerId,
        debit: partnerAvailable(partnerId),
        credit: partnerPayout(partnerId),
        amount,
        kind: 'payout_requested',
      });
      return payout;
    });
  }

  /** An administrator confirms a payout (the money was sent) or rejects it (the amount returns to available). */
  async decidePayout(payoutId: string, pay: boolean, adminId: string): Promise<Payout> {
    return this.ledger.transaction(async (manager) => {
      const payout = await forUpdate(
        manager.getRepository(Payout).createQueryBuilder('p').where('p.id = :payoutId', { payoutId }),
      ).getOne();
      if (!payout) throw new NotFoundError(msg('No such payout request.'));
      if (payout.status !== PayoutStatus.REQUESTED)
        throw new InvalidInputError('payoutId', msg('This payout request was already decided.'));
      await this.ledger.post(manager, {
        key: `payout-${pay ? 'paid' : 'rejected'}:${payout.id}`,
        accountId: payout.partnerId,
        debit: partnerPayout(payout.partnerId),
        credit: pay ? 'platform:payouts' : partnerAvailable(payout.partnerId),
        amount: payout.amount,
        kind: pay ? 'payout_paid' : 'payout_rejected',
      });
      const decided = {
        status: pay ? PayoutStatus.PAID : PayoutStatus.REJECTED,
        decidedAt: new Date(),
        decidedBy: adminId,
      };
      await manager.getRepository(Payout).update({ id: payout.id }, decided);
      return Object.assign(payout, decided);
    });
  }

  payouts(filter: { partnerId?: string; status?: PayoutStatus }) {
    return this.dataSource
      .getRepository(Payout)
      .find({ where: filter, order: { requestedAt: 'DESC', id: 'DESC' }, take: 200 });
  }

  /** The partner's figures in [from, to), in total and per day, week or month (UTC). */
  async stats(partnerId: string, from: Date, to: Date, groupBy: Period) {
    if (!(from < to) || to.getTime() - from.getTime() > 3 * 366 * DAY)
      throw new InvalidInputError('to', msg('Choose a range of up to three years that ends after it starts.'));
    const periods = new Map<number, ReferralFigures>();
    for (let start = periodStart(from, groupBy); start < to;) {
      periods.set(start.getTime(), emptyFigures());
      const next = new Date(start);
      if (groupBy === Period.MONTH) next.setUTCMonth(next.getUTCMonth() + 1);
      else next.setUTCDate(next.getUTCDate() + (groupBy === Period.WEEK ? 7 : 1));
      start = next;
    }
    const totals = emptyFigures();
    const add = (at: Date, change: (f: ReferralFigures) => void) => {
      change(totals);
      const figures = periods.get(periodStart(at, groupBy).getTime());
      if (figures) change(figures);
    };
    const clicks = (await this.dataSource
      .getRepository(ReferralClick)
      .createQueryBuilder('c')
      .select('c.day', 'day')
      .addSelect('COUNT(*)', 'clicks')
      .where('c.partner_id = :partnerId AND c.day >= :from AND c.day < :to', {
        partnerId,
        from: utcDay(from),
        to: utcDay(new Date(to.getTime() + DAY - 1)),
      })
      .groupBy('c.day')
      .getRawMany()) as Array<{ day: string; clicks: string | number }>;
    for (const row of clicks) add(new Date(`${row.day}T00:00:00Z`), (f) => (f.clicks += Number(row.clicks)));
    const signups = await this.dataSource.getRepository(Account).find({
      where: { referredBy: partnerId, createdAt: Between(from, new Date(to.getTime() - 1)) },
      select: { id: true, createdAt: true },
    });
    for (const account of signups) add(account.createdAt, (f) => (f.signups += 1));
    const commissions = await this.dataSource.getRepository(Commission).find({
      where: { partnerId, createdAt: Between(from, new Date(to.getTime() - 1)) },
    });
    const paying = new Map<number | 'all', Set<string>>([['all', new Set()]]);
    for (const c of commissions)
      add(c.createdAt, (f) => {
        f.referredPayments += c.paymentAmount;
        if (c.status === CommissionStatus.PENDING) f.commissionPending += c.amount;
        if (c.status === CommissionStatus.AVAILABLE) f.commissionAvailable += c.amount;
        if (c.status === CommissionStatus.REVERSED) f.commissionReversed += c.amount;
      });
    for (const c of commissions) {
      paying.get('all')!.add(c.customerId);
      const key = periodStart(c.createdAt, groupBy).getTime();
      paying.set(key, (paying.get(key) ?? new Set()).add(c.customerId));
    }
    totals.payingCustomers = paying.get('all')!.size;
    for (const [key, figures] of periods) figures.payingCustomers = paying.get(key)?.size ?? 0;
    const paid = await this.dataSource.getRepository(Payout).find({
      where: { partnerId, status: PayoutStatus.PAID, decidedAt: Between(from, new Date(to.getTime() - 1)) },
    });
    for (const payout of paid) add(payout.decidedAt!, (f) => (f.commissionPaid += payout.amount));
    return { totals, periods: [...periods].map(([start, figures]) => ({ start: new Date(start), figures })) };
  }

  /** A read-only token for `referralStats`; the secret is shown once and only its hash kept. */
  async createToken(partnerId: string, label: string) {
    const name = label.trim();
    if (name.length < 1 || name.length > 60)
      throw new InvalidInputError('name', msg('Give the token a name of up to 60 characters.'));
    const active = await this.dataSource
      .getRepository(AuthToken)
      .countBy({ accountId: partnerId, purpose: TokenPurpose.PARTNER_API, usedAt: IsNull() });
    if (active >= MAX_TOKENS)
      throw new InvalidInputError('name', msg('Revoke a token first: a partner has at most ten.'));
    const token = newToken('partnerApi');
    const row = Object.assign(new AuthToken(), {
      id: newId(),
      accountId: partnerId,
      purpose: TokenPurpose.PARTNER_API,
      tokenHash: hashToken(token),
      label: name,
      expiresAt: new Date(Date.now() + 5 * 366 * DAY),
      usedAt: null,
      createdAt: new Date(),
    });
    await this.dataSource.getRepository(AuthToken).insert(row);
    return { token, row };
  }

  tokens(partnerId: string) {
    return this.dataSource.getRepository(AuthToken).find({
      where: { accountId: partnerId, purpose: TokenPurpose.PARTNER_API, usedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
  }

  async revokeToken(partnerId: string, tokenId: string): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(AuthToken)
      .update(
        { id: tokenId, accountId: partnerId, purpose: TokenPurpose.PARTNER_API, usedAt: IsNull() },
        { usedAt: new Date() },
      );
    if (!result.affected) throw new NotFoundError(msg('No such token.'));
    return true;
  }

  /** The partner a bearer token speaks for, or null. */
  async authenticateToken(token: string): Promise<string | null> {
    if (token.length < 20 || token.length > 100) return null;
    const row = await this.dataSource
      .getRepository(AuthToken)
      .findOneBy({ tokenHash: hashToken(token), purpose: TokenPurpose.PARTNER_API, usedAt: IsNull() });
    if (!row || row.expiresAt.getTime() <= Date.now()) return null;
    // A disabled account's tokens open nothing, as its sessions do not.
    const account = await this.dataSource.getRepository(Account).findOneBy({ id: row.accountId });
    return account?.status === AccountStatus.ACTIVE ? row.accountId : null;
  }
}
