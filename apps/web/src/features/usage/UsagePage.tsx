import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLangPath } from '../../app/LanguageRoute';
import { PageHeader } from '../../components/ui';
import { useMe } from '../accounts/session';
import { SITE } from '../sites/site-documents';
import { readableDomain } from '../sites/site-display';
import { RangePicker, rangeOf, UsageCharts, type Range } from './UsageCharts';
import { USAGE_BREAKDOWN } from './usage-documents';

/** The account's usage (or one site's, under /sites/:siteId/usage): graphs and the heaviest sites. */
export default function UsagePage() {
  const { t, i18n } = useTranslation();
  const to = useLangPath();
  const { siteId } = useParams();
  const { account } = useMe();
  const [range, setRange] = useState<Range>(() => rangeOf('24h'));
  const site = useQuery(SITE, { variables: { id: siteId ?? '' }, skip: !siteId });
  const breakdown = useQuery(USAGE_BREAKDOWN, {
    variables: {
      accountId: account?.id ?? '',
      metric: 'cpu_seconds',
      from: range.from.toISOString(),
      to: range.to.toISOString(),
    },
    skip: Boolean(siteId) || !account,
  });
  if (!account) return null;
  const shares = breakdown.data?.usageBreakdown ?? [];
  const total = shares.reduce((sum, share) => sum + share.value, 0);
  const domain = site.data?.site ? readableDomain(site.data.site.domain) : '';
  return (
    <>
      {siteId && (
        <nav className="breadcrumbs" aria-label={t('Breadcrumbs')}>
          <Link to={to('/sites')}>{t('Sites')}</Link> / <Link to={to(`/sites/${siteId}`)}>{domain}</Link> /{' '}
          <span>{t('Usage')}</span>
        </nav>
      )}
      <PageHeader
        title={siteId ? t('Usage of {{domain}}', { domain }) : t('Usage')}
        subtitle={t('What your sites really used, measured every 10 seconds. You pay for this, nothing more.')}
      />
      <RangePicker onChange={setRange} />
      <UsageCharts scope={siteId ? 'SITE' : 'ACCOUNT'} id={siteId ?? account.id} range={range} />
      {!siteId && shares.length > 0 && (
        <section className="card">
          <h2>{t('Heaviest sites (CPU)')}</h2>
          <table className="table" aria-label={t('Heaviest sites (CPU)')}>
            <thead>
              <tr>
                <th scope="col">{t('Site')}</th>
                <th scope="col">{t('CPU seconds')}</th>
                <th scope="col">{t('Share')}</th>
              </tr>
            </thead>
            <tbody>
              {shares.map((share) => (
                <tr key={share.siteId ?? 'account'}>
                  <td>{share.domain ? readableDomain(share.domain) : t('Your account (SSH, scheduled jobs)')}</td>
                  <td>{new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(share.value)}</td>
                  <td>
                    <div className="share-bar" aria-hidden="true">
                      <span style={{ width: `${total ? (share.value / total) * 100 : 0}%` }} />
                    </div>
                    {new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(
                      total ? share.value / total : 0,
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
