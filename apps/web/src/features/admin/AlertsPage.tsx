import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serverErrors } from '../../app/apollo';
import { relativeTime } from '../../components/time';
import { EmptyState, ErrorBox, PageHeader, QueryView } from '../../components/ui';
import type { AlertStatus } from '../../gql/graphql';
import { useMe } from '../accounts/session';
import { ALERTS, DISMISS_ALERT, RETRY_ALERT } from './admin-documents';

/** Administrators: commands that failed for good, with the server's own words, to retry or dismiss. */
export default function AlertsPage() {
  const { t, i18n } = useTranslation();
  const { account } = useMe();
  const isAdmin = account?.role === 'ADMIN';
  const [showing, setShowing] = useState<AlertStatus>('OPEN');
  const { data, loading, error, refetch } = useQuery(ALERTS, {
    variables: { status: showing },
    skip: !isAdmin,
    pollInterval: 15_000,
    fetchPolicy: 'cache-and-network',
  });
  const [retry, retrying] = useMutation(RETRY_ALERT, { refetchQueries: [ALERTS] });
  const [dismiss, dismissing] = useMutation(DISMISS_ALERT, { refetchQueries: [ALERTS] });

  if (!isAdmin) return <ErrorBox>{t('Only administrators can see alerts.')}</ErrorBox>;
  const alerts = data?.alerts ?? [];
  const tabs: Array<[AlertStatus, string]> = [
    ['OPEN', t('Open')],
    ['RETRIED', t('Retried')],
    ['DISMISSED', t('Dismissed')],
  ];
  const actionError = retrying.error ?? dismissing.error;
  return (
    <>
      <PageHeader
        title={t('Alerts')}
        subtitle={t('Work a host could not do. The customer sees a plain message; the details are here.')}
      />
      <div className="tabs" role="tablist" aria-label={t('Alerts')}>
        {tabs.map(([status, label]) => (
          <button
            key={status}
            type="button"
            role="tab"
            aria-selected={showing === status}
            className={`tab${showing === status ? ' selected' : ''}`}
            onClick={() => setShowing(status)}
          >
            {label}
          </button>
        ))}
      </div>
      {actionError && <ErrorBox>{serverErrors(actionError)[0]?.message}</ErrorBox>}
      <QueryView
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        isEmpty={alerts.length === 0}
        onRetry={() => void refetch()}
        empty={
          <EmptyState title={showing === 'OPEN' ? t('Nothing needs attention') : t('No alerts here')}>
            {showing === 'OPEN'
              ? t('Every command the hosts received has gone through.')
              : t('Alerts you retry or dismiss are listed here.')}
          </EmptyState>
        }
      >
        <ul className="alert-list">
          {alerts.map((alert) => (
            <li key={alert.id} className="card alert-card">
              <header className="alert-head">
                <div>
                  <strong>{alert.siteDomain ?? alert.commandType}</strong>{' '}
                  <span className="badge error">{alert.commandType}</span>
                  <div className="muted small">
                    {t('Host {{host}} · customer {{customer}} · {{time}}', {
                      host: alert.hostName ?? '—',
                      customer: alert.accountEmail ?? '—',
                      time: relativeTime(alert.createdAt, i18n.language),
                    })}
                  </div>
                </div>
                {alert.status === 'OPEN' && (
                  <div className="page-actions">
                    <button
                      type="button"
                      className="button small primary"
                      disabled={retrying.loading}
                      onClick={() => void retry({ variables: { id: alert.id } })}
                    >
                      {t('Retry')}
                    </button>
                    <button
                      type="button"
                      className="button small ghost"
                      disabled={dismissing.loading}
                      onClick={() => void dismiss({ variables: { id: alert.id } })}
                    >
                      {t('Dismiss')}
                    </button>
                  </div>
                )}
              </header>
              <pre className="code-block" aria-label={t('What the server said')}>
                {alert.message}
              </pre>
              <div className="muted small">
                {t('Command')} <code>{alert.commandId}</code>
              </div>
            </li>
          ))}
        </ul>
      </QueryView>
    </>
  );
}
