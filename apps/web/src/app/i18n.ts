import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { reportMissingString } from './missing-strings';

/** Languages offered before the server's list arrives; administrators add more in the panel. */
export const BUILT_IN_LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'ru', name: 'Русский' },
] as const;

const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/;

export function isLanguageCode(value: string | undefined): value is string {
  return LANGUAGE_CODE.test(value ?? '');
}

/** The browser's preferred language among the built-in ones, for `/` and first visits. */
export function browserLanguage(): string {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const lang = tag.toLowerCase().split('-')[0];
    if (BUILT_IN_LANGUAGES.some((l) => l.code === lang)) return lang!;
  }
  return 'en';
}

/**
 * Loads a language's map from `/i18n/{lang}.json`. The API sends an ETag with
 * `Cache-Control: no-cache`, so the browser revalidates and usually gets a bodiless 304.
 */
const databaseBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    fetch(`/i18n/${language}.json`, { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status}`))))
      .then(
        (map: Record<string, string>) => callback(null, map),
        (error: Error) => callback(error, false),
      );
  },
};

const firstSegment = window.location.pathname.split('/')[1];

/**
 * English text is the key (DESIGN.md, Translations). Text without a row in the
 * reader's language shows in English and is reported once for translators.
 */
void i18next
  .use(databaseBackend)
  .use(initReactI18next)
  .init({
    lng: isLanguageCode(firstSegment) ? firstSegment : browserLanguage(),
    fallbackLng: 'en',
    load: 'currentOnly',
    keySeparator: false,
    nsSeparator: false,
    returnEmptyString: false,
    // React escapes every text it renders; escaping here too would show &lt; to people.
    interpolation: { escapeValue: false },
    saveMissing: true,
    // English pages show the source text itself; only other languages can lack a row.
    missingKeyHandler: (_languages, _namespace, key) => {
      if (i18next.language !== 'en') reportMissingString(key);
    },
    react: { useSuspense: true },
  });

export default i18next;
