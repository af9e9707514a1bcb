import { AGENT_CONFIG_PATH, enrollCommand } from '@elasticweb/protocol/enrollment';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { msg } from '../../app/msg';
import { SchemaForm } from '../../components/form/SchemaForm';
import { relativeTime } from '../../components/time';
import { EmptyState, ErrorBox, PageHeader, QueryView } from '../../components/ui';
import { useMe } from '../accounts/session';
import { Link } from 'react-router';
import { useLangPath } from '../../app/LanguageRoute';
import { CREATE_HOST_ENROLLMENT, DISABLE_HOST, HOSTS } from './host-documents';

const enrollmentSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, msg('Give the host a name.')), z.maxLength(100)),
});

/** An agent that has not asked for work for this long is probably down (it polls at least every minute). */
const SILENT_AFTER_MS = 3 * 60_000;

/** Administrators: the hosting servers, how they are, and how to add one. */
export default function HostsPage() {
  const { t, i18n } = useTranslation();
  const to = useLangPath();
  const { account } = useMe();
  const isAdmin = account?.role === 'ADMIN';
  const { data, loading, error, refetch } = useQuery(HOSTS, { skip: !isAdmin, pollInterval: 30_000 });
  const [createEnrollment] = useMutation(CREATE_HOST_ENROLLMENT);
  const [disableHost] = useMutation(DISABLE_HOST, { refetchQueries: [HOSTS] });
  const [enrollment, setEnrollment] = useState<{ token: string; expiresAt: string; name: string } | null>(null);
  const [disabling, setDisabling] = useState<string | null>(null);

  if (!isAdmin) return <ErrorBox>{t('Only administrators can see hosts.')}</ErrorBox>;
  const hosts = data?.hosts ?? [];
  const command = enrollment ? enrollCommand(window.location.origin, enrollment.token) : '';
  return (
    <>
      <PageHeader
        title={t('Hosts')}
        subtitle={t(
          'The servers that run customers’ sites. Each runs the Elasticweb agent, which asks the panel for work.',
        )}
      />
      <section className="card">
        <h2>{t('Add a host')}</h2>
        <p className="muted">
          {t('Create a one-time token, then run the command on the new server. The token works once, for one hour.')}
        </p>
        <SchemaForm
          schema={enrollmentSchema}
          compact
          fields={[{ name: 'name', label: t('Host name'), placeholder: 'web-1' }]}
          submitLabel={t('Create token')}
          pendingLabel={t('Creating…')}
          resetOnSuccess
          onSubmit={async ({ name }) => {
            const { data: created } = await createEnrollment({ variables: { name } });
            if (created) setEnrollment({ ...created.createHostEnrollment, name });
          }}
        />
        {enrollment && (
          <div className="enrollment" aria-live="polite">
            <p>
              {t('Run this on {{name}} as root, before {{time}}:', {
                name: enrollment.name,
                time: new Date(enrollment.expiresAt).toLocaleTimeString(i18n.language),
              })}
            </p>
            <pre className="code-block" data-testid="enroll-command">
              {command}
            </pre>
            <button type="button" className="button small" onClick={() => void navigator.clipboard?.writeText(command)}>
              {t('Copy')}
            </button>
            <p className="muted small">
              {t(
                'The token is shown only now. The command reads the agent’s config from {{path}}, which “elasticweb-agent provision” writes; on another layout, change --config. Then start the agent: systemctl enable --now elasticweb-agent.',
                { path: AGENT_CONFIG_PATH },
              )}
            </p>
          </div>
        )}
      </section>
      <QueryView
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        isEmpty={hosts.length === 0}
        onRetry={() => void refetch()}
        empty={
          <EmptyState title={t('No hosts yet')}>
            {t('Sites wait as “Setting up” until a host is enrolled; then they go to it at once.')}
          </EmptyState>
        }
      >
        <div className="card table-card">
          <table className="table" aria-label={t('Hosts')}>
            <thead>
              <tr>
                <th scope="col">{t('Host')}</th>
                <th scope="col">{t('Status')}</th>
                <th scope="col">{t('Software')}</th>
                <th scope="col">{t('Capacity')}</th>
                <th scope="col">{t('Last contact')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('Actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {hosts.map((host) => {
                const silent = !host.lastSeenAt || Date.now() - new Date(host.lastSeenAt).getTime() > SILENT_AFTER_MS;
                return (
                  <tr key={host.id}>
                    <td>
                      <strong>{host.name}</strong>
                      <div className="muted small">{host.id}</div>
                    </td>
                    <td>
                      {host.status === 'DISABLED' ? (
                        <span className="badge muted">{t('Disabled')}</span>
                      ) : silent ? (
                        <span className="badge warn" title={t('The agent has not asked for work for a few minutes.')}>
                          {t('Silent')}
                        </span>
                      ) : (
                        <span className="badge ok">{t('Active')}</span>
                      )}
                    </td>
                    <td className="small">
                      {host.os}
                      <div className="muted">
                        nginx {host.nginxVersion} · PHP {host.phpVersions.join(', ') || '—'}
                      </div>
                      {(host.tools as Array<{ name: string; version: string }>).length > 0 && (
                        <div className="muted">
                          {(host.tools as Array<{ name: string; version: string }>)
                            .map((tool) => `${tool.name} ${tool.version}`)
                            .join(' · ')}
                        </div>
                      )}
                    </td>
                    <td className="small">
                      {t('{{cores}} cores, {{memory}} GB memory, {{disk}} GB disk', {
                        cores: host.cpuCores,
                        memory: (host.memoryMb / 1024).toFixed(1),
                        disk: host.diskGb,
                      })}
                    </td>
                    <td className="small">
                      {host.lastSeenAt ? relativeTime(host.lastSeenAt, i18n.language) : t('Never')}
                    </td>
                    <td>
                      <Link className="button small ghost" to={to(`/admin/hosts/${host.id}/usage`)}>
                        {t('Usage')}
                      </Link>{' '}
                      {host.status === 'ACTIVE' &&
                        (disabling === host.id ? (
                          <span className="inline-confirm">
                            <button
                              type="button"
                              className="button small danger"
                              onClick={async () => {
                                await disableHost({ variables: { id: host.id } });
                                setDisabling(null);
                              }}
                            >
                              {t('Disable now')}
                            </button>
                            <button type="button" className="button small ghost" onClick={() => setDisabling(null)}>
                              {t('Cancel')}
                            </button>
                          </span>
                        ) : (
                          <button
                            type="button"
                            className="button small"
                            title={t('Its token stops working at once; its sites keep being served.')}
                            onClick={() => setDisabling(host.id)}
                          >
                            {t('Disable')}
                          </button>
                        ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </QueryView>
    </>
  );
}
