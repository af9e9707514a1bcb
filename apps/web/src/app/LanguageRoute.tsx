import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useParams } from 'react-router';
import { browserLanguage, isLanguage } from './i18n';

/** The first URL segment is the language; an unknown one is replaced, keeping the rest of the path. */
export function LanguageRoute() {
  const { lang } = useParams();
  const location = useLocation();
  const { i18n } = useTranslation();
  useEffect(() => {
    if (isLanguage(lang) && i18n.language !== lang) {
      void i18n.changeLanguage(lang);
      document.documentElement.lang = lang;
    }
  }, [lang, i18n]);
  if (!isLanguage(lang)) {
    return <Navigate to={`/${browserLanguage()}${location.pathname}${location.search}${location.hash}`} replace />;
  }
  return <Outlet />;
}

/** Builds an in-app path in the current language: `useLangPath()('/sites')` -> `/en/sites`. */
export function useLangPath(): (path: string) => string {
  const { lang } = useParams();
  return (path) => `/${isLanguage(lang) ? lang : 'en'}${path}`;
}
