import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { Logo } from '../components/Logo';
import { ErrorBox, Spinner } from '../components/ui';
import { useMe } from '../features/accounts/session';
import { BalanceBanner } from '../features/billing/BalanceBanner';
import { graphql } from '../gql';
import { serverErrors } from './apollo';
import { useLangPath } from './LanguageRoute';

const LOG_OUT = graphql(`
  mutation LogOut {
    logOut
  }
`);

const RESEND_VERIFICATION = graphql(`
  mutation RequestEmailVerification {
    requestEmailVerification
  }
`);

/** The frame of every page behind log-in: navigation, the account, and the pages inside. */
export default function AppLayout() {
  const { t } = useTranslation();
  const to = useLangPath();
  const location = useLocation();
  const { account, loading, anonymous, error, refetch } = useMe();

  if (loading && !account) return <Spinner />;
  if (anonymous) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`${to('/login')}?next=${next}`} replace />;
  }
  if (error || !account) {
    return (
      <main className="auth-page">
        <ErrorBox onRetry={() => void refetch()}>{serverErrors(error)[0]?.message}</ErrorBox>
      </main>
    );
  }
  return (
    <div className="app-shell">
      <aside className="sidebar">
        <NavLink to={to('/sites')} className="sidebar-logo" aria-label={t('Elasticweb home')}>
          <Logo />
        </NavLink>
        <nav aria-label={t('Main')}>
          <NavLink to={to('/sites')} className="nav-link">
            {t('Sites')}
          </NavLink>
          <NavLink to={to('/wallet')} className="nav-link">
            {t('Wallet')}
          </NavLink>
          <NavLink to={to('/usage')} className="nav-link">
            {t('Usage')}
          </NavLink>
          <NavLink to={to('/databases')} className="nav-link">
            {t('Databases')}
          </NavLink>
          <NavLink to={to('/ssh')} className="nav-link">
            {t('SSH and SFTP')}
          </NavLink>
          <NavLink to={to('/cron')} className="nav-link">
            {t('Scheduled jobs')}
          </NavLink>
          {account.role !== 'ADMIN' && (
            <NavLink to={to('/partner')} className="nav-link">
              {t('Partner program')}
            </NavLink>
          )}
          <NavLink to={to('/settings')} className="nav-link">
            {t('Settings')}
          </NavLink>
          {account.role === 'ADMIN' && (
            <>
              <span className="nav-heading">{t('Administration')}</span>
              <NavLink to={to('/admin/sites')} className="nav-link">
                {t('All sites')}
              </NavLink>
              <NavLink to={to('/admin/hosts')} className="nav-link">
                {t('Hosts')}
              </NavLink>
              <NavLink to={to('/admin/alerts')} className="nav-link">
                {t('Alerts')}
              </NavLink>
              <NavLink to={to('/admin/prices')} className="nav-link">
                {t('Prices')}
              </NavLink>
              <NavLink to={to('/admin/payments')} className="nav-link">
                {t('Payments and payouts')}
              </NavLink>
              <NavLink to={to('/admin/translations')} className="nav-link">
                {t('Translations')}
              </NavLink>
            </>
          )}
        </nav>
      </aside>
      <div className="main-column">
        <header className="topbar">
          <LanguageSwitcher />
          <AccountMenu email={account.email} />
        </header>
        {!account.emailVerifiedAt && <VerifyBanner email={account.email} />}
        {account.role !== 'ADMIN' && <BalanceBanner />}
        <main className="content">
          <Outlet />
        </main>
      </div>
    </div>
  );
}

function AccountMenu({ email }: { email: string }) {
  const { t } = useTranslation();
  const to = useLangPath();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logOut, { loading }] = useMutation(LOG_OUT);
  return (
    <div className="account-menu">
      <span className="account-email" title={email}>
        {email}
      </span>
      <button
        type="button"
        className="button small"
        disabled={loading}
        onClick={async () => {
          await logOut().catch(() => undefined);
          await client.clearStore();
          await navigate(to('/login'), { replace: true });
        }}
      >
        {t('Log out')}
      </button>
    </div>
  );
}

function VerifyBanner({ email }: { email: string }) {
  const { t } = useTranslation();
  const [resend, { loading, called, error }] = useMutation(RESEND_VERIFICATION);
  const [hidden, setHidden] = useState(false);
  if (hidden) return null;
  return (
    <div className="banner" role="status">
      <span>
        {called && !loading && !error
          ? t('A new confirmation link is on its way to {{email}}.', { email })
          : t('Please confirm {{email}}: we sent you a link. We use this address for balance warnings.', { email })}
      </span>
      <span className="banner-actions">
        {!called && (
          <button
            type="button"
            className="button small"
            disabled={loading}
            onClick={() => void resend().catch(() => undefined)}
          >
            {t('Send the link again')}
          </button>
        )}
        <button type="button" className="button small ghost" onClick={() => setHidden(true)} aria-label={t('Hide')}>
          ×
        </button>
      </span>
    </div>
  );
}
