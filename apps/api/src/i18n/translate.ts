import type { MessageParams } from '../common/errors.js';

/**
 * The one lookup for user-visible text in the API: English source text in, the
 * reader's language out, `{{name}}` placeholders filled. Until the database-backed
 * translations land (its own issue) every language falls back to English, which is
 * what i18next does for a string without a row.
 */
export function translate(_language: string, text: string, params: MessageParams = {}): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
