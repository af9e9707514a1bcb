/** True when a write failed on a unique index, on MySQL/MariaDB or SQLite alike. */
export function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string } }).driverError ?? (error as { code?: string });
  return (
    driverError?.code === 'ER_DUP_ENTRY' ||
    driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    driverError?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/**
 * True when a transaction lost a race for locks: a deadlock or a lock wait timeout on
 * MySQL/MariaDB (a Galera certification conflict reports itself as a deadlock too).
 * Running the transaction again is the remedy.
 */
export function isLockConflict(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string } }).driverError ?? (error as { code?: string });
  return driverError?.code === 'ER_LOCK_DEADLOCK' || driverError?.code === 'ER_LOCK_WAIT_TIMEOUT';
}
