import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromFolders, extractStrings } from './extract-strings.js';
import { SEED_LANGUAGES } from './seed/index.js';
import { isPlural, pluralCategoriesOf } from './translation-map.js';

const root = resolve(import.meta.dirname, '../../../..');
const strings = extractFromFolders([
  resolve(root, 'apps/api/src'),
  resolve(root, 'apps/web/src'),
  resolve(root, 'libs/nginx/src'),
]);

describe('the string extractor', () => {
  it('finds t(), i18next.t() and msg() literals, and skips comments and templates with values', () => {
    const source = `
      // t('in a comment')
      const a = t('Sites'); const b = msg("Don't panic"); i18next.t('It\\'s {{count}} sites', { count });
      t(\`Plain template\`); t(\`With \${value}\`); split('x'); format('y');`;
    expect(extractStrings(source)).toEqual(['Sites', "Don't panic", "It's {{count}} sites", 'Plain template']);
  });

  it('finds the strings of the panel and the API', () => {
    expect(strings.has('Add your first site')).toBe(true);
    expect(strings.has('Wrong e-mail or password.')).toBe(true);
    expect(strings.size).toBeGreaterThan(150);
  });
});

describe('the Russian seed', () => {
  const ru = SEED_LANGUAGES.ru!.strings;

  it('translates every string of the code', () => {
    const missing = [...strings.keys()].filter((text) => !(text in ru));
    expect(missing, `strings without a Russian translation:\n${missing.join('\n')}`).toEqual([]);
  });

  it('gives every counting string all Russian plural forms', () => {
    const categories = pluralCategoriesOf('ru');
    for (const text of [...strings.keys()].filter(isPlural)) {
      const value = ru[text];
      expect(typeof value, text).toBe('object');
      for (const category of categories)
        expect((value as Record<string, string>)[category], `${text} (${category})`).toBeTruthy();
    }
  });

  it('keeps the placeholders of the English text', () => {
    const names = (text: string) =>
      [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
        .map((m) => m[1])
        .filter((n) => n !== 'count')
        .sort();
    for (const [text, value] of Object.entries(ru)) {
      for (const form of typeof value === 'string' ? [value] : Object.values(value))
        expect(names(form!), text).toEqual(names(text));
    }
  });

  it('has no leftovers: every seeded string is still used', () => {
    const unused = Object.keys(ru).filter((text) => !strings.has(text));
    expect(unused, `seeded strings the code no longer uses:\n${unused.join('\n')}`).toEqual([]);
  });
});
