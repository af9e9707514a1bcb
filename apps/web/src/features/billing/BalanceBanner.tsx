import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { useLangPath } from '../../app/LanguageRoute';
import { BALANCE_STATE } from './billing-documents';
import { useMoney } from './money';

/** On every page while the balance is low or negative: what happens next, and when. */
export function BalanceBanner() {
  const { t, i18n } = useTranslation();
  const to = useLangPath();
  const money = useMoney();
  // Charges land hourly; a look every five minutes keeps the banner true without cost.
  const { data, refetch } = useQuery(BALANCE_STATE, { pollInterval: 300_000, fetchPolicy: 'cache-and-network' });
  // A new site or a top-up elsewhere changes what the banner says: look again on each page.
  const { pathname } = useLocation();
  useEffect(() => void refetch().catch(() => undefined), [pathname, refetch]);
  const wallet = data?.wallet;
  if (!wallet || (!wallet.isLow && !wallet.sitesBlocked)) return null;
  // An empty wallet with nothing hosted yet is no news; one that sites depend on is.
  if (data.sites.length === 0 && Number(wallet.balance.amount) >= 0) return null;
  const balance = money(wallet.balance.amount);
  const text = wallet.sitesBlocked
    ? t('Your sites are suspended. Top up or change your spending limit to bring them back at once.')
    : wallet.blockAt
      ? t('Your balance is {{balance}}. Your sites will be suspended on {{date}} unless you top up.', {
          balance,
          date: new Date(wallet.blockAt).toLocaleString(i18n.language, { dateStyle: 'long', timeStyle: 'short' }),
        })
      : t('Your balance is low: {{balance}}. Top up so your sites keep running.', { balance });
  return (
    <div
      className={`banner${wallet.sitesBlocked || wallet.blockAt ? ' danger' : ''}`}
      role="status"
      data-testid="balance-banner"
    >
      <span>{text}</span>
      <span className="banner-actions">
        <Link to={to('/wallet')} className="button small primary">
          {t('Top up')}
        </Link>
      </span>
    </div>
  );
}
