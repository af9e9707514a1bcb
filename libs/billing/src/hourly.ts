import { chargeHour, NO_USAGE, RESOURCES, type HourOfUsage, type PriceList, type Resource } from './pricing.js';
import { divideHalfEven, type Micros, type Nanos } from './money.js';

/** One hourly rollup line as the usage statistics keep it: a site (or '' for the account's own line) and a metric. */
export interface RollupLine {
  siteKey: string;
  metric: string;
  /** Counters: the hour's total. Gauges: the sum of the interval averages. */
  sum: number;
  /** Intervals summed; a gauge's hourly average is sum / count. */
  count: number;
}

/** What an account-hour costs, in nano-euros, by resource and by site (site '' is the account's own line). */
export interface PricedHour {
  nanos: Nanos;
  resources: Record<Resource, Nanos>;
  sites: Record<string, Nanos>;
}

const GAUGE = new Set(['memory_bytes', 'disk_bytes', 'db_size_bytes']);

/**
 * Turns one account-hour of rollups into usage in exact base units. Memory and disk are
 * charged from their hourly average held for the whole hour (byte-seconds), not a point
 * value; the database's size counts as disk.
 */
export function usageOfLines(lines: readonly RollupLine[]): HourOfUsage {
  const total = (metric: string) =>
    lines
      .filter((l) => l.metric === metric)
      .reduce((sum, l) => sum + (GAUGE.has(metric) ? l.sum / Math.max(1, l.count) : l.sum), 0);
  const whole = (value: number) => BigInt(Math.max(0, Math.round(value)));
  return {
    ...NO_USAGE,
    cpuMicroseconds: whole(total('cpu_seconds') * 1e6),
    memoryByteSeconds: whole(total('memory_bytes')) * 3600n,
    diskByteSeconds: whole(total('disk_bytes') + total('db_size_bytes')) * 3600n,
    trafficBytes: whole(total('net_out_bytes') + total('net_in_bytes')),
    ioOperations: whole(total('io_ops')),
    mysqlBusyMicroseconds: whole(total('mysql_busy_seconds') * 1e6),
  };
}

/** Prices an account-hour site by site, so the breakdown by site adds up to the total exactly. */
export function priceHour(lines: readonly RollupLine[], prices: PriceList): PricedHour {
  const bySite = new Map<string, RollupLine[]>();
  for (const line of lines) bySite.set(line.siteKey, [...(bySite.get(line.siteKey) ?? []), line]);
  const resources = Object.fromEntries(RESOURCES.map((r) => [r, 0n])) as Record<Resource, Nanos>;
  const sites: Record<string, Nanos> = {};
  let nanos = 0n;
  for (const [siteKey, siteLines] of bySite) {
    const { breakdown } = chargeHour(usageOfLines(siteLines), prices);
    let siteTotal = 0n;
    for (const resource of RESOURCES) {
      resources[resource] += breakdown[resource];
      siteTotal += breakdown[resource];
    }
    if (siteTotal !== 0n) sites[siteKey] = siteTotal;
    nanos += siteTotal;
  }
  return { nanos, resources, sites };
}

/** The difference between a repriced hour and what was already charged for it: what a correction adds. */
export function subtractPriced(now: PricedHour, before: PricedHour): PricedHour {
  const resources = {} as Record<Resource, Nanos>;
  for (const r of RESOURCES) resources[r] = now.resources[r] - before.resources[r];
  const sites: Record<string, Nanos> = {};
  for (const key of new Set([...Object.keys(now.sites), ...Object.keys(before.sites)])) {
    const delta = (now.sites[key] ?? 0n) - (before.sites[key] ?? 0n);
    if (delta !== 0n) sites[key] = delta;
  }
  return { nanos: now.nanos - before.nanos, resources, sites };
}

export const NOTHING_PRICED: PricedHour = {
  nanos: 0n,
  resources: Object.fromEntries(RESOURCES.map((r) => [r, 0n])) as Record<Resource, Nanos>,
  sites: {},
};

/**
 * Adds nano-euros to an account's carry and splits off whole micro-euros: positive to
 * charge, negative to give back (a correction that lowered an hour), the carry always
 * in [0, 1000) so nothing is rounded away.
 */
export function settleNanos(carry: Nanos, delta: Nanos): { micros: Micros; carry: Nanos } {
  const total = carry + delta;
  let micros = total / 1000n;
  if (total < 0n && micros * 1000n !== total) micros -= 1n; // floor, not truncation
  return { micros, carry: total - micros * 1000n };
}

/** A dated price list; the one in force at a moment is the latest that started at or before it. */
export interface DatedPrices {
  validFrom: Date;
  prices: PriceList;
}

export function pricesAt(lists: readonly DatedPrices[], at: Date, fallback: PriceList): PriceList {
  let best: DatedPrices | null = null;
  for (const list of lists)
    if (list.validFrom.getTime() <= at.getTime() && (!best || list.validFrom > best.validFrom)) best = list;
  return best?.prices ?? fallback;
}

/** A partner's share of a payment, in basis points, rounded half-even to the micro-euro. */
export function commissionOf(amount: Micros, shareBasisPoints: number): Micros {
  return divideHalfEven(amount * BigInt(shareBasisPoints), 10_000n);
}
