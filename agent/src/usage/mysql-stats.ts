import { connectMysql, customerSchemaSizes } from '../mysql.js';
import type { AgentConfig } from '../config.js';

/** Cumulative counters MariaDB keeps per user (USER_STATISTICS), since it started. */
export interface MysqlCounters {
  busySeconds: number;
  rowsRead: number;
  rowsWritten: number;
  bytes: number;
}

export interface MysqlReading {
  /** False when `userstat` is off: activity cannot be measured until it is turned on. */
  userstat: boolean;
  users: Record<string, MysqlCounters>;
  /** Bytes of each customer schema. */
  schemas: Record<string, number>;
}

/** Reads MariaDB's per-user statistics and the sizes of customers' schemas. */
export async function readMysql(config: AgentConfig['mysql']): Promise<MysqlReading> {
  const db = await connectMysql(config);
  try {
    const [[flag]] = (await db.query("SHOW GLOBAL VARIABLES LIKE 'userstat'")) as unknown as [Array<{ Value: string }>];
    const userstat = flag?.Value === 'ON' || flag?.Value === '1';
    const users: Record<string, MysqlCounters> = {};
    if (userstat) {
      const [rows] = await db.query(
        "SELECT USER AS user, BUSY_TIME AS busy, ROWS_READ AS readRows, ROWS_INSERTED + ROWS_UPDATED + ROWS_DELETED AS written, BYTES_RECEIVED + BYTES_SENT AS bytes FROM information_schema.USER_STATISTICS WHERE USER REGEXP '^ew[a-z2-7]{8}_'",
      );
      for (const row of rows as Array<{ user: string; busy: number; readRows: number; written: number; bytes: number }>)
        users[row.user] = {
          busySeconds: Number(row.busy),
          rowsRead: Number(row.readRows),
          rowsWritten: Number(row.written),
          bytes: Number(row.bytes),
        };
    }
    const schemas: Record<string, number> = {};
    for (const { name, bytes } of await customerSchemaSizes(db)) schemas[name] = bytes;
    return { userstat, users, schemas };
  } finally {
    await db.end();
  }
}

/** What each account's database users did since the last reading; a reset counter (a restart) counts from zero. */
export function mysqlIntervals(
  previous: Record<string, MysqlCounters> | undefined,
  current: Record<string, MysqlCounters>,
): Map<string, MysqlCounters> {
  const perAccount = new Map<string, MysqlCounters>();
  for (const [user, now] of Object.entries(current)) {
    const before = previous?.[user];
    if (!previous) continue; // the first reading is a baseline
    const delta = (key: keyof MysqlCounters) => {
      const value = now[key] - (before?.[key] ?? 0);
      return value < 0 ? now[key] : value;
    };
    const account = user.slice(0, 10);
    const sum = perAccount.get(account) ?? { busySeconds: 0, rowsRead: 0, rowsWritten: 0, bytes: 0 };
    sum.busySeconds += delta('busySeconds');
    sum.rowsRead += delta('rowsRead');
    sum.rowsWritten += delta('rowsWritten');
    sum.bytes += delta('bytes');
    perAccount.set(account, sum);
  }
  return perAccount;
}
