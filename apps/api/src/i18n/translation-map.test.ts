import { describe, expect, it } from 'vitest';
import { buildTranslationMap, lookUp, pluralCategoriesOf } from './translation-map.js';

const ru = buildTranslationMap([
  {
    text: '{{count}} sites',
    context: '',
    translation: '{{count}} сайта',
    pluralForms: { one: '{{count}} сайт', few: '{{count}} сайта', many: '{{count}} сайтов', other: '{{count}} сайта' },
  },
  { text: 'Sites', context: '', translation: 'Сайты', pluralForms: null },
  { text: 'Open', context: 'door', translation: 'Открыть', pluralForms: null },
  {
    text: 'Alias “{{alias}}”: {{reason}}',
    context: '',
    translation: 'Псевдоним «{{alias}}»: {{reason}}',
    pluralForms: null,
  },
  { text: 'Enter a domain name.', context: '', translation: 'Введите доменное имя.', pluralForms: null },
]);

describe('translation maps', () => {
  it('are in i18next form: English keys, plural and context suffixes', () => {
    expect(ru).toMatchObject({ Sites: 'Сайты', '{{count}} sites_few': '{{count}} сайта', Open_door: 'Открыть' });
    expect(ru['{{count}} sites']).toBeUndefined();
  });

  it('pick Russian plural forms: 1 сайт, 2 сайта, 5 сайтов, 21 сайт', () => {
    expect([1, 2, 5, 11, 21, 22, 25].map((count) => lookUp(ru, 'ru', '{{count}} sites', { count }))).toEqual([
      '1 сайт',
      '2 сайта',
      '5 сайтов',
      '11 сайтов',
      '21 сайт',
      '22 сайта',
      '25 сайтов',
    ]);
  });

  it('pick English plural forms and fall back to the English text', () => {
    const en = buildTranslationMap([
      {
        text: '{{count}} sites',
        context: '',
        translation: '{{count}} sites',
        pluralForms: { one: '{{count}} site', other: '{{count}} sites' },
      },
    ]);
    expect(lookUp(en, 'en', '{{count}} sites', { count: 1 })).toBe('1 site');
    expect(lookUp(en, 'en', '{{count}} sites', { count: 3 })).toBe('3 sites');
    expect(lookUp(en, 'en', 'No row for this')).toBe('No row for this');
  });

  it('translate nested messages given as parameters', () => {
    expect(
      lookUp(ru, 'ru', 'Alias “{{alias}}”: {{reason}}', { alias: 'x_y', reason: { text: 'Enter a domain name.' } }),
    ).toBe('Псевдоним «x_y»: Введите доменное имя.');
  });

  it('know each language’s plural categories', () => {
    expect(pluralCategoriesOf('ru')).toEqual(expect.arrayContaining(['one', 'few', 'many', 'other']));
    expect(pluralCategoriesOf('en')).toEqual(['one', 'other']);
  });
});
