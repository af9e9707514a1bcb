import { splitNanos, type Micros, type Nanos } from './money.js';

/**
 * What an hour of an account's usage consists of, in integer base units, so the price
 * can be computed exactly: CPU in microseconds, memory and disk as byte-seconds (an
 * average times the seconds it lasted), traffic in bytes, IO in operations, MySQL busy
 * time in microseconds.
 */
export interface HourOfUsage {
  cpuMicroseconds: bigint;
  memoryByteSeconds: bigint;
  diskByteSeconds: bigint;
  trafficBytes: bigint;
  ioOperations: bigint;
  mysqlBusyMicroseconds: bigint;
}

/** Prices in nano-euros per the unit customers read on the price list (GB is 10^9 bytes). */
export interface PriceList {
  cpuSecond: Nanos;
  memoryGbHour: Nanos;
  diskGbDay: Nanos;
  trafficGb: Nanos;
  millionIoOperations: Nanos;
  mysqlBusyHour: Nanos;
}

export type Resource = keyof PriceList;

/** How many base units make one price-list unit. */
const UNIT: Record<Resource, { field: keyof HourOfUsage; size: bigint }> = {
  cpuSecond: { field: 'cpuMicroseconds', size: 1_000_000n },
  memoryGbHour: { field: 'memoryByteSeconds', size: 1_000_000_000n * 3600n },
  diskGbDay: { field: 'diskByteSeconds', size: 1_000_000_000n * 86_400n },
  trafficGb: { field: 'trafficBytes', size: 1_000_000_000n },
  millionIoOperations: { field: 'ioOperations', size: 1_000_000n },
  mysqlBusyHour: { field: 'mysqlBusyMicroseconds', size: 3_600_000_000n },
};
export const RESOURCES = Object.keys(UNIT) as Resource[];

/**
 * The published default prices. A typical CMS site with 1,000 visitors a day costs about
 * 3 EUR a month with them (see calculator.ts), well inside the 30 EUR promise.
 */
export const DEFAULT_PRICES: PriceList = {
  cpuSecond: 200_000n, // 0.0002 EUR
  memoryGbHour: 10_000_000n, // 0.01 EUR
  diskGbDay: 5_000_000n, // 0.005 EUR
  trafficGb: 20_000_000n, // 0.02 EUR
  millionIoOperations: 50_000_000n, // 0.05 EUR
  mysqlBusyHour: 500_000_000n, // 0.50 EUR
};

export interface Charge {
  /** Whole micro-euros to charge for the hour. */
  micros: Micros;
  /** Below one micro-euro: carried into the account's next hour, so small sites are charged exactly. */
  carry: Nanos;
  /** Nano-euros per resource, before the carry. */
  breakdown: Record<Resource, Nanos>;
}

/**
 * Prices an hour of usage. Each resource is computed in nano-euros (what is below a
 * nano-euro per resource is dropped: less than a thousandth of a cent a year); the
 * carry from the previous hour is added, whole micro-euros are charged and the rest is
 * carried again.
 */
export function chargeHour(usage: HourOfUsage, prices: PriceList, carried: Nanos = 0n): Charge {
  const breakdown = {} as Record<Resource, Nanos>;
  let total = carried;
  for (const resource of RESOURCES) {
    const { field, size } = UNIT[resource];
    const quantity = usage[field];
    if (quantity < 0n) throw new RangeError(`negative usage: ${field}`);
    const nanos = (quantity * prices[resource]) / size;
    breakdown[resource] = nanos;
    total += nanos;
  }
  const { micros, carry } = splitNanos(total);
  return { micros, carry, breakdown };
}

export const NO_USAGE: HourOfUsage = {
  cpuMicroseconds: 0n,
  memoryByteSeconds: 0n,
  diskByteSeconds: 0n,
  trafficBytes: 0n,
  ioOperations: 0n,
  mysqlBusyMicroseconds: 0n,
};
