import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { LANGUAGE_NAMES, LANGUAGES } from '../app/i18n';

/** Links to the same page in the other languages: the language is the URL's first segment. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { lang } = useParams();
  const { pathname, search, hash } = useLocation();
  const rest = pathname.replace(/^\/[^/]+/, '');
  return (
    <nav className="language-switcher" aria-label={t('Language')}>
      {LANGUAGES.map((code) =>
        code === lang ? (
          <span key={code} aria-current="true">
            {LANGUAGE_NAMES[code]}
          </span>
        ) : (
          <Link key={code} to={`/${code}${rest}${search}${hash}`} hrefLang={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </Link>
        ),
      )}
    </nav>
  );
}
