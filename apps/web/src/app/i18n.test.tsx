import { createInstance } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

/** The same settings as the panel's i18next, with a map as the API serves it. */
async function panelI18n(language: string, map: Record<string, string>) {
  const i18n = createInstance();
  await i18n.init({
    lng: language,
    fallbackLng: 'en',
    keySeparator: false,
    nsSeparator: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
    resources: { [language]: { translation: map } },
  });
  return i18n;
}

describe('the panel’s translations', () => {
  it('count in Russian: 1 сайт, 2 сайта, 5 сайтов, 21 сайт', async () => {
    const i18n = await panelI18n('ru', {
      '{{count}} sites_one': '{{count}} сайт',
      '{{count}} sites_few': '{{count}} сайта',
      '{{count}} sites_many': '{{count}} сайтов',
      '{{count}} sites_other': '{{count}} сайта',
    });
    expect([1, 2, 5, 21].map((count) => i18n.t('{{count}} sites', { count }))).toEqual([
      '1 сайт',
      '2 сайта',
      '5 сайтов',
      '21 сайт',
    ]);
  });

  it('fall back to the English text when a string has no row', async () => {
    const i18n = await panelI18n('ru', {});
    expect(i18n.t('Add your first site')).toBe('Add your first site');
  });

  it('escape HTML in interpolated values when React renders them', async () => {
    const i18n = await panelI18n('en', {});
    const text = i18n.t('Delete {{domain}}?', { domain: '<img src=x onerror=alert(1)>' });
    const html = renderToStaticMarkup(<h2>{text}</h2>);
    expect(html).toBe('<h2>Delete &lt;img src=x onerror=alert(1)&gt;?</h2>');
  });
});
