import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLangPath } from './LanguageRoute';

export function NotFoundPage() {
  const { t } = useTranslation();
  const to = useLangPath();
  return (
    <main className="auth-page">
      <div className="card auth-card">
        <h1>{t('Page not found')}</h1>
        <p className="muted">{t('The address may be mistyped, or the page has moved.')}</p>
        <Link className="button primary" to={to('/sites')}>
          {t('Go to your sites')}
        </Link>
      </div>
    </main>
  );
}
