import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский' };

export function isLanguage(value: string | undefined): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}

/** The browser's preferred language among ours, for `/` and first visits. */
export function browserLanguage(): Language {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const lang = tag.toLowerCase().split('-')[0];
    if (isLanguage(lang)) return lang;
  }
  return 'en';
}

/**
 * English text is the key (DESIGN.md, Translations): `t('Create site')`. Until the
 * database-backed maps land, English is served from the keys themselves; only
 * English plural forms need entries.
 */
void i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  keySeparator: false,
  nsSeparator: false,
  returnEmptyString: false,
  interpolation: { escapeValue: false },
  resources: {
    en: {
      translation: {
        '{{count}} sites_one': '{{count}} site',
        '{{count}} sites_other': '{{count}} sites',
        '+ {{count}} aliases_one': '+ {{count}} alias',
        '+ {{count}} aliases_other': '+ {{count}} aliases',
      },
    },
  },
});

export default i18next;
