import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { CommandArgs } from '@elasticweb/protocol';
import type { Connection } from 'mysql2/promise';
import { connectMysql, customerSchemaSizes } from '../mysql.js';
import { ensureDir } from '../files.js';
import type { Outcome } from '../journal.js';
import { failed, succeeded, type ExecutorContext } from './context.js';

/** Sites connect over the local socket (`localhost`) or TCP on loopback (`127.0.0.1`): the user exists for both. */
const USER_HOSTS = ['localhost', '127.0.0.1'];

function connect(context: ExecutorContext): Promise<Connection> {
  return connectMysql(context.config.mysql);
}

/** Command-line access for mariadb-dump and mariadb, with the password in the environment, not in `ps`. */
function cliArgs(context: ExecutorContext): { args: string[]; env: NodeJS.ProcessEnv } {
  const { host, port, socketPath, user, password } = context.config.mysql;
  const where =
    socketPath && existsSync(socketPath) ? [`--socket=${socketPath}`] : [`--host=${host}`, `--port=${port}`];
  return { args: [...where, `--user=${user}`], env: { ...process.env, MYSQL_PWD: password } };
}

export function databaseArchiveDir(context: ExecutorContext): string {
  return join(context.servers.paths.root, 'var/lib/elasticweb/db-archive');
}

async function sizeOf(db: Connection, name: string): Promise<number> {
  const [rows] = await db.query(
    'SELECT COALESCE(SUM(data_length + index_length), 0) AS size FROM information_schema.tables WHERE table_schema = ?',
    [name],
  );
  return Number((rows as Array<{ size: number | string }>)[0]?.size ?? 0);
}

/** The database and its user exist, the user has every privilege on that database and no other, with this password. */
async function ensureDatabase(db: Connection, name: string, passwordHash: string): Promise<void> {
  // Names passed the protocol's pattern (letters, digits, _); escapeId quotes them all the same.
  await db.query(`CREATE DATABASE IF NOT EXISTS ${db.escapeId(name)} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  for (const host of USER_HOSTS) {
    await db.query('CREATE USER IF NOT EXISTS ?@? IDENTIFIED BY PASSWORD ?', [name, host, passwordHash]);
    await db.query('ALTER USER ?@? IDENTIFIED BY PASSWORD ?', [name, host, passwordHash]);
    await db.query(`GRANT ALL PRIVILEGES ON ${db.escapeId(name)}.* TO ?@?`, [name, host]);
  }
}

async function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  stdout?: NodeJS.WritableStream,
  stdin?: NodeJS.ReadableStream,
) {
  const child = spawn(command, args, { env, stdio: [stdin ? 'pipe' : 'ignore', stdout ? 'pipe' : 'ignore', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const done = new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code ?? 1));
  });
  await Promise.all([
    stdout ? pipeline(child.stdout!, stdout as never) : Promise.resolve(),
    stdin ? pipeline(stdin as never, child.stdin!) : Promise.resolve(),
  ]);
  const code = await done;
  if (code !== 0) throw new Error(`${command} exited with ${code}: ${errors.trim()}`);
}

/** database.apply: creates the database and its user when missing, and sets the password. */
export async function applyDatabase(context: ExecutorContext, args: CommandArgs<'database.apply'>): Promise<Outcome> {
  const db = await connect(context);
  try {
    await ensureDatabase(db, args.name, args.passwordHash);
    return succeeded({ name: args.name, sizeBytes: await sizeOf(db, args.name) });
  } finally {
    await db.end();
  }
}

/** database.delete: a compressed dump into the archive (30 days), then the database and its user go. */
export async function deleteDatabase(context: ExecutorContext, args: CommandArgs<'database.delete'>): Promise<Outcome> {
  const db = await connect(context);
  try {
    const [exists] = await db.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = ?', [args.name]);
    let archive: string | null = null;
    if ((exists as unknown[]).length > 0) {
      const dir = databaseArchiveDir(context);
      ensureDir(dir, 0o700);
      archive = join(dir, `${args.databaseId}-${Date.now()}.sql.gz`);
      const cli = cliArgs(context);
      const gzip = createGzip();
      const file = createWriteStream(archive, { mode: 0o600 });
      const written = pipeline(gzip, file);
      await run(
        'mariadb-dump',
        [...cli.args, '--single-transaction', '--routines', '--triggers', '--events', args.name],
        cli.env,
        gzip,
      );
      await written;
      await db.query(`DROP DATABASE IF EXISTS ${db.escapeId(args.name)}`);
    }
    for (const host of USER_HOSTS) await db.query('DROP USER IF EXISTS ?@?', [args.name, host]);
    return succeeded({ archive });
  } finally {
    await db.end();
  }
}

/** database.restore: the database again from its newest dump, with the new password. */
export async function restoreDatabase(
  context: ExecutorContext,
  args: CommandArgs<'database.restore'>,
): Promise<Outcome> {
  const dir = databaseArchiveDir(context);
  const dumps = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.startsWith(`${args.databaseId}-`) && name.endsWith('.sql.gz'))
        .sort()
    : [];
  const newest = dumps.at(-1);
  if (!newest) return failed(`no archived dump of ${args.name} on this host`, true);
  const db = await connect(context);
  try {
    await ensureDatabase(db, args.name, args.passwordHash);
    const cli = cliArgs(context);
    await run(
      'mariadb',
      [...cli.args, args.name],
      cli.env,
      undefined,
      createReadStream(join(dir, newest)).pipe(createGunzip()),
    );
    rmSync(join(dir, newest), { force: true });
    return succeeded({ name: args.name, sizeBytes: await sizeOf(db, args.name), restoredFrom: newest });
  } finally {
    await db.end();
  }
}

/** Loads a SQL dump (plain or gzip) into an existing database, as the agent's MySQL account. */
export async function loadDump(context: ExecutorContext, name: string, dump: NodeJS.ReadableStream): Promise<number> {
  const cli = cliArgs(context);
  await run('mariadb', [...cli.args, name], cli.env, undefined, dump);
  const db = await connect(context);
  try {
    return await sizeOf(db, name);
  } finally {
    await db.end();
  }
}

/** Sizes of the customers' databases on this host (names start with an account's system name). */
export async function measureDatabases(context: ExecutorContext): Promise<Array<{ name: string; bytes: number }>> {
  const db = await connect(context);
  try {
    return await customerSchemaSizes(db);
  } finally {
    await db.end();
  }
}
