import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serverErrors } from '../../app/apollo';
import { EmptyState, ErrorBox, PageHeader, QueryView } from '../../components/ui';
import { DomainName, SiteStatusBadge } from '../sites/site-display';
import { useOperationLabel, usePollWhileBusy } from '../sites/SiteProgress';
import { useMe } from '../accounts/session';
import { ADMIN_SITES, BLOCK_SITE, UNBLOCK_SITE } from './admin-documents';

/** Administrators: every customer's sites, to find one and block or unblock it. */
export default function AdminSitesPage() {
  const { t, i18n } = useTranslation();
  const { account } = useMe();
  const isAdmin = account?.role === 'ADMIN';
  const [search, setSearch] = useState('');
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(ADMIN_SITES, {
    variables: { search: search || null },
    skip: !isAdmin,
    fetchPolicy: 'cache-and-network',
  });
  const [block, blocking] = useMutation(BLOCK_SITE);
  const [unblock, unblocking] = useMutation(UNBLOCK_SITE);
  const operationLabel = useOperationLabel();
  const sites = data?.adminSites ?? [];
  usePollWhileBusy(
    sites.some((site) => site.operation),
    startPolling,
    stopPolling,
  );

  if (!isAdmin) return <ErrorBox>{t('Only administrators can see every site.')}</ErrorBox>;
  const actionError = blocking.error ?? unblocking.error;
  return (
    <>
      <PageHeader
        title={t('All sites')}
        subtitle={t('Every customer’s sites. A blocked site shows a “suspended” page; its files stay.')}
      />
      <div className="toolbar">
        <input
          type="search"
          aria-label={t('Search by domain')}
          placeholder={t('Search by domain')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {actionError && <ErrorBox>{serverErrors(actionError)[0]?.message}</ErrorBox>}
      <QueryView
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        isEmpty={sites.length === 0}
        onRetry={() => void refetch()}
        empty={<EmptyState title={t('No sites found')}>{t('No live site matches this search.')}</EmptyState>}
      >
        <div className="card table-card">
          <table className="table" aria-label={t('All sites')}>
            <thead>
              <tr>
                <th scope="col">{t('Domain')}</th>
                <th scope="col">{t('Customer')}</th>
                <th scope="col">{t('Status')}</th>
                <th scope="col">{t('Added')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('Actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sites.map((site) => (
                <tr key={site.id}>
                  <td>
                    <DomainName domain={site.domain} />
                  </td>
                  <td className="small">{site.ownerEmail}</td>
                  <td>
                    <SiteStatusBadge status={site.status} />
                    {site.operation && (
                      <span className="muted small operation-note">
                        <span className="spinner-dot inline" aria-hidden="true" /> {operationLabel(site.operation)}
                      </span>
                    )}
                  </td>
                  <td className="muted small">{new Date(site.createdAt).toLocaleDateString(i18n.language)}</td>
                  <td>
                    {site.isBlocked ? (
                      <button
                        type="button"
                        className="button small"
                        disabled={unblocking.loading}
                        onClick={() => void unblock({ variables: { id: site.id } }).then(() => refetch())}
                      >
                        {t('Unblock')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button small danger"
                        disabled={blocking.loading || site.status === 'DELETING'}
                        onClick={() => void block({ variables: { id: site.id } }).then(() => refetch())}
                      >
                        {t('Block')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </QueryView>
    </>
  );
}
