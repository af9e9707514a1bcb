import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';

/**
 * A database of the benchmark's own on the MariaDB server that BENCH_DATABASE_URL or
 * TEST_MYSQL_URL names: its URL, and `drop` for the `finally`.
 */
export async function scratchDatabase(): Promise<{ url: URL; drop: () => Promise<void> }> {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_MYSQL_URL;
  if (!server)
    throw new Error('set TEST_MYSQL_URL (or BENCH_DATABASE_URL) to a MariaDB server: this benchmark measures MariaDB');
  const name = `ew_bench_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection(server);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url,
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.end();
    },
  };
}
