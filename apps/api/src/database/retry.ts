import type { DataSource, EntityManager } from 'typeorm';
import { isLockConflict } from '../common/db-errors.js';

/**
 * Runs `work` again, after a short random pause, while it fails in a way that another
 * try can fix (`retryable`); after `attempts` tries the last error stands.
 */
export async function withRetries<T>(
  work: () => Promise<T>,
  retryable: (error: unknown) => boolean,
  attempts = 4,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !retryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
    }
  }
}

/**
 * A transaction run again when it lost a race for locks (a deadlock, a lock wait
 * timeout, a Galera certification conflict). `work` must have no effect outside the
 * transaction: wake-ups, mails and webhooks go after it.
 */
export function retryingTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return withRetries(() => dataSource.transaction(work), isLockConflict);
}
