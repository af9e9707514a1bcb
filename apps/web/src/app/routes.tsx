import { createBrowserRouter, Navigate } from 'react-router';
import { browserLanguage } from './i18n';
import { LanguageRoute } from './LanguageRoute';
import { NotFoundPage } from './NotFoundPage';

/** Every page loads its own chunk, so the login page carries only what it needs. */
const page = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({
  Component: (await load()).default,
});

export const router = createBrowserRouter([
  { path: '/', element: <Navigate to={`/${browserLanguage()}/sites`} replace /> },
  {
    path: '/:lang',
    element: <LanguageRoute />,
    children: [
      { index: true, element: <Navigate to="sites" replace /> },
      { path: 'login', lazy: page(() => import('../features/accounts/LoginPage')) },
      { path: 'signup', lazy: page(() => import('../features/accounts/SignUpPage')) },
      { path: 'forgot-password', lazy: page(() => import('../features/accounts/ForgotPasswordPage')) },
      { path: 'reset-password', lazy: page(() => import('../features/accounts/ResetPasswordPage')) },
      { path: 'verify-email', lazy: page(() => import('../features/accounts/VerifyEmailPage')) },
      { path: 'calculator', lazy: page(() => import('../features/billing/CalculatorPage')) },
      {
        lazy: page(() => import('./AppLayout')),
        children: [
          { path: 'sites', lazy: page(() => import('../features/sites/SitesPage')) },
          { path: 'sites/new', lazy: page(() => import('../features/sites/AddSitePage')) },
          { path: 'sites/:siteId', lazy: page(() => import('../features/sites/SiteDetailPage')) },
          { path: 'sites/:siteId/nginx', lazy: page(() => import('../features/nginx/NginxEditorPage')) },
          { path: 'wallet', lazy: page(() => import('../features/billing/WalletPage')) },
          { path: 'usage', lazy: page(() => import('../features/usage/UsagePage')) },
          { path: 'sites/:siteId/usage', lazy: page(() => import('../features/usage/UsagePage')) },
          { path: 'databases', lazy: page(() => import('../features/databases/DatabasesPage')) },
          { path: 'ssh', lazy: page(() => import('../features/access/AccessPage')) },
          { path: 'cron', lazy: page(() => import('../features/cron/CronPage')) },
          { path: 'settings', lazy: page(() => import('../features/accounts/SettingsPage')) },
          { path: 'admin/translations', lazy: page(() => import('../features/i18n/TranslationsPage')) },
          { path: 'admin/sites', lazy: page(() => import('../features/admin/AdminSitesPage')) },
          { path: 'admin/hosts', lazy: page(() => import('../features/hosts/HostsPage')) },
          { path: 'admin/hosts/:hostId/usage', lazy: page(() => import('../features/usage/HostUsagePage')) },
          { path: 'admin/alerts', lazy: page(() => import('../features/admin/AlertsPage')) },
          { path: 'admin/prices', lazy: page(() => import('../features/admin/PricesPage')) },
          { path: 'admin/payments', lazy: page(() => import('../features/admin/PaymentsPage')) },
          { path: 'partner', lazy: page(() => import('../features/referrals/PartnerPage')) },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
