import type { CommandArgs } from '@elasticweb/protocol';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import type { Account } from '../accounts/account.entity.js';
import { isUniqueViolation } from '../common/db-errors.js';
import { ConflictError, NotFoundError } from '../common/errors.js';
import { isUuid, newId } from '../common/ids.js';
import { parseInput } from '../common/validation.js';
import { forUpdate } from '../database/locking.js';
import { Command, CommandStatus } from '../hosts/command.entity.js';
import type { CommandQueue } from '../hosts/command-queue.service.js';
import type { CommandOutcome } from '../hosts/command-outcomes.js';
import { msg } from '../common/msg.js';
import { homeHostOf } from '../hosts/home-host.js';
import { generatePassword, nativePasswordHash } from './database-credentials.js';
import { Database, DatabaseStatus } from './database.entity.js';
import type { CreateDatabaseInput, DatabaseConnection, NewDatabase } from './database.types.js';

/** Dumps of deleted databases are kept this long on the host. */
export const RESTORE_DAYS = 30;

const nameSchema = z
  .string({ message: msg('Give the database a name.') })
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9_]{0,20}$/, {
    message: msg('Use 1 to 21 lower-case letters, digits and _, starting with a letter.'),
  });

/**
 * Customers' databases: each a MariaDB database and a user of its own on the account's
 * home host, created, re-keyed, dumped and dropped by the agent through signed commands.
 */
