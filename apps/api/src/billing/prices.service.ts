import { DEFAULT_PRICES, pricesAt, RESOURCES, type DatedPrices, type PriceList } from '@elasticweb/billing';
import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '../common/db-errors.js';
import { ConflictError, InvalidInputError } from '../common/errors.js';
import { newId } from '../common/ids.js';
import { msg } from '../common/msg.js';
import { PriceListRow } from './billing.entities.js';

const HOUR = 3600_000;
/** Price lists are re-read this often, so a new one reaches every replica within a minute. */
const CACHE_MS = 60_000;

/** A price-list figure in euros with up to nine places (nano-euros), such as "0.0002". */
export function parseNanoPrice(text: string, field: string): bigint {
  const match = /^(\d{1,6})(?:\.(\d{1,9}))?$/.exec(String(text).trim());
  if (!match) throw new InvalidInputError(field, msg('Enter a price in euros with up to nine decimal places.'));
  return BigInt(match[1]!) * 1_000_000_000n + BigInt((match[2] ?? '').padEnd(9, '0'));
}

/** Nano-euros as euros, trailing zeros dropped ("0.0002"). */
export function formatNanoPrice(nanos: bigint): string {
  const text = `${nanos / 1_000_000_000n}.${(nanos % 1_000_000_000n).toString().padStart(9, '0')}`;
  return text.replace(/0+$/, '').replace(/\.$/, '');
}

const pricesOf = (row: PriceListRow): PriceList => ({
  cpuSecond: row.cpuSecond,
  memoryGbHour: row.memoryGbHour,
  diskGbDay: row.diskGbDay,
  trafficGb: row.trafficGb,
  millionIoOperations: row.millionIoOperations,
  mysqlBusyHour: row.mysqlBusyHour,
});

/**
 * The published price lists. Each starts at a full hour and stays in force until the
 * next one; a new list may only start in the future, so no charge changes after the fact.
 * Before any list is published, libs/billing's defaults apply.
 */
export class PricesService {
  private cache: { at: number; lists: DatedPrices[] } | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async lists(): Promise<DatedPrices[]> {
    if (this.cache && Date.now() - this.cache.at < CACHE_MS) return this.cache.lists;
    const rows = await this.dataSource.getRepository(PriceListRow).find({ order: { validFrom: 'ASC' } });
    const lists = rows.map((row) => ({ validFrom: row.validFrom, prices: pricesOf(row) }));
    this.cache = { at: Date.now(), lists };
    return lists;
  }

  async at(moment: Date): Promise<PriceList> {
    return pricesAt(await this.lists(), moment, DEFAULT_PRICES);
  }

  /** Every list with its period, newest first, and the defaults as the first period. */
  async history(now = new Date()) {
    const lists = await this.lists();
    const periods = [{ validFrom: new Date(0), prices: DEFAULT_PRICES }, ...lists];
    return periods
      .map((list, i) => ({
        validFrom: list.validFrom,
        validUntil: periods[i + 1]?.validFrom ?? null,
        prices: list.prices,
        isCurrent: list.validFrom <= now && (!periods[i + 1] || periods[i + 1]!.validFrom > now),
      }))
      .reverse();
  }

  /** Publishes a list from a future full hour; nothing already charged changes. */
  async schedule(input: Record<keyof PriceList, string> & { validFrom: Date }, adminId: string, now = new Date()) {
    const validFrom = new Date(input.validFrom);
    if (Number.isNaN(validFrom.getTime()) || validFrom.getTime() % HOUR !== 0)
      throw new InvalidInputError('validFrom', msg('A price list starts at a full hour.'));
    if (validFrom.getTime() <= now.getTime())
      throw new InvalidInputError('validFrom', msg('A price list can only start in the future.'));
    const prices = Object.fromEntries(
      RESOURCES.map((resource) => [resource, parseNanoPrice(input[resource], resource)]),
    ) as unknown as PriceList;
    try {
      await this.dataSource
        .getRepository(PriceListRow)
        .insert({ id: newId(), validFrom, ...prices, createdBy: adminId, createdAt: now });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError('validFrom', msg('Another price list already starts at that time.'));
      throw error;
    }
    this.cache = null;
  }
}

export const priceFigures = (prices: PriceList) =>
  Object.fromEntries(RESOURCES.map((r) => [r, formatNanoPrice(prices[r])])) as Record<keyof PriceList, string>;
