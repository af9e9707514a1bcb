import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useParams } from 'react-router';
import { browserLanguage, isLanguageCode } from './i18n';

/** The first URL segment is the language; a segment that is no language code is replaced. */
export function LanguageRoute() {
  const { lang } = useParams();
  const location = useLocation();
  const { i18n } = useTranslation();
  useEffect(() => {
    if (isLanguageCode(lang)) {
      document.documentElement.lang = lang;
      if (i18n.language !== lang) void i18n.changeLanguage(lang);
    }
  }, [lang, i18n]);
  if (!isLanguageCode(lang)) {
    return <Navigate to={`/${browserLanguage()}${location.pathname}${location.search}${location.hash}`} replace />;
  }
  return <Outlet />;
}

/** Builds an in-app path in the current language: `useLangPath()('/sites')` -> `/en/sites`. */
export function useLangPath(): (path: string) => string {
  const { lang } = useParams();
  return (path) => `/${isLanguageCode(lang) ? lang : 'en'}${path}`;
}
