import { RESOURCES } from '@elasticweb/billing';
import { randomUUID } from 'node:crypto';
import { Between, In, type DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import type { Account } from '../accounts/account.entity.js';
import { AlertStatus } from '../admin/alert.entity.js';
import { alertAbout, type AlertsService } from '../admin/alerts.service.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { newId } from '../common/ids.js';
import { forUpdate } from '../database/locking.js';
import { msg } from '../common/msg.js';
import { Site } from '../sites/site.entity.js';
import { LedgerEntry, Payment, PaymentEvent, UsageCharge, Wallet } from './billing.entities.js';
import { pricedOfCharges } from './charging.service.js';
import { parseMoney } from './money-input.js';
import { walletOf, type Ledger } from './ledger.js';
import { MICROS_PER_CENT, verifyWebhookSignature, type PaymentProvider } from './payment-providers.js';

export const MIN_TOP_UP = 5_000_000n;
export const MAX_TOP_UP = 1_000_000_000n;
const DAY = 24 * 3600_000;
/** How many spending alerts a customer may set. */
const MAX_SPENDING_ALERTS = 5;

export { walletOf };

/** A webhook that arrived before the event it depends on (a refund before its payment): the provider retries later. */
export class RetryLaterError extends Error {}

type PaymentListener = (manager: EntityManager, payment: Payment, amount: bigint) => Promise<void>;

export const monthOf = (at: Date) => at.toISOString().slice(0, 7);
export const monthStart = (at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));

/**
 * The wallet: what a customer sees of the ledger (balance, spending, runway, entries),
 * top-ups through the payment provider with its signed webhooks, refunds, and the
 * customer's spending alerts and limit. Charging itself is the ChargingService.
 */
export class BillingService {
  private readonly creditListeners: Array<(accountId: string) => Promise<void>> = [];
  private readonly paidListeners: PaymentListener[] = [];
  private readonly refundListeners: PaymentListener[] = [];
  private provider!: PaymentProvider;

  constructor(
    private readonly dataSource: DataSource,
    readonly ledger: Ledger,
    private readonly webhookSecret: string,
    private readonly publicUrl: string,
  ) {}

  /** `test` when top-ups are credited without payment (the panel says so). */
  get paymentProviderId(): string {
    return this.provider.id;
  }

  usePaymentProvider(provider: PaymentProvider): void {
    this.provider = provider;
  }

  /** Runs after a payment was credited and committed (a top-up that ends a negative balance unblocks at once). */
  onCredited(listener: (accountId: string) => Promise<void>): void {
    this.creditListeners.push(listener);
  }

  /** Runs inside the transaction that credits a payment (the partner's commission is booked with it). */
  onPaymentSucceeded(listener: PaymentListener): void {
    this.paidListeners.push(listener);
  }

  /** Runs inside the transaction that books a refund (the commission on it is reversed with it). */
  onRefunded(listener: PaymentListener): void {
    this.refundListeners.push(listener);
  }

  async wallet(account: Account, now = new Date()) {
    const wallet = await this.dataSource.getRepository(Wallet).findOneBy({ accountId: account.id });
    // One read of the charges since the earliest figure's start; the figures are sums over it.
    const thirtyDaysAgo = new Date(now.getTime() - 30 * DAY);
    const earliest = new Date(Math.min(thirtyDaysAgo.getTime(), monthStart(now).getTime()));
    const charges = await this.dataSource.getRepository(UsageCharge).find({
      where: { accountId: account.id, hourStart: Between(earliest, now) },
      select: { hourStart: true, nanos: true },
    });
    const spentSince = (since: Date) =>
      charges.filter((c) => c.hourStart >= since).reduce((sum, c) => sum + c.nanos, 0n) / 1000n;
    const balance = wallet?.balance ?? 0n;
    const spent30d = spentSince(thirtyDaysAgo);
    const spent7d = spentSince(new Date(now.getTime() - 7 * DAY));
    // The last week predicts the next days better than a month that may have begun quietly.
    const perDay = spent7d > 0n ? Number(spent7d) / 7 : Number(spent30d) / 30;
    const negativeSince = wallet?.negativeSince ?? null;
    return {
      accountId: account.id,
      balance,
      spent24h: spentSince(new Date(now.getTime() - DAY)),
      spent30d,
      spentThisMonth: spentSince(monthStart(now)),
      runwayDays: perDay > 0 && balance > 0n ? Number(balance) / perDay : null,
      negativeSince,
      sitesBlocked: wallet?.sitesBlocked ?? false,
      blockAt: negativeSince && !wallet?.sitesBlocked ? new Date(negativeSince.getTime() + 7 * DAY) : null,
      monthlyLimit: wallet?.monthlyLimit ?? null,
      limitBlocks: wallet?.limitBlocks ?? false,
      spendingAlerts: wallet?.spendingAlerts ? (JSON.parse(wallet.spendingAlerts) as string[]).map(BigInt) : [],
    };
  }

