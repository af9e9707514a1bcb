import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLangPath } from '../../app/LanguageRoute';
import { ErrorBox, PageHeader } from '../../components/ui';
import { useMe } from '../accounts/session';
import { RangePicker, rangeOf, UsageCharts, type Range } from './UsageCharts';
import { HEAVIEST_ACCOUNTS } from './usage-documents';

/** Administrators: a host's usage and the accounts that used it most. */
export default function HostUsagePage() {
  const { t, i18n } = useTranslation();
  const to = useLangPath();
  const { hostId = '' } = useParams();
  const { account } = useMe();
  const [range, setRange] = useState<Range>(() => rangeOf('24h'));
  const heaviest = useQuery(HEAVIEST_ACCOUNTS, {
    variables: { hostId, metric: 'cpu_seconds', from: range.from.toISOString(), to: range.to.toISOString() },
    skip: account?.role !== 'ADMIN',
  });
  if (account?.role !== 'ADMIN') return <ErrorBox>{t('Only administrators can see hosts.')}</ErrorBox>;
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('Breadcrumbs')}>
        <Link to={to('/admin/hosts')}>{t('Hosts')}</Link> / <span>{t('Usage')}</span>
      </nav>
      <PageHeader title={t('Usage of the host')} subtitle={t('Everything every account used on this server.')} />
      <RangePicker onChange={setRange} />
      <UsageCharts scope="HOST" id={hostId} range={range} />
      {(heaviest.data?.heaviestAccounts.length ?? 0) > 0 && (
        <section className="card">
          <h2>{t('Heaviest accounts (CPU)')}</h2>
          <table className="table" aria-label={t('Heaviest accounts (CPU)')}>
            <thead>
              <tr>
                <th scope="col">{t('Customer')}</th>
                <th scope="col">{t('CPU seconds')}</th>
              </tr>
            </thead>
            <tbody>
              {heaviest.data!.heaviestAccounts.map((row) => (
                <tr key={row.siteId}>
                  <td>{row.domain}</td>
                  <td>{new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(row.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
