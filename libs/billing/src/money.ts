/**
 * Money is an integer number of micro-euros (`bigint`): no float ever holds an amount.
 * Amounts cross the API as decimal strings with six places (`"12.340000"`); one
 * rounding rule, half to even, is applied only when a figure is shown or paid out.
 */
export type Micros = bigint;
/** A thousandth of a micro-euro: the unit usage is priced in before it is charged. */
export type Nanos = bigint;

export const MICROS_PER_EURO = 1_000_000n;
export const NANOS_PER_MICRO = 1_000n;

export class AmountError extends Error {}

/** Reads a decimal string (`"12.34"`, `"-0.5"`) into micro-euros; more than six places is refused, not rounded. */
export function parseAmount(text: string, options: { allowNegative?: boolean } = {}): Micros {
  const match = /^(-)?(\d{1,12})(?:\.(\d{1,6}))?$/.exec(text.trim());
  if (!match) throw new AmountError(`not an amount: ${text}`);
  if (match[1] && !options.allowNegative) throw new AmountError(`a negative amount is not allowed here: ${text}`);
  const micros = BigInt(match[2]!) * MICROS_PER_EURO + BigInt((match[3] ?? '').padEnd(6, '0'));
  return match[1] ? -micros : micros;
}

/** Six places, as the API answers: `12340000n` → `"12.340000"`. */
export function formatAmount(micros: Micros): string {
  const sign = micros < 0n ? '-' : '';
  const abs = micros < 0n ? -micros : micros;
  return `${sign}${abs / MICROS_PER_EURO}.${(abs % MICROS_PER_EURO).toString().padStart(6, '0')}`;
}

/** Integer division rounding half to even (banker's rounding), for any signs. */
export function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  if (denominator < 0n) return divideHalfEven(-numerator, -denominator);
  const quotient = numerator / denominator; // truncates toward zero
  const remainder = numerator - quotient * denominator;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  if (twice < denominator) return quotient;
  const away = numerator < 0n ? quotient - 1n : quotient + 1n;
  if (twice > denominator) return away;
  return quotient % 2n === 0n ? quotient : away;
}

/** An amount rounded half to even to whole cents (or other places), still in micro-euros. */
export function roundTo(micros: Micros, places = 2): Micros {
  const step = 10n ** BigInt(6 - places);
  return divideHalfEven(micros, step) * step;
}

/** Nano-euros into whole micro-euros to charge now, and the remainder to carry into the next hour. */
export function splitNanos(nanos: Nanos): { micros: Micros; carry: Nanos } {
  const micros = nanos / NANOS_PER_MICRO;
  return { micros, carry: nanos - micros * NANOS_PER_MICRO };
}