  /** The wallet's history from the customer's side (money in is positive), newest first, paged by a cursor. */
  async entries(accountId: string, options: { first: number; after: string | null; kind: string | null }) {
    const first = Math.min(Math.max(1, options.first), 100);
    const query = this.dataSource
      .getRepository(LedgerEntry)
      .createQueryBuilder('e')
      .where('e.account_id = :accountId', { accountId })
      .andWhere('(e.debit = :wallet OR e.credit = :wallet)', { wallet: walletOf(accountId) })
      .orderBy('e.id', 'DESC')
      .take(first + 1);
    if (options.kind) query.andWhere('e.kind = :kind', { kind: options.kind });
    if (options.after) query.andWhere('e.id < :after', { after: options.after });
    const rows = await query.getMany();
    const page = rows.slice(0, first);
    return {
      items: page.map((entry) => ({
        id: entry.id,
        kind: entry.kind,
        amount: entry.credit === walletOf(accountId) ? entry.amount : -entry.amount,
        createdAt: entry.createdAt,
        hour: entry.details ? ((JSON.parse(entry.details) as { hour?: string }).hour ?? null) : null,
      })),
      nextCursor: rows.length > first ? page.at(-1)!.id : null,
    };
  }

  /** What the usage of each UTC day cost, by resource and by site (micro-euros), for the spending graph. */
  async spending(accountId: string, days: number, now = new Date()) {
    const span = Math.min(Math.max(1, Math.floor(days)), 90);
    const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (span - 1) * DAY);
    const rows = await this.dataSource.getRepository(UsageCharge).find({
      where: { accountId, hourStart: Between(from, now) },
    });
    const byDay = new Map<string, UsageCharge[]>();
    for (const row of rows) {
      const day = row.hourStart.toISOString().slice(0, 10);
      byDay.set(day, [...(byDay.get(day) ?? []), row]);
    }
    const siteIds = [...new Set(rows.flatMap((r) => Object.keys(JSON.parse(r.breakdown).sites as object)))].filter(
      Boolean,
    );
    const domains = new Map(
      siteIds.length
        ? (
            await this.dataSource
              .getRepository(Site)
              .find({ where: { id: In(siteIds) }, select: { id: true, domain: true } })
          ).map((s) => [s.id, s.domain])
        : [],
    );
    return Array.from({ length: span }, (_, i) => {
      const day = new Date(from.getTime() + i * DAY).toISOString().slice(0, 10);
      const priced = pricedOfCharges(byDay.get(day) ?? []);
      return {
        day,
        total: priced.nanos / 1000n,
        resources: RESOURCES.map((resource) => ({ resource, amount: priced.resources[resource] / 1000n })),
        sites: Object.entries(priced.sites).map(([siteId, nanos]) => ({
          siteId: siteId || null,
          domain: siteId ? (domains.get(siteId) ?? null) : null,
          amount: nanos / 1000n,
        })),
      };
    });
  }

  /**
   * Starts a top-up with the payment provider. The same key returns the same payment;
   * the money arrives through the provider's signed webhook (the test provider sends it at once).
   */
  async topUp(account: Account, amountText: string, idempotencyKey: string | null): Promise<Payment> {
    const amount = parseMoney(amountText, 'amount', msg('Enter an amount in euros, such as 20 or 20.50.'));
    if (amount % MICROS_PER_CENT !== 0n)
      throw new InvalidInputError('amount', msg('Enter an amount in euros, such as 20 or 20.50.'));
    if (amount < MIN_TOP_UP || amount > MAX_TOP_UP)
      throw new InvalidInputError('amount', msg('Top up from 5 to 1,000 EUR at a time.'));
    if (idempotencyKey !== null && !/^[\w-]{8,80}$/.test(idempotencyKey))
      throw new InvalidInputError('idempotencyKey', msg('The request key is not valid.'));
    const requestKey = `${account.id}:${idempotencyKey ?? randomUUID()}`;
    const previous = await this.dataSource.getRepository(Payment).findOneBy({ requestKey });
    if (previous) {
      if (previous.amount !== amount)
        throw new ConflictError(
          'idempotencyKey',
          msg('This request was already made with other figures. Use a new key.'),
        );
      return previous;
    }
    const id = newId();
    const started = await this.provider.start({
      id,
      amount,
      email: account.email,
      returnUrl: `${this.publicUrl}/${account.language}/wallet`,
    });
    const payment = Object.assign(new Payment(), {
      id,
      accountId: account.id,
      provider: this.provider.id,
      providerRef: started.providerRef,
      settlementRef: null,
      requestKey,
      amount,
      refunded: 0n,
      checkoutUrl: started.checkoutUrl,
      status: 'pending',
      createdAt: new Date(),
    });
    try {
      await this.dataSource.getRepository(Payment).insert(payment);
    } catch (error) {
      // The same key raced itself: the first payment stands.
      const first = await this.dataSource.getRepository(Payment).findOneBy({ requestKey });
      if (first?.amount === amount) return first;
      throw error;
    }
    await started.afterCommit?.();
    return this.dataSource.getRepository(Payment).findOneByOrFail({ id });
  }

  /**
   * A provider's webhook: verified, then acted on once per event id and once per
   * payment, however often and in whatever order it arrives. A refund of a payment not
   * yet credited waits (RetryLaterError: the provider delivers it again later).
   */
  async handleWebhook(body: string, signature: string, now = Date.now()): Promise<string> {
    if (!verifyWebhookSignature(this.webhookSecret, body, signature, now))
      throw new InvalidInputError('signature', msg('The webhook signature is not valid.'));
    const event = parseWebhookEvent(body);
    let credited: string | null = null;
    const outcome = await this.ledger.transaction(async (manager) => {
      credited = null;
      const events = manager.getRepository(PaymentEvent);
      if (await events.existsBy({ eventId: event.id })) return 'duplicate';
      const type = event.type === 'other' ? event.providerType : event.type;
      await events.insert({ eventId: event.id, provider: this.provider.id, type, receivedAt: new Date() });
      switch (event.type) {
        case 'checkout.session.completed': {
          const object = event.data.object;
          if (object.payment_status !== 'paid') return 'ignored';
          const payment = await this.lockPayment(manager, 'provider_ref', object.id);
          if (!payment || BigInt(object.amount_total) * MICROS_PER_CENT !== payment.amount) return 'ignored';
          if (payment.status === 'succeeded') return 'duplicate';
          await this.ledger.post(manager, {
            key: `payment:${payment.providerRef}`,
            accountId: payment.accountId,
            debit: 'platform:payments',
            credit: walletOf(payment.accountId),
            amount: payment.amount,
            kind: 'top_up',
            details: { payment: payment.id },
          });
          const settlementRef = typeof object.payment_intent === 'string' ? object.payment_intent : null;
          await manager.getRepository(Payment).update({ id: payment.id }, { status: 'succeeded', settlementRef });
          for (const listener of this.paidListeners) await listener(manager, payment, payment.amount);
          credited = payment.accountId;
          return 'credited';
        }
        case 'checkout.session.expired': {
          await manager
            .getRepository(Payment)
            .update({ providerRef: event.data.object.id, status: 'pending' }, { status: 'failed' });
          return 'expired';
        }
        case 'refund.created':
        case 'refund.updated': {
          const object = event.data.object;
          if (object.status !== 'succeeded') return 'ignored';
          const payment = await this.lockPayment(manager, 'settlement_ref', object.payment_intent);
          if (!payment || payment.status !== 'succeeded') throw new RetryLaterError('refund before its payment');
          const amount = BigInt(object.amount) * MICROS_PER_CENT;
          const key = `refund:${object.id}`;
          if (await manager.getRepository(LedgerEntry).existsBy({ idempotencyKey: key })) return 'duplicate';
          if (amount <= 0n || payment.refunded + amount > payment.amount) return 'ignored';
          await this.ledger.post(manager, {
            key,
            accountId: payment.accountId,
            debit: walletOf(payment.accountId),
            credit: 'platform:payments',
            amount,
            kind: 'refund',
            details: { payment: payment.id },
          });
          await manager.getRepository(Payment).update({ id: payment.id }, { refunded: payment.refunded + amount });
          for (const listener of this.refundListeners) await listener(manager, payment, amount);
          return 'refunded';
        }
        default:
          return 'ignored';
      }
    });
    if (credited) for (const listener of this.creditListeners) await listener(credited);
    return outcome;
  }

  private lockPayment(manager: EntityManager, column: 'provider_ref' | 'settlement_ref', ref: string) {
    return forUpdate(
      manager.getRepository(Payment).createQueryBuilder('p').where(`p.${column} = :ref`, { ref }),
    ).getOne();
  }

  /** An administrator refunds (part of) a payment through its provider; the ledger books it when the provider confirms. */
  async refund(paymentId: string, amountText: string | null): Promise<Payment> {
    const payment = await this.dataSource.getRepository(Payment).findOneBy({ id: paymentId });
    if (!payment) throw new NotFoundError(msg('No such payment.'));
    if (payment.status !== 'succeeded' || !payment.settlementRef)
      throw new InvalidInputError('paymentId', msg('Only a completed payment can be refunded.'));
    const left = payment.amount - payment.refunded;
    const amount = amountText
      ? parseMoney(amountText, 'amount', msg('Enter an amount in euros, such as 20 or 20.50.'))
      : left;
    if (amount <= 0n || amount > left || amount % MICROS_PER_CENT !== 0n)
      throw new InvalidInputError('amount', msg('A refund is at most what is left of the payment.'));
    await this.provider.refund({
      settlementRef: payment.settlementRef,
      amount,
      key: `refund-${payment.id}-${payment.refunded}`,
    });
    return this.dataSource.getRepository(Payment).findOneByOrFail({ id: payment.id });
  }

  /** The latest payments, for administrators (refunds start here). */
  listPayments(limit = 50) {
    return this.dataSource.getRepository(Payment).find({ order: { id: 'DESC' }, take: Math.min(limit, 200) });
  }

  /** An adjustment in the customer's favour (a welcome credit, a goodwill gesture), once per key. */
  async credit(accountId: string, amount: bigint, key: string) {
    return this.ledger.transaction((manager) =>
      this.ledger.post(manager, {
        key,
        accountId,
        debit: 'platform:adjustments',
        credit: walletOf(accountId),
        amount,
        kind: 'adjustment',
      }),
    );
  }

  /** The customer's spending alerts and monthly limit; raising or removing a reached limit unblocks at once. */
  async setSpendingLimits(
    account: Account,
    input: { monthlyLimit: string | null; limitBlocks: boolean; alerts: string[] },
  ): Promise<void> {
    const limit = input.monthlyLimit
      ? parseMoney(input.monthlyLimit, 'monthlyLimit', msg('Enter an amount in euros, such as 20 or 20.50.'))
      : null;
    if (limit !== null && limit < 1_000_000n)
      throw new InvalidInputError('monthlyLimit', msg('A monthly limit is at least 1 EUR.'));
    if (input.alerts.length > MAX_SPENDING_ALERTS)
      throw new InvalidInputError('alerts', msg('Set at most five alerts.'));
    const alerts = [
      ...new Set(
        input.alerts.map((a) => parseMoney(a, 'alerts', msg('Enter an amount in euros, such as 20 or 20.50.'))),
      ),
    ].sort((a, b) => (a < b ? -1 : 1));
    if (alerts.some((a) => a <= 0n)) throw new InvalidInputError('alerts', msg('The amount must be above zero.'));
    await this.ledger.transaction(async (manager) => {
      await this.ledger.lockWallets(manager, [account.id]);
      await manager.getRepository(Wallet).update(
        { accountId: account.id },
        {
          monthlyLimit: limit,
          limitBlocks: limit !== null && input.limitBlocks,
          spendingAlerts: JSON.stringify(alerts.map(String)),
        },
      );
    });
  }

  /**
   * Micro-euros of usage charged for the hours of the given month so far (corrections
   * included): by the hour the resources were used, not when the charge was written.
   */
  async spentInMonth(accountId: string, at: Date): Promise<bigint> {
    const rows = await this.dataSource.getRepository(UsageCharge).find({
      where: { accountId, hourStart: Between(monthStart(at), at) },
      select: { nanos: true },
    });
    return rows.reduce((sum, r) => sum + r.nanos, 0n) / 1000n;
  }

  async reconcile(): Promise<string[]> {
    return this.ledger.reconcile();
  }

  /** The reconciliation job: a balance that is not the sum of its entries is an administrators' alert (once while open). */
  async reconcileAndAlert(alerts: AlertsService): Promise<string[]> {
    const problems = await this.ledger.reconcile();
    if (problems.length === 0) return problems;
    const open = await alerts.list(AlertStatus.OPEN);
    if (open.some((alert) => alert.kind === 'ledger_mismatch')) return problems;
    const afterCommit = await this.dataSource.transaction((manager) =>
      alerts.raise(
        manager,
        alertAbout(
          'ledger_mismatch',
          {},
          `balances that are not the sum of their entries: ${problems.slice(0, 50).join(', ')}`,
        ),
      ),
    );
    afterCommit();
    return problems;
  }
}

