import {
  AmountError,
  chargeHour,
  DEFAULT_PRICES,
  NO_USAGE,
  parseAmount,
  type HourOfUsage,
  type PriceList,
} from '@elasticweb/billing';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { MoreThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import type { Account } from '../accounts/account.entity.js';
import { isUniqueViolation } from '../common/db-errors.js';
import { ConflictError, InvalidInputError } from '../common/errors.js';
import { newId } from '../common/ids.js';
import { forUpdate } from '../database/locking.js';
import { msg } from '../i18n/msg.js';
import { UsageRollup } from '../usage/usage.entities.js';
import { LedgerEntry, Payment, Wallet } from './billing.entities.js';

export const MIN_TOP_UP = 5_000_000n;
export const MAX_TOP_UP = 1_000_000_000n;
const WEBHOOK_TOLERANCE_S = 300;
const HOUR = 3600_000;

export const walletOf = (accountId: string) => `wallet:${accountId}`;

export interface Transfer {
  key: string;
  accountId: string | null;
  debit: string;
  credit: string;
  amount: bigint;
  kind: string;
  details?: unknown;
}

/** Verifies a `t=…,v1=…` signature (HMAC-SHA256 of `t.body`), in constant time and within five minutes. */
export function verifyWebhookSignature(secret: string, body: string, header: string, now = Date.now()): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.trim().split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1 || Math.abs(now / 1000 - t) > WEBHOOK_TOLERANCE_S) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function signWebhook(secret: string, body: string, now = Date.now()): string {
  const t = Math.floor(now / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

/**
 * The wallet: an append-only ledger of integer micro-euro transfers, each with an
 * idempotency key, and each customer's cached balance changed in the same transaction
 * (row lock). Top-ups arrive through a provider's signed webhook; usage is charged
 * hour by hour from the usage rollups with the price list of libs/billing.
 */
export class BillingService {
  private readonly creditListeners: Array<(accountId: string) => Promise<void>> = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly webhookSecret: string,
    private readonly prices: PriceList = DEFAULT_PRICES,
  ) {}

  /** Runs after a payment was credited (a top-up that ends a negative balance unblocks the sites at once). */
  onCredited(listener: (accountId: string) => Promise<void>): void {
    this.creditListeners.push(listener);
  }

  /** Appends a transfer once: the same key again returns the first entry; with other figures it is a conflict. */
  async post(manager: EntityManager, transfer: Transfer): Promise<LedgerEntry> {
    if (transfer.amount <= 0n) throw new InvalidInputError('amount', msg('The amount must be above zero.'));
    const existing = await manager.getRepository(LedgerEntry).findOneBy({ idempotencyKey: transfer.key });
    if (existing) return this.sameOrConflict(existing, transfer);
    const entry = Object.assign(new LedgerEntry(), {
      id: newId(),
      idempotencyKey: transfer.key,
      accountId: transfer.accountId,
      debit: transfer.debit,
      credit: transfer.credit,
      amount: transfer.amount,
      kind: transfer.kind,
      details: transfer.details === undefined ? null : JSON.stringify(transfer.details),
      createdAt: new Date(),
    });
    await manager.getRepository(LedgerEntry).insert(entry);
    for (const [side, sign] of [
      [transfer.debit, -1n],
      [transfer.credit, 1n],
    ] as const) {
      if (!side.startsWith('wallet:')) continue;
      const wallet = await this.lockWallet(manager, side.slice('wallet:'.length));
      const balance = wallet.balance + sign * transfer.amount;
      const negativeSince = balance < 0n ? (wallet.negativeSince ?? new Date()) : null;
      await manager.getRepository(Wallet).update({ accountId: wallet.accountId }, { balance, negativeSince });
    }
    return entry;
  }

  private sameOrConflict(existing: LedgerEntry, transfer: Transfer): LedgerEntry {
    const same =
      existing.amount === transfer.amount &&
      existing.debit === transfer.debit &&
      existing.credit === transfer.credit &&
      existing.kind === transfer.kind;
    if (!same)
      throw new ConflictError(
        'idempotencyKey',
        msg('This request was already made with other figures. Use a new key.'),
      );
    return existing;
  }

  /** The wallet row, made on first use and locked until the transaction ends. */
  private async lockWallet(manager: EntityManager, accountId: string): Promise<Wallet> {
    if (!(await manager.getRepository(Wallet).existsBy({ accountId }))) {
      try {
        await manager
          .getRepository(Wallet)
          .insert({ accountId, balance: 0n, carryNanos: 0n, chargedUntil: null, negativeSince: null });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    return forUpdate(
      manager.getRepository(Wallet).createQueryBuilder('w').where('w.account_id = :accountId', { accountId }),
    ).getOneOrFail();
  }

  async wallet(account: Account) {
    const wallet = await this.dataSource.getRepository(Wallet).findOneBy({ accountId: account.id });
    const entries = await this.dataSource.getRepository(LedgerEntry).find({
      where: { accountId: account.id },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: 50,
    });
    const spent = async (days: number) => {
      const rows = await this.dataSource.getRepository(LedgerEntry).find({
        where: {
          accountId: account.id,
          kind: 'usage',
          createdAt: MoreThanOrEqual(new Date(Date.now() - days * 24 * HOUR)),
        },
        select: { amount: true },
      });
      return rows.reduce((sum, row) => sum + row.amount, 0n);
    };
    const balance = wallet?.balance ?? 0n;
    const last30 = await spent(30);
    const perDay = Number(last30) / 30;
    return {
      balance,
      spent24h: await spent(1),
      spent30d: last30,
      runwayDays: perDay > 0 && balance > 0n ? Number(balance) / perDay : null,
      negativeSince: wallet?.negativeSince ?? null,
      entries: entries.map((entry) => ({
        id: entry.id,
        kind: entry.kind,
        // From the customer's side: money in is positive.
        amount: entry.credit === walletOf(account.id) ? entry.amount : -entry.amount,
        createdAt: entry.createdAt,
      })),
    };
  }

  /**
   * Starts a top-up with the built-in test provider, which completes it at once through
   * the same signed webhook a real provider would call. The same key returns the same payment.
   */
  async topUp(account: Account, amountText: string, idempotencyKey: string | null): Promise<Payment> {
    let amount: bigint;
    try {
      amount = parseAmount(String(amountText));
    } catch (error) {
      if (error instanceof AmountError)
        throw new InvalidInputError('amount', msg('Enter an amount in euros, such as 20 or 20.50.'));
      throw error;
    }
    if (amount < MIN_TOP_UP || amount > MAX_TOP_UP)
      throw new InvalidInputError('amount', msg('Top up from 5 to 1,000 EUR at a time.'));
    const requestKey = `${account.id}:${String(idempotencyKey ?? randomUUID()).slice(0, 80)}`;
    const previous = await this.dataSource.getRepository(Payment).findOneBy({ requestKey });
    if (previous) {
      if (previous.amount !== amount)
        throw new ConflictError(
          'idempotencyKey',
          msg('This request was already made with other figures. Use a new key.'),
        );
      return previous;
    }
    const payment = Object.assign(new Payment(), {
      id: newId(),
      accountId: account.id,
      provider: 'test',
      providerRef: `test_${randomUUID()}`,
      requestKey,
      amount,
      status: 'pending',
      createdAt: new Date(),
    });
    await this.dataSource.getRepository(Payment).insert(payment);
    const body = JSON.stringify({
      id: `evt_${randomUUID()}`,
      type: 'payment.succeeded',
      payment: payment.providerRef,
      amount: amount.toString(),
    });
    await this.handleWebhook(body, signWebhook(this.webhookSecret, body));
    return this.dataSource.getRepository(Payment).findOneByOrFail({ id: payment.id });
  }

  /** A provider's webhook: verified, then the payment credited once however often it arrives. */
  async handleWebhook(body: string, signature: string, now = Date.now()): Promise<'credited' | 'ignored'> {
    if (!verifyWebhookSignature(this.webhookSecret, body, signature, now))
      throw new InvalidInputError('signature', msg('The webhook signature is not valid.'));
    const event = JSON.parse(body) as { type?: string; payment?: string; amount?: string };
    if (event.type !== 'payment.succeeded' || typeof event.payment !== 'string') return 'ignored';
    let credited: string | null = null;
    const outcome = await this.dataSource.transaction(async (manager) => {
      const payment = await forUpdate(
        manager.getRepository(Payment).createQueryBuilder('p').where('p.provider_ref = :ref', { ref: event.payment }),
      ).getOne();
      if (!payment || String(payment.amount) !== event.amount) return 'ignored';
      await this.post(manager, {
        key: `payment:${payment.providerRef}`,
        accountId: payment.accountId,
        debit: 'platform:payments',
        credit: walletOf(payment.accountId),
        amount: payment.amount,
        kind: 'top_up',
        details: { payment: payment.id },
      });
      await manager.getRepository(Payment).update({ id: payment.id }, { status: 'succeeded' });
      credited = payment.accountId;
      return 'credited' as const;
    });
    if (credited) for (const listener of this.creditListeners) await listener(credited);
    return outcome;
  }

  /** Charges one account's completed hour from its hourly rollups; charging it again charges nothing. */
  async chargeAccountHour(accountId: string, hourStart: Date): Promise<bigint> {
    return this.dataSource.transaction(async (manager) => {
      const wallet = await this.lockWallet(manager, accountId);
      if (wallet.chargedUntil && wallet.chargedUntil.getTime() > hourStart.getTime()) return 0n;
      const rollups = await manager.getRepository(UsageRollup).find({
        where: { resolution: 3600, accountId, bucketStart: hourStart },
      });
      const total = (metric: string, gauge = false) =>
        rollups
          .filter((r) => r.metric === metric)
          .reduce((sum, r) => sum + (gauge ? r.sum / Math.max(1, r.count) : r.sum), 0);
      const usage: HourOfUsage = {
        ...NO_USAGE,
        cpuMicroseconds: BigInt(Math.round(total('cpu_seconds') * 1e6)),
        memoryByteSeconds: BigInt(Math.round(total('memory_bytes', true))) * 3600n,
        diskByteSeconds: BigInt(Math.round(total('disk_bytes', true) + total('db_size_bytes', true))) * 3600n,
        trafficBytes: BigInt(Math.round(total('net_out_bytes') + total('net_in_bytes'))),
        ioOperations: BigInt(Math.round(total('io_ops'))),
        mysqlBusyMicroseconds: BigInt(Math.round(total('mysql_busy_seconds') * 1e6)),
      };
      const charge = chargeHour(usage, this.prices, wallet.carryNanos);
      if (charge.micros > 0n)
        await this.post(manager, {
          key: `usage:${accountId}:${hourStart.toISOString()}`,
          accountId,
          debit: walletOf(accountId),
          credit: 'platform:revenue',
          amount: charge.micros,
          kind: 'usage',
          details: {
            hour: hourStart.toISOString(),
            nanos: Object.fromEntries(Object.entries(charge.breakdown).map(([k, v]) => [k, v.toString()])),
          },
        });
      await manager
        .getRepository(Wallet)
        .update({ accountId }, { carryNanos: charge.carry, chargedUntil: new Date(hourStart.getTime() + HOUR) });
      return charge.micros;
    });
  }

  /** Charges every account's completed hours that have usage and were not charged yet. */
  async chargeCompletedHours(now = new Date()): Promise<number> {
    const lastComplete = new Date(Math.floor(now.getTime() / HOUR) * HOUR - HOUR);
    const rows = (await this.dataSource
      .getRepository(UsageRollup)
      .createQueryBuilder('r')
      .select('DISTINCT r.account_id', 'accountId')
      .addSelect('r.bucket_start', 'bucketStart')
      .where('r.resolution = 3600 AND r.bucket_start >= :since AND r.bucket_start <= :until', {
        since: new Date(lastComplete.getTime() - 48 * HOUR),
        until: lastComplete,
      })
      .orderBy('r.bucket_start', 'ASC')
      .getRawMany()) as Array<{ accountId: string; bucketStart: string | Date }>;
    let charged = 0;
    for (const row of rows)
      if ((await this.chargeAccountHour(row.accountId, new Date(row.bucketStart))) > 0n) charged += 1;
    return charged;
  }

  /** An adjustment in the customer's favour (a welcome credit, a goodwill gesture), once per key. */
  async credit(accountId: string, amount: bigint, key: string): Promise<LedgerEntry> {
    return this.dataSource.transaction((manager) =>
      this.post(manager, {
        key,
        accountId,
        debit: 'platform:adjustments',
        credit: walletOf(accountId),
        amount,
        kind: 'adjustment',
      }),
    );
  }

  /** Every cached balance equals the sum of its entries (reconciliation); returns the accounts that do not. */
  async reconcile(): Promise<string[]> {
    const wallets = await this.dataSource.getRepository(Wallet).find();
    const wrong: string[] = [];
    for (const wallet of wallets) {
      const entries = await this.dataSource.getRepository(LedgerEntry).find({ where: { accountId: wallet.accountId } });
      const sum = entries.reduce(
        (total, e) =>
          total +
          (e.credit === walletOf(wallet.accountId)
            ? e.amount
            : e.debit === walletOf(wallet.accountId)
              ? -e.amount
              : 0n),
        0n,
      );
      if (sum !== wallet.balance) wrong.push(wallet.accountId);
    }
    return wrong;
  }
}
