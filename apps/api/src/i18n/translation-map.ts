import { createHash } from 'node:crypto';
import type { MessageParam } from '../common/errors.js';

/** The plural categories CLDR uses; each language uses some of them (Intl.PluralRules tells which). */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];
export type PluralForms = Partial<Record<PluralCategory, string>>;

export interface TranslationRow {
  text: string;
  context: string;
  translation: string;
  pluralForms: PluralForms | null;
}

export function sourceHash(text: string, context: string): string {
  return createHash('sha256').update(`${context}\u0004${text}`, 'utf8').digest('hex');
}

/** i18next's key for a source string: the English text, `_CONTEXT` appended when there is one. */
export function i18nextKey(text: string, context: string): string {
  return context ? `${text}_${context}` : text;
}

/** A string takes plural forms when it counts something. */
export function isPlural(text: string): boolean {
  return /\{\{\s*count\s*\}\}/.test(text);
}

export function pluralCategoriesOf(language: string): PluralCategory[] {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories as PluralCategory[];
}

/**
 * The map a client loads, in i18next's JSON form: English text -> translation, with
 * `_one`, `_few`, `_many`, `_other` keys for plural strings (DESIGN.md, Translations).
 */
export function buildTranslationMap(rows: readonly TranslationRow[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const row of rows) {
    const key = i18nextKey(row.text, row.context);
    if (row.pluralForms) {
      for (const [category, form] of Object.entries(row.pluralForms)) if (form) map[`${key}_${category}`] = form;
    } else {
      map[key] = row.translation;
    }
  }
  return map;
}

/**
 * Looks a text up in a map and fills `{{name}}` placeholders. A `count` parameter
 * picks the plural form by the language's rules; a parameter that is itself a
 * `{ text, params }` message is translated first.
 */
export function lookUp(
  map: Readonly<Record<string, string>>,
  language: string,
  text: string,
  params: Readonly<Record<string, MessageParam>> = {},
): string {
  let template: string | undefined;
  if (typeof params.count === 'number') {
    const category = new Intl.PluralRules(language).select(params.count);
    template = map[`${text}_${category}`] ?? map[`${text}_other`];
  }
  template ??= map[text] ?? text;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'object' ? lookUp(map, language, value.text, value.params) : String(value);
  });
}