/** The provider's references: short ids, as Stripe's are (the ledger's columns hold 120 characters). */
const ref = z.string().min(1).max(120);
const cents = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const webhookEventSchema = z.discriminatedUnion('type', [
  z.object({
    id: ref,
    type: z.literal('checkout.session.completed'),
    data: z.object({
      object: z.object({
        id: ref,
        payment_status: z.string().max(40),
        amount_total: cents,
        payment_intent: ref.nullish(),
      }),
    }),
  }),
  z.object({
    id: ref,
    type: z.literal('checkout.session.expired'),
    data: z.object({ object: z.object({ id: ref }) }),
  }),
  z.object({
    id: ref,
    type: z.enum(['refund.created', 'refund.updated']),
    data: z.object({ object: z.object({ id: ref, amount: cents, payment_intent: ref, status: z.string().max(40) }) }),
  }),
]);
const otherEventSchema = z.object({
  id: ref,
  type: z.string().min(1).max(60),
  data: z.object({ object: z.object({}) }),
});

type WebhookEvent =
  z.infer<typeof webhookEventSchema> | { id: string; type: 'other'; providerType: string; data: { object: object } };

/**
 * A signed webhook body, checked before anything is stored: the events acted on with
 * every figure they use, any other event by its id and type only. Anything else is
 * refused with 400 (a provider never sends it; a bug or an attack does).
 */
function parseWebhookEvent(body: string): WebhookEvent {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new InvalidInputError('body', msg('The webhook body is not valid.'));
  }
  const known = webhookEventSchema.safeParse(json);
  if (known.success) return known.data;
  const other = otherEventSchema.safeParse(json);
  const actedOn = ['checkout.session.completed', 'checkout.session.expired', 'refund.created', 'refund.updated'];
  if (!other.success || actedOn.includes(other.data.type))
    throw new InvalidInputError('body', msg('The webhook body is not valid.'));
  return { id: other.data.id, type: 'other', providerType: other.data.type, data: other.data.data };
}
