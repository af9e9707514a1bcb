import { createHash } from 'node:crypto';
import { EntityNotFoundError, type DataSource, type EntityManager } from 'typeorm';
import { isLockConflict } from '../common/db-errors.js';
import { RateLimitBucket } from './rate-limit-bucket.entity.js';
import { forUpdate } from './locking.js';
import { withRetries } from './retry.js';

/** The bucket key column's length; a longer key (a long e-mail and an address) is stored by its hash. */
const MAX_KEY = 191;
const storedKey = (key: string) =>
  key.length <= MAX_KEY ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`;

export interface RateLimit {
  /** How many hits a window allows. */
  limit: number;
  windowSeconds: number;
}

export interface RateLimitState {
  allowed: boolean;
  hits: number;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counters in the `rate_limit_buckets` table, so every API replica sees
 * the same counts. A hit is one row lock in a short transaction: hits on one key take
 * turns, so each sees the count its own hit made, and a caller that counts before it
 * acts (a password check) can never get more tries through than the limit.
 */
export class RateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  /** Reads a bucket without counting. */
  async peek(key: string, rule: RateLimit, now = new Date()): Promise<RateLimitState> {
    const bucket = await this.dataSource.getRepository(RateLimitBucket).findOneBy({ key: storedKey(key) });
    const state = this.state(bucket, rule, now);
    // One more hit would exceed the limit once `limit` hits are counted.
    return { ...state, allowed: state.hits < rule.limit };
  }

  /** Counts one hit and says whether it was within the limit. */
  async hit(rawKey: string, rule: RateLimit, now = new Date()): Promise<RateLimitState> {
    const key = storedKey(rawKey);
    return withRetries(
      async () => {
        // The row exists before the transaction locks it. Inserting it inside would take
        // a shared lock first, and two hits upgrading theirs deadlock on MariaDB.
        await this.dataSource
          .createQueryBuilder()
          .insert()
          .into(RateLimitBucket)
          .values({ key, hits: 0, windowStartedAt: now })
          .orIgnore()
          .execute();
        return this.hitExisting(key, rule, now);
      },
      // A reset between the insert and the lock removed the row: insert it again.
      (error) => isLockConflict(error) || error instanceof EntityNotFoundError,
    );
  }

  private hitExisting(key: string, rule: RateLimit, now: Date): Promise<RateLimitState> {
    return this.dataSource.transaction(async (manager) => {
      const bucket = await this.lockedBucket(manager, key);
      const expired = now.getTime() - bucket.windowStartedAt.getTime() >= rule.windowSeconds * 1000;
      bucket.hits = expired ? 1 : bucket.hits + 1;
      if (expired) bucket.windowStartedAt = now;
      await manager
        .getRepository(RateLimitBucket)
        .update({ key }, { hits: bucket.hits, windowStartedAt: bucket.windowStartedAt });
      return this.state(bucket, rule, now);
    });
  }

  async reset(key: string): Promise<void> {
    await this.dataSource.getRepository(RateLimitBucket).delete({ key: storedKey(key) });
  }

  private async lockedBucket(manager: EntityManager, key: string): Promise<RateLimitBucket> {
    return forUpdate(
      manager.getRepository(RateLimitBucket).createQueryBuilder('b').where('b.key = :key', { key }),
    ).getOneOrFail();
  }

  private state(bucket: RateLimitBucket | null, rule: RateLimit, now: Date): RateLimitState {
    if (!bucket) return { allowed: true, hits: 0, retryAfterSeconds: 0 };
    const ageMs = now.getTime() - bucket.windowStartedAt.getTime();
    if (ageMs >= rule.windowSeconds * 1000) return { allowed: true, hits: 0, retryAfterSeconds: 0 };
    return {
      allowed: bucket.hits <= rule.limit,
      hits: bucket.hits,
      retryAfterSeconds: Math.ceil((rule.windowSeconds * 1000 - ageMs) / 1000),
    };
  }
}
