import { In, type DataSource, type EntityManager } from 'typeorm';
import { isLockConflict, isUniqueViolation } from '../common/db-errors.js';
import { ConflictError, InvalidInputError } from '../common/errors.js';
import { newId } from '../common/ids.js';
import { insertMany } from '../database/insert-many.js';
import { forUpdate } from '../database/locking.js';
import { withRetries } from '../database/retry.js';
import { msg } from '../common/msg.js';
import { LedgerEntry, Wallet } from './billing.entities.js';

/** A customer's wallet as a ledger account. */
export const walletOf = (accountId: string) => `wallet:${accountId}`;
/** A partner's commission accounts: pending for 30 days, then available, then reserved by a payout request. */
export const partnerPending = (accountId: string) => `partner:${accountId}:pending`;
export const partnerAvailable = (accountId: string) => `partner:${accountId}:available`;
export const partnerPayout = (accountId: string) => `partner:${accountId}:payout`;

const walletIdOf = (ledgerAccount: string) =>
  ledgerAccount.startsWith('wallet:') ? ledgerAccount.slice('wallet:'.length) : null;

export interface Transfer {
  /** Unique forever: the same key again returns the first entry; with other figures it is a conflict. */
  key: string;
  /** The customer or partner the entry belongs to, for listing. */
  accountId: string | null;
  debit: string;
  credit: string;
  /** Micro-euros, above zero. */
  amount: bigint;
  kind: string;
  details?: unknown;
  createdAt?: Date;
}

const isRetryable = (error: unknown) => isUniqueViolation(error) || isLockConflict(error);

/**
 * The append-only ledger: integer micro-euro transfers between ledger accounts, each
 * with an idempotency key, and the wallets' cached balances changed in the same
 * transaction under a row lock. Nothing here updates or deletes an entry.
 */
