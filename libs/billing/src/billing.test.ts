import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AmountError,
  chargeHour,
  DEFAULT_PRICES,
  divideHalfEven,
  estimateMonthly,
  formatAmount,
  NO_USAGE,
  parseAmount,
  roundTo,
  type HourOfUsage,
} from './index.js';

describe('money', () => {
  it('reads and writes decimal strings exactly, refusing what it would have to round', () => {
    expect(parseAmount('12.34')).toBe(12_340_000n);
    expect(formatAmount(12_340_000n)).toBe('12.340000');
    expect(formatAmount(-5n)).toBe('-0.000005');
    expect(parseAmount('-0.5', { allowNegative: true })).toBe(-500_000n);
    for (const bad of ['1.2345678', '-1', '1e3', '', '0x10', '1,5', ' . '])
      expect(() => parseAmount(bad), bad).toThrow(AmountError);
  });

  it('rounds half to even, whatever the sign', () => {
    expect([5n, 15n, 25n, -5n, -15n, 14n, 16n].map((n) => divideHalfEven(n, 10n))).toEqual([
      0n,
      2n,
      2n,
      0n,
      -2n,
      1n,
      2n,
    ]);
    expect(roundTo(12_345_000n)).toBe(12_340_000n); // 12.345 → 12.34 (4 is even)
    expect(roundTo(12_355_000n)).toBe(12_360_000n);
  });

  it('round-trips every amount through its string', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n - 1n), max: 10n ** 18n - 1n }), (micros) => {
        expect(parseAmount(formatAmount(micros), { allowNegative: true })).toBe(micros);
      }),
    );
  });
});

const usage = fc.record({
  cpuMicroseconds: fc.bigInt({ min: 0n, max: 10n ** 10n }),
  memoryByteSeconds: fc.bigInt({ min: 0n, max: 10n ** 16n }),
  diskByteSeconds: fc.bigInt({ min: 0n, max: 10n ** 17n }),
  trafficBytes: fc.bigInt({ min: 0n, max: 10n ** 13n }),
  ioOperations: fc.bigInt({ min: 0n, max: 10n ** 10n }),
  mysqlBusyMicroseconds: fc.bigInt({ min: 0n, max: 10n ** 10n }),
}) as fc.Arbitrary<HourOfUsage>;

describe('charging an hour of usage', () => {
  it('prices each resource by the published unit', () => {
    const hour: HourOfUsage = {
      ...NO_USAGE,
      cpuMicroseconds: 10_000_000n, // 10 CPU seconds
      memoryByteSeconds: 512_000_000n * 3600n, // 0.512 GB for an hour
      trafficBytes: 3_000_000_000n, // 3 GB
    };
    const charge = chargeHour(hour, DEFAULT_PRICES);
    expect(charge.breakdown.cpuSecond).toBe(2_000_000n); // 10 × 0.0002 EUR
    expect(charge.breakdown.memoryGbHour).toBe(5_120_000n);
    expect(charge.breakdown.trafficGb).toBe(60_000_000n);
    expect(charge.micros).toBe(67_120n);
    expect(charge.carry).toBe(0n);
  });

  it('charges a tiny site exactly over many hours instead of rounding it to nothing', () => {
    // 1 ms of CPU an hour is 0.2 micro-euros: nothing in any single hour, yet it adds up.
    const hour = { ...NO_USAGE, cpuMicroseconds: 1000n };
    let carry = 0n;
    let charged = 0n;
    for (let h = 0; h < 1000; h++) {
      const charge = chargeHour(hour, DEFAULT_PRICES, carry);
      charged += charge.micros;
      carry = charge.carry;
    }
    expect(charged).toBe(200n);
    expect(carry).toBe(0n);
  });

  it('never loses or invents money: charged plus carry is the exact sum, hour after hour', () => {
    fc.assert(
      fc.property(fc.array(usage, { minLength: 1, maxLength: 20 }), (hours) => {
        let carry = 0n;
        let charged = 0n;
        let exact = 0n;
        for (const hour of hours) {
          const charge = chargeHour(hour, DEFAULT_PRICES, carry);
          expect(charge.carry >= 0n && charge.carry < 1000n).toBe(true);
          expect(charge.micros >= 0n).toBe(true);
          exact += Object.values(charge.breakdown).reduce((a, b) => a + b, 0n);
          charged += charge.micros;
          carry = charge.carry;
        }
        expect(charged * 1000n + carry).toBe(exact);
      }),
    );
  });
});

describe('the cost calculator', () => {
  it('keeps the promise: a typical CMS site with 1,000 visitors a day costs well under 30 EUR a month', () => {
    const estimate = estimateMonthly(1, 1000, 'cms', DEFAULT_PRICES);
    expect(estimate.monthly).toBeLessThan(30n * 1_000_000n);
    expect(estimate.monthly).toBeGreaterThan(1_000_000n);
    expect(Object.values(estimate.breakdown).reduce((a, b) => a + b, 0n)).toBeLessThanOrEqual(estimate.monthly);
    const shop = estimateMonthly(1, 1000, 'shop', DEFAULT_PRICES);
    const statics = estimateMonthly(1, 1000, 'static', DEFAULT_PRICES);
    expect(statics.monthly < estimate.monthly && estimate.monthly < shop.monthly).toBe(true);
    // Three sites cost three times one, give or take the micro-euros one site rounds away.
    const three = estimateMonthly(3, 1000, 'cms', DEFAULT_PRICES).monthly;
    expect(three - 3n * estimate.monthly >= 0n && three - 3n * estimate.monthly < 3n).toBe(true);
  });

  it('refuses numbers it cannot mean', () => {
    expect(() => estimateMonthly(0, 10, 'cms', DEFAULT_PRICES)).toThrow(RangeError);
    expect(() => estimateMonthly(1, -1, 'cms', DEFAULT_PRICES)).toThrow(RangeError);
    expect(() => estimateMonthly(1.5, 10, 'cms', DEFAULT_PRICES)).toThrow(RangeError);
  });
});
