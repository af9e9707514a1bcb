import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import 'reflect-metadata';
import { createConnection } from 'mysql2/promise';
import { DataSource, type EntitySchema, type Logger as TypeOrmLogger } from 'typeorm';
import { mysqlMigrations } from '../../migrations/mysql/index.js';
import { sqliteMigrations } from '../../migrations/sqlite/index.js';

export type Dialect = 'sqlite' | 'mysql';

export interface StoreOptions {
  /** Every entity class of the app; the composition root (`app/entities.ts`) hands them in. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- what TypeORM takes: entity classes
  entities: ReadonlyArray<Function | EntitySchema>;
  /** `mysql://...`, `sqlite:PATH`, or undefined for `DATA_DIR/elasticweb.sqlite`. */
  url?: string | undefined;
  dataDir?: string;
  /** Counts every SQL statement; the benchmark uses it to prove there is no N+1. */
  onQuery?: (sql: string) => void;
  /** MariaDB reports column defaults differently from MySQL; TypeORM must know which it talks to. */
  server?: 'mysql' | 'mariadb';
}

export function dialectOf(url: string | undefined): Dialect {
  return url && /^(mysql|mariadb):/.test(url) ? 'mysql' : 'sqlite';
}

class CountingLogger implements TypeOrmLogger {
  constructor(private readonly onQuery: (sql: string) => void) {}
  logQuery(query: string): void {
    this.onQuery(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** Builds the TypeORM data source for either store; migrations, never `synchronize`. */
export function createDataSource(options: StoreOptions): DataSource {
  const logging = options.onQuery
    ? { logger: new CountingLogger(options.onQuery), logging: ['query' as const] }
    : { logging: false as const };
  if (dialectOf(options.url) === 'mysql') {
    return new DataSource({
      type: options.server ?? (options.url!.startsWith('mariadb:') ? 'mariadb' : 'mysql'),
      url: options.url!.replace(/^mariadb:/, 'mysql:'),
      // Store and read every DATETIME as UTC, whatever the server's time zone.
      timezone: 'Z',
      charset: 'utf8mb4_unicode_ci',
      supportBigNumbers: true,
      bigNumberStrings: true,
      poolSize: 10,
      entities: [...options.entities],
      migrations: mysqlMigrations,
      migrationsTableName: 'migrations',
      ...logging,
    });
  }
  const file = options.url?.startsWith('sqlite:')
    ? options.url.slice('sqlite:'.length)
    : resolve(options.dataDir ?? './data', 'elasticweb.sqlite');
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  return new DataSource({
    type: 'better-sqlite3',
    database: file,
    // WAL lets readers go on while a write commits; the embedded store is one process.
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
    },
    entities: [...options.entities],
    migrations: sqliteMigrations,
    migrationsTableName: 'migrations',
    ...logging,
  });
}

/** Connects and brings the schema up to date. */
export async function openStore(options: StoreOptions): Promise<DataSource> {
  if (dialectOf(options.url) === 'mysql' && !options.server) {
    options = { ...options, server: await detectServer(options.url!) };
  }
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  if (dataSource.options.type === 'better-sqlite3') serializeTransactions(dataSource);
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/** Asks the server what it is, so a `mysql://` URL pointing at MariaDB works as well. */
async function detectServer(url: string): Promise<'mysql' | 'mariadb'> {
  const connection = await createConnection(url.replace(/^mariadb:/, 'mysql:'));
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    return /mariadb/i.test((rows as Array<{ version: string }>)[0]?.version ?? '') ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}

/**
 * The embedded store has one SQLite connection, and a TypeORM transaction spans
 * several awaits: two requests' transactions would interleave on it ("cannot start a
 * transaction within a transaction"). They take turns instead. (MySQL gives each
 * transaction a connection of its own from the pool.)
 */
function serializeTransactions(dataSource: DataSource): void {
  const manager = dataSource.manager;
  const original = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  (manager as unknown as { transaction: (...args: unknown[]) => Promise<unknown> }).transaction = (
    ...args: unknown[]
  ) => {
    const run = tail.then(() => original(...args));
    tail = run.catch(() => undefined);
    return run;
  };
}