export class DatabasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: CommandQueue,
  ) {
    queue.onOutcome(['database.apply', 'database.delete', 'database.restore'], (manager, outcome) =>
      this.commandFinished(manager, outcome),
    );
  }

  /** Live databases, and deleted ones while their dump can still be restored. */
  async list(account: Account): Promise<Database[]> {
    const rows = await this.dataSource
      .getRepository(Database)
      .find({ where: { accountId: account.id }, order: { createdAt: 'DESC', id: 'DESC' } });
    const now = new Date();
    return rows.filter(
      (row) => row.status !== DatabaseStatus.DELETED || (row.restorableUntil && row.restorableUntil > now),
    );
  }

  connectionOf(database: Database): DatabaseConnection {
    // Sites reach the server on their own host; the user name is the database's name.
    return { host: 'localhost', port: 3306, name: database.name, user: database.name };
  }

  async create(account: Account, input: CreateDatabaseInput): Promise<NewDatabase> {
    const name = `${account.systemName}_${parseInput(nameSchema, input?.name, 'name')}`;
    const password = generatePassword();
    let hostId: string | null = null;
    try {
      const database = await this.dataSource.transaction(async (manager) => {
        hostId = await homeHostOf(manager, account.id);
        if (!hostId)
          throw new ConflictError('name', msg('No hosting server is available yet. Try again in a few minutes.'));
        const row = Object.assign(new Database(), {
          id: newId(),
          accountId: account.id,
          hostId,
          name,
          activeName: name,
          status: DatabaseStatus.PENDING,
          sizeBytes: 0,
          createdAt: new Date(),
          deletedAt: null,
          restorableUntil: null,
        });
        await manager.getRepository(Database).insert(row);
        await this.send(manager, row, account, 'database.apply', nativePasswordHash(password));
        return row;
      });
      this.queue.wake(hostId!);
      return { database, password };
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('name', msg('You already have a database with this name.'));
      throw error;
    }
  }

  /** A new password, shown once; the old one stops working when the host has applied it. */
  async resetPassword(account: Account, id: string): Promise<NewDatabase> {
    const password = generatePassword();
    const database = await this.dataSource.transaction(async (manager) => {
      const row = await this.own(manager, account, id, [
        DatabaseStatus.ACTIVE,
        DatabaseStatus.ERROR,
        DatabaseStatus.PENDING,
      ]);
      await this.send(manager, row, account, 'database.apply', nativePasswordHash(password));
      return row;
    });
    this.queue.wake(database.hostId);
    return { database, password };
  }

  /** Drops the database after the host dumped it; the dump can be restored for 30 days. */
  async delete(account: Account, id: string): Promise<Database> {
    const database = await this.dataSource.transaction(async (manager) => {
      const row = await this.own(manager, account, id, [
        DatabaseStatus.ACTIVE,
        DatabaseStatus.ERROR,
        DatabaseStatus.PENDING,
      ]);
      const now = new Date();
      await manager
        .getRepository(Database)
        .update({ id: row.id }, { status: DatabaseStatus.DELETING, deletedAt: now, activeName: null });
      await this.send(manager, row, account, 'database.delete');
      return Object.assign(row, { status: DatabaseStatus.DELETING, deletedAt: now, activeName: null });
    });
    this.queue.wake(database.hostId);
    return database;
  }

  /** Brings a deleted database back from its dump, with a new password shown once. */
  async restore(account: Account, id: string): Promise<NewDatabase> {
    const password = generatePassword();
    try {
      const database = await this.dataSource.transaction(async (manager) => {
        const row = await this.own(manager, account, id, [DatabaseStatus.DELETED]);
        if (!row.restorableUntil || row.restorableUntil <= new Date())
          throw new ConflictError('id', msg('The copy of this database is older than 30 days and was removed.'));
        await manager
          .getRepository(Database)
          .update(
            { id: row.id },
            { status: DatabaseStatus.PENDING, activeName: row.name, deletedAt: null, restorableUntil: null },
          );
        await this.send(manager, row, account, 'database.restore', nativePasswordHash(password));
        return Object.assign(row, { status: DatabaseStatus.PENDING, deletedAt: null, restorableUntil: null });
      });
      this.queue.wake(database.hostId);
      return { database, password };
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError(
          'id',
          msg('A database with this name exists again. Delete it first, or keep both apart.'),
        );
      throw error;
    }
  }

  /** The agent's measurements: only databases that live on the reporting host are updated. */
  async recordSizes(hostId: string, sizes: Array<{ name: string; bytes: number }>): Promise<number> {
    let updated = 0;
    for (const size of sizes.slice(0, 10_000)) {
      if (!Number.isSafeInteger(size.bytes) || size.bytes < 0) continue;
      const result = await this.dataSource
        .getRepository(Database)
        .update({ hostId, activeName: String(size.name), status: DatabaseStatus.ACTIVE }, { sizeBytes: size.bytes });
      updated += result.affected ?? 0;
    }
    return updated;
  }

  private async own(
    manager: EntityManager,
    account: Account,
    id: string,
    statuses: DatabaseStatus[],
  ): Promise<Database> {
    const row = isUuid(String(id))
      ? await forUpdate(
          manager
            .getRepository(Database)
            .createQueryBuilder('d')
            .where('d.id = :id AND d.account_id = :accountId', {
              id: String(id),
              accountId: account.id,
            }),
        ).getOne()
      : null;
    if (!row || (row.status === DatabaseStatus.DELETED && !statuses.includes(DatabaseStatus.DELETED)))
      throw new NotFoundError(msg('This database does not exist.'));
    if (!statuses.includes(row.status))
      throw new ConflictError('id', msg('The server is still working on this database. Try again in a moment.'));
    return row;
  }

  private async send(
    manager: EntityManager,
    database: Database,
    account: Account,
    type: 'database.apply' | 'database.delete' | 'database.restore',
    passwordHash?: string,
  ): Promise<void> {
    const base = { databaseId: database.id, account: account.systemName, name: database.name };
    const args: CommandArgs<typeof type> =
      type === 'database.delete' ? base : ({ ...base, passwordHash: passwordHash! } as CommandArgs<'database.apply'>);
    await this.queue.enqueueWith(manager, { hostId: database.hostId, subjectId: database.id, type, args });
  }

  private async commandFinished(
    manager: EntityManager,
    { command, status, result }: CommandOutcome<'database.apply' | 'database.delete' | 'database.restore'>,
  ): Promise<void> {
    if (!command.subjectId || status === CommandStatus.SUPERSEDED) return;
    const repository = manager.getRepository(Database);
    const database = await repository.findOneBy({ id: command.subjectId });
    if (!database) return;
    if (status !== CommandStatus.SUCCEEDED) {
      if (database.status !== DatabaseStatus.DELETED)
        await repository.update({ id: database.id }, { status: DatabaseStatus.ERROR });
      return;
    }
    if (command.type === 'database.delete') {
      const now = new Date();
      await repository.update(
        { id: database.id },
        { status: DatabaseStatus.DELETED, restorableUntil: new Date(now.getTime() + RESTORE_DAYS * 24 * 3600 * 1000) },
      );
    } else if (database.status !== DatabaseStatus.DELETING) {
      await repository.update(
        { id: database.id },
        {
          status: DatabaseStatus.ACTIVE,
          ...(typeof result?.sizeBytes === 'number' ? { sizeBytes: result.sizeBytes } : {}),
        },
      );
    }
  }
}

/** Whether any command for these databases is still on its way (for progress in the panel). */
export async function busyDatabases(dataSource: DataSource, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await dataSource.getRepository(Command).find({
    where: { subjectId: In([...ids]), status: In([CommandStatus.QUEUED, CommandStatus.LEASED]) },
    select: { subjectId: true },
  });
  return new Set(rows.map((row) => row.subjectId!));
}