export class Ledger {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs a transaction, again if it lost a race: a duplicate idempotency key inserted by
   * a concurrent request (the retry then finds the first entry) or a deadlock.
   */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return withRetries(() => this.dataSource.transaction(work), isRetryable);
  }

  async post(manager: EntityManager, transfer: Transfer): Promise<LedgerEntry> {
    const [entry] = await this.postMany(manager, [transfer]);
    return entry!;
  }

  /**
   * Appends transfers in one go (the charging job posts thousands): the keys already
   * present return their first entry, the new ones are inserted, and every wallet they
   * touch is locked (in id order, so two posts never deadlock) and its balance moved.
   * `walletChanges` adds other columns to the same wallet update (the charging carry);
   * `locked` passes wallets the caller already locked in this transaction (read again otherwise).
   */
  async postMany(
    manager: EntityManager,
    transfers: readonly Transfer[],
    walletChanges: ReadonlyMap<string, Partial<Wallet>> = new Map(),
    locked?: ReadonlyMap<string, Wallet>,
  ): Promise<LedgerEntry[]> {
    for (const transfer of transfers)
      if (transfer.amount <= 0n) throw new InvalidInputError('amount', msg('The amount must be above zero.'));
    const existing = new Map<string, LedgerEntry>();
    for (let i = 0; i < transfers.length; i += 500) {
      const keys = transfers.slice(i, i + 500).map((t) => t.key);
      for (const entry of await manager.getRepository(LedgerEntry).findBy({ idempotencyKey: In(keys) }))
        existing.set(entry.idempotencyKey, entry);
    }
    const now = new Date();
    const fresh: LedgerEntry[] = [];
    const balanceDelta = new Map<string, bigint>();
    const result = transfers.map((transfer) => {
      const first = existing.get(transfer.key);
      if (first) return sameOrConflict(first, transfer);
      const entry = Object.assign(new LedgerEntry(), {
        id: newId(),
        idempotencyKey: transfer.key,
        accountId: transfer.accountId,
        debit: transfer.debit,
        credit: transfer.credit,
        amount: transfer.amount,
        kind: transfer.kind,
        details: transfer.details === undefined ? null : JSON.stringify(transfer.details),
        createdAt: transfer.createdAt ?? now,
      });
      existing.set(entry.idempotencyKey, entry);
      fresh.push(entry);
      for (const [side, sign] of [
        [transfer.debit, -1n],
        [transfer.credit, 1n],
      ] as const) {
        const walletId = walletIdOf(side);
        if (walletId) balanceDelta.set(walletId, (balanceDelta.get(walletId) ?? 0n) + sign * transfer.amount);
      }
      return entry;
    });
    if (fresh.length === 0 && walletChanges.size === 0) return result;
    const needed = [...new Set([...balanceDelta.keys(), ...walletChanges.keys()])];
    const wallets = locked && needed.every((id) => locked.has(id)) ? locked : await this.lockWallets(manager, needed);
    await insertMany(manager.getRepository(LedgerEntry), fresh);
    for (const id of needed) {
      const wallet = wallets.get(id)!;
      const delta = balanceDelta.get(wallet.accountId) ?? 0n;
      const changes: Partial<Wallet> = { ...walletChanges.get(wallet.accountId) };
      if (delta !== 0n) {
        const balance = wallet.balance + delta;
        changes.balance = balance;
        changes.negativeSince = balance < 0n ? (wallet.negativeSince ?? now) : null;
      }
      if (Object.keys(changes).length > 0)
        await manager.getRepository(Wallet).update({ accountId: wallet.accountId }, changes as never);
    }
    return result;
  }

  /**
   * The wallets, locked until the transaction ends (in id order, against deadlocks) and
   * made on first use. Existing rows are locked first and only missing ones inserted:
   * an INSERT IGNORE on an existing row would take a shared lock, and two transactions
   * upgrading shared locks on the same wallet deadlock.
   */
  async lockWallets(manager: EntityManager, accountIds: readonly string[]): Promise<Map<string, Wallet>> {
    const ids = [...new Set(accountIds)].sort();
    const locked = new Map<string, Wallet>();
    const lock = async (chunk: string[]) => {
      const rows = await forUpdate(
        manager
          .getRepository(Wallet)
          .createQueryBuilder('w')
          .where('w.account_id IN (:...chunk)', { chunk })
          .orderBy('w.account_id'),
      ).getMany();
      for (const row of rows) locked.set(row.accountId, row);
    };
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      await lock(chunk);
      const missing = chunk.filter((id) => !locked.has(id));
      if (missing.length === 0) continue;
      await manager
        .createQueryBuilder()
        .insert()
        .into(Wallet)
        .values(missing.map((accountId) => ({ accountId, balance: 0n, carryNanos: 0n })))
        .orIgnore()
        .execute();
      await lock(missing);
    }
    return locked;
  }

  /**
   * Reconciliation: every cached balance equals the sum of its entries, and the ledger
   * as a whole sums to zero (each entry leaves one account and enters another, so any
   * entry with a missing side shows here). Returns what does not hold, for an alert.
   */
  async reconcile(): Promise<string[]> {
    const problems: string[] = [];
    const sums = (await this.dataSource.query(
      `SELECT side, SUM(moved) AS total FROM (
         SELECT credit AS side, amount AS moved FROM ledger_entries WHERE credit LIKE 'wallet:%'
         UNION ALL
         SELECT debit AS side, -amount AS moved FROM ledger_entries WHERE debit LIKE 'wallet:%'
       ) moves GROUP BY side`,
    )) as Array<{ side: string; total: string | number }>;
    const expected = new Map(sums.map((row) => [row.side, BigInt(String(row.total).split('.')[0]!)]));
    for (const wallet of await this.dataSource.getRepository(Wallet).find())
      if ((expected.get(walletOf(wallet.accountId)) ?? 0n) !== wallet.balance)
        problems.push(walletOf(wallet.accountId));
    const [unsound] = (await this.dataSource.query(
      'SELECT COUNT(*) AS n FROM ledger_entries WHERE amount <= 0 OR debit = credit',
    )) as Array<{ n: string | number }>;
    if (Number(unsound?.n ?? 0) > 0) problems.push('ledger');
    return problems;
  }
}

function sameOrConflict(existing: LedgerEntry, transfer: Transfer): LedgerEntry {
  const same =
    existing.amount === transfer.amount &&
    existing.debit === transfer.debit &&
    existing.credit === transfer.credit &&
    existing.kind === transfer.kind;
  if (!same)
    throw new ConflictError('idempotencyKey', msg('This request was already made with other figures. Use a new key.'));
  return existing;
}
