import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '../common/db-errors.js';
import { JobLease } from './job-lease.entity.js';

/**
 * Takes a scheduled job's lease if it is free, expired or already ours: one row per
 * job, claimed with a conditional UPDATE, so with several API replicas one does the
 * work and the others return at once. Null when another replica holds it.
 */
export async function claimJobLease(
  dataSource: DataSource,
  name: string,
  owner: string,
  now: Date,
  leaseMs: number,
): Promise<JobLease | null> {
  const repository = dataSource.getRepository(JobLease);
  const leaseUntil = new Date(now.getTime() + leaseMs);
  try {
    await repository.insert({ name, owner, leaseUntil, watermark: null });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const claimed = await repository
      .createQueryBuilder()
      .update(JobLease)
      .set({ owner, leaseUntil })
      .where('name = :name AND (lease_until < :now OR owner = :owner)', { name, now, owner })
      .execute();
    if (claimed.affected !== 1) return null;
  }
  return repository.findOneBy({ name });
}

/** Records how far the job got, if this replica still holds its lease. */
export async function saveJobWatermark(dataSource: DataSource, name: string, owner: string, watermark: Date) {
  await dataSource.getRepository(JobLease).update({ name, owner }, { watermark });
}
