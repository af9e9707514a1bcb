import { AmountError, formatAmount, parseAmount } from '@elasticweb/billing';
import { InvalidInputError } from '../common/errors.js';

/** An amount typed by a person, in micro-euros; anything else is a BAD_USER_INPUT on `field`. */
export function parseMoney(text: string, field: string, message: string): bigint {
  try {
    return parseAmount(String(text));
  } catch (error) {
    if (error instanceof AmountError) throw new InvalidInputError(field, message);
    throw error;
  }
}

/** An amount for a message: "12.34", "0.0144" (six places less the trailing zeros of cents). */
export const euros = (micros: bigint) => formatAmount(micros).replace(/0{4}$/, '');
