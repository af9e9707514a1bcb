import { existsSync } from 'node:fs';
import { createConnection, type Connection } from 'mysql2/promise';
import type { AgentConfig } from './config.js';

/** The host's database server: through its socket when there is one, else host and port. */
export function connectMysql(config: AgentConfig['mysql']): Promise<Connection> {
  const { host, port, socketPath, user, password } = config;
  return createConnection({
    ...(socketPath && existsSync(socketPath) ? { socketPath } : { host, port }),
    user,
    password,
    multipleStatements: false,
  });
}

/** Bytes of data and indexes of every customer schema (`<account>_<name>`). */
export async function customerSchemaSizes(db: Connection): Promise<Array<{ name: string; bytes: number }>> {
  const [rows] = await db.query(
    "SELECT table_schema AS name, COALESCE(SUM(data_length + index_length), 0) AS bytes FROM information_schema.tables WHERE table_schema REGEXP '^ew[a-z2-7]{8}_' GROUP BY table_schema",
  );
  return (rows as Array<{ name: string; bytes: number | string }>).map((row) => ({
    name: row.name,
    bytes: Number(row.bytes),
  }));
}
