import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Logo } from '../../components/Logo';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { useLangPath } from '../../app/LanguageRoute';

/** The frame of the pages before log-in: the logo, one card, the language switch. */
export function AuthLayout({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const to = useLangPath();
  return (
    <main className="auth-page">
      <div className="auth-brand">
        <Link to="/" aria-label={t('Elasticweb home')}>
          <Logo />
        </Link>
      </div>
      <div className="card auth-card">
        <h1>{title}</h1>
        {subtitle && <p className="muted">{subtitle}</p>}
        {children}
      </div>
      <footer className="auth-footer">
        <span className="muted">
          {t('Pay only for what your sites use.')} <Link to={to('/calculator')}>{t('What would it cost?')}</Link>
        </span>
        <LanguageSwitcher />
      </footer>
    </main>
  );
}
