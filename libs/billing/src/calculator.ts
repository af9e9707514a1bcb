import { chargeHour, NO_USAGE, type HourOfUsage, type PriceList, type Resource } from './pricing.js';
import type { Micros } from './money.js';

export type SiteKind = 'static' | 'cms' | 'shop';

/**
 * The calculator's model of what one visit costs in resources, and what a site holds
 * while idle — documented here because customers plan with it:
 *
 * | kind   | CPU per visit | traffic per visit | MySQL per visit | IO per visit | memory (avg) | disk  |
 * |--------|---------------|-------------------|-----------------|--------------|--------------|-------|
 * | static | 2 ms          | 0.5 MB            | —               | 5 ops        | 16 MB        | 0.2 GB |
 * | cms    | 150 ms        | 2 MB              | 10 ms           | 200 ops      | 128 MB       | 1 GB  |
 * | shop   | 450 ms        | 4 MB              | 50 ms           | 800 ops      | 512 MB       | 5 GB  |
 *
 * (A CMS visit is about three page views of 50 ms of PHP each.)
 */
export const VISIT_MODEL: Record<
  SiteKind,
  { cpuMs: number; trafficMb: number; mysqlMs: number; ioOps: number; memoryMb: number; diskGb: number }
> = {
  static: { cpuMs: 2, trafficMb: 0.5, mysqlMs: 0, ioOps: 5, memoryMb: 16, diskGb: 0.2 },
  cms: { cpuMs: 150, trafficMb: 2, mysqlMs: 10, ioOps: 200, memoryMb: 128, diskGb: 1 },
  shop: { cpuMs: 450, trafficMb: 4, mysqlMs: 50, ioOps: 800, memoryMb: 512, diskGb: 5 },
};

const DAYS_PER_MONTH = 30;

export interface Estimate {
  monthly: Micros;
  breakdown: Record<Resource, Micros>;
}

/** What `sites` sites of a kind with `visitorsPerDay` visitors a day each cost in a 30-day month. */
export function estimateMonthly(sites: number, visitorsPerDay: number, kind: SiteKind, prices: PriceList): Estimate {
  if (!Number.isInteger(sites) || sites < 1 || sites > 1000) throw new RangeError('sites: 1 to 1,000');
  if (!Number.isInteger(visitorsPerDay) || visitorsPerDay < 0 || visitorsPerDay > 10_000_000)
    throw new RangeError('visitors a day: 0 to 10,000,000');
  const model = VISIT_MODEL[kind];
  const visits = BigInt(sites) * BigInt(visitorsPerDay) * BigInt(DAYS_PER_MONTH);
  const seconds = BigInt(DAYS_PER_MONTH * 86_400);
  const usage: HourOfUsage = {
    ...NO_USAGE,
    cpuMicroseconds: visits * BigInt(model.cpuMs * 1000),
    trafficBytes: visits * BigInt(Math.round(model.trafficMb * 1e6)),
    mysqlBusyMicroseconds: visits * BigInt(model.mysqlMs * 1000),
    ioOperations: visits * BigInt(model.ioOps),
    memoryByteSeconds: BigInt(sites) * BigInt(model.memoryMb * 1e6) * seconds,
    diskByteSeconds: BigInt(sites) * BigInt(Math.round(model.diskGb * 1e9)) * seconds,
  };
  const charge = chargeHour(usage, prices);
  const breakdown = {} as Record<Resource, Micros>;
  for (const [resource, nanos] of Object.entries(charge.breakdown)) breakdown[resource as Resource] = nanos / 1000n;
  return { monthly: charge.micros, breakdown };
}
