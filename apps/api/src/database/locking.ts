import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Which store a data source talks to. */
export function dialectOfDataSource(dataSource: DataSource): 'sqlite' | 'mysql' {
  return dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
}

/**
 * Locks the selected rows until the transaction ends (SELECT … FOR UPDATE, with SKIP
 * LOCKED when asked). SQLite needs no row lock: it has one writer at a time, and the
 * embedded store's transactions take turns (data-source.ts).
 */
export function forUpdate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  options: { skipLocked?: boolean } = {},
): SelectQueryBuilder<T> {
  if (dialectOfDataSource(query.connection) === 'mysql') {
    query.setLock('pessimistic_write');
    if (options.skipLocked) query.setOnLocked('skip_locked');
  }
  return query;
}

/**
 * Marks a single-use row as used, if no one did first: a conditional UPDATE, so of
 * two simultaneous uses exactly one wins. Returns whether this caller won.
 */
export async function claimOnce<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  changes: Partial<T> & { usedAt: Date },
): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set(changes as never)
    .where('id = :id AND used_at IS NULL', { id })
    .execute();
  return result.affected === 1;
}
