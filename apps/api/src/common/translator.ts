import type { MessageParams } from './errors.js';

/**
 * Puts English source text into a language. The i18n module implements it; modules that
 * stand before i18n in the order (accounts, for its e-mails) are handed one.
 */
export interface Translator {
  translate(language: string, text: string, params?: MessageParams): Promise<string>;
  /** Whether the panel offers this language. */
  isOffered(language: string): Promise<boolean>;
}
