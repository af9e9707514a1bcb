import type { DataSource, EntityManager } from 'typeorm';
import { RateLimitBucket } from './rate-limit-bucket.entity.js';
import { forUpdate } from './locking.js';

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
 * the same counts. A hit is one row lock in a short transaction.
 */
export class RateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  /** Reads a bucket without counting. */
  async peek(key: string, rule: RateLimit, now = new Date()): Promise<RateLimitState> {
    const bucket = await this.dataSource.getRepository(RateLimitBucket).findOneBy({ key });
    const state = this.state(bucket, rule, now);
    // One more hit would exceed the limit once `limit` hits are counted.
    return { ...state, allowed: state.hits < rule.limit };
  }

  /** Counts one hit and says whether it was within the limit. */
  async hit(key: string, rule: RateLimit, now = new Date()): Promise<RateLimitState> {
    return this.dataSource.transaction(async (manager) => {
      const bucket = await this.lockedBucket(manager, key, now);
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
    await this.dataSource.getRepository(RateLimitBucket).delete({ key });
  }

  private async lockedBucket(manager: EntityManager, key: string, now: Date): Promise<RateLimitBucket> {
    // Insert-or-ignore first so that the locking read below always finds a row.
    await manager
      .createQueryBuilder()
      .insert()
      .into(RateLimitBucket)
      .values({ key, hits: 0, windowStartedAt: now })
      .orIgnore()
      .execute();
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
