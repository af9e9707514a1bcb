import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLangPath } from '../../app/LanguageRoute';
import { EmptyState, PageHeader, QueryView } from '../../components/ui';
import { DomainName, SiteStatusBadge } from './site-display';
import { SITES } from './site-documents';
import { useOperationLabel, usePollWhileBusy } from './SiteProgress';

export default function SitesPage() {
  const { t, i18n } = useTranslation();
  const to = useLangPath();
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(SITES, {
    fetchPolicy: 'cache-and-network',
  });
  const sites = data?.sites ?? [];
  const operationLabel = useOperationLabel();
  usePollWhileBusy(
    sites.some((site) => site.operation || site.status === 'PENDING' || site.status === 'DELETING'),
    startPolling,
    stopPolling,
  );
  const addButton = (
    <Link className="button primary" to={to('/sites/new')}>
      {t('Add site')}
    </Link>
  );
  return (
    <>
      <PageHeader
        title={t('Sites')}
        subtitle={data ? t('{{count}} sites', { count: sites.length }) : undefined}
        actions={sites.length > 0 ? addButton : undefined}
      />
      <QueryView
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        isEmpty={sites.length === 0}
        onRetry={() => void refetch()}
        empty={
          <EmptyState title={t('Add your first site')} action={addButton}>
            {t(
              'Tell us the domain, and we set up the web server, PHP and a place for your files. You pay only for what the site uses.',
            )}
          </EmptyState>
        }
      >
        <div className="card table-card">
          <table className="table" aria-label={t('Sites')}>
            <thead>
              <tr>
                <th scope="col">{t('Domain')}</th>
                <th scope="col">{t('Status')}</th>
                <th scope="col">{t('Added')}</th>
              </tr>
            </thead>
            <tbody>
              {sites.map((site) => (
                <tr key={site.id}>
                  <td>
                    <Link to={to(`/sites/${site.id}`)} className="site-link">
                      <DomainName domain={site.domain} />
                    </Link>
                    {site.aliases.length > 0 && (
                      <span className="muted small"> {t('+ {{count}} aliases', { count: site.aliases.length })}</span>
                    )}
                  </td>
                  <td>
                    <SiteStatusBadge status={site.status} />
                    {site.operation && (
                      <span className="muted small operation-note">
                        <span className="spinner-dot inline" aria-hidden="true" /> {operationLabel(site.operation)}
                      </span>
                    )}
                  </td>
                  <td className="muted">{new Date(site.createdAt).toLocaleDateString(i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </QueryView>
    </>
  );
}
