import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { serverErrors } from '../../app/apollo';
import { msg } from '../../app/msg';
import { SchemaForm } from '../../components/form/SchemaForm';
import { formatBytes } from '../../components/format';
import { SecretOnce } from '../../components/SecretOnce';
import { EmptyState, ErrorBox, PageHeader, QueryView } from '../../components/ui';
import { useMe } from '../accounts/session';
import { usePollWhileBusy } from '../sites/SiteProgress';
import {
  CREATE_DATABASE,
  DATABASES,
  DELETE_DATABASE,
  RESET_DATABASE_PASSWORD,
  RESTORE_DATABASE,
} from './database-documents';

const schema = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.regex(/^[a-z][a-z0-9_]{0,20}$/, msg('Use 1 to 21 lower-case letters, digits and _, starting with a letter.')),
    ),
});

/** The account's MySQL databases: create, see how to connect, reset a password, delete and restore. */
export default function DatabasesPage() {
  const { t, i18n } = useTranslation();
  const { account } = useMe();
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(DATABASES, {
    fetchPolicy: 'cache-and-network',
  });
  const [secret, setSecret] = useState<{ name: string; password: string } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const refresh = { refetchQueries: [DATABASES] };
  const [create] = useMutation(CREATE_DATABASE, refresh);
  const [reset, resetting] = useMutation(RESET_DATABASE_PASSWORD, refresh);
  const [remove, removing] = useMutation(DELETE_DATABASE, refresh);
  const [restore, restoring] = useMutation(RESTORE_DATABASE, refresh);
  const databases = data?.databases ?? [];
  usePollWhileBusy(
    databases.some((d) => d.status === 'PENDING' || d.status === 'DELETING'),
    startPolling,
    stopPolling,
  );
  const actionError = resetting.error ?? removing.error ?? restoring.error;
  const statusBadge: Record<string, [string, string]> = {
    PENDING: [t('Setting up'), 'info'],
    ACTIVE: [t('Ready'), 'ok'],
    DELETING: [t('Deleting'), 'muted'],
    DELETED: [t('Deleted'), 'muted'],
    ERROR: [t('Needs attention'), 'error'],
  };

  return (
    <>
      <PageHeader
        title={t('Databases')}
        subtitle={t('MariaDB databases for your sites, as many as you like. Each has a user of its own.')}
      />
      {secret && (
        <SecretOnce
          label={t('Password of {{name}}', { name: secret.name })}
          value={secret.password}
          onDone={() => setSecret(null)}
        />
      )}
      <section className="card">
        <h2>{t('New database')}</h2>
        <SchemaForm
          schema={schema}
          compact
          fields={[
            {
              name: 'name',
              label: t('Name'),
              placeholder: 'shop',
              hint: t('Its full name and user will be {{prefix}}_ and this name.', {
                prefix: account?.systemName ?? '',
              }),
            },
          ]}
          submitLabel={t('Create database')}
          pendingLabel={t('Creating…')}
          resetOnSuccess
          onSubmit={async ({ name }) => {
            const { data: created } = await create({ variables: { input: { name } } });
            if (created)
              setSecret({ name: created.createDatabase.database.name, password: created.createDatabase.password });
          }}
        />
      </section>
      {actionError && <ErrorBox>{serverErrors(actionError)[0]?.message}</ErrorBox>}
      <QueryView
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        isEmpty={databases.length === 0}
        onRetry={() => void refetch()}
        empty={
          <EmptyState title={t('No databases yet')}>
            {t('Create one above; your sites connect to it on localhost with its name, user and password.')}
          </EmptyState>
        }
      >
        <div className="card table-card">
          <table className="table" aria-label={t('Databases')}>
            <thead>
              <tr>
                <th scope="col">{t('Database and user')}</th>
                <th scope="col">{t('Status')}</th>
                <th scope="col">{t('Size')}</th>
                <th scope="col">{t('Connect with')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('Actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {databases.map((database) => {
                const [label, tone] = statusBadge[database.status] ?? [database.status, 'muted'];
                return (
                  <tr key={database.id}>
                    <td>
                      <code>{database.name}</code>
                    </td>
                    <td>
                      <span className={`badge ${tone}`}>{label}</span>
                      {database.status === 'DELETED' && database.restorableUntil && (
                        <div className="muted small">
                          {t('Can be restored until {{date}}', {
                            date: new Date(database.restorableUntil).toLocaleDateString(i18n.language),
                          })}
                        </div>
                      )}
                    </td>
                    <td className="small">{formatBytes(database.sizeBytes, i18n.language)}</td>
                    <td className="small">
                      {t('host {{host}}, port {{port}}', { host: database.host, port: database.port })}
                    </td>
                    <td>
                      {database.status === 'DELETED' ? (
                        <button
                          type="button"
                          className="button small"
                          onClick={async () => {
                            const { data: restored } = await restore({ variables: { id: database.id } });
                            if (restored)
                              setSecret({ name: database.name, password: restored.restoreDatabase.password });
                          }}
                        >
                          {t('Restore')}
                        </button>
                      ) : deleting === database.id ? (
                        <span className="inline-confirm">
                          <input
                            aria-label={t('Type the database name to confirm')}
                            placeholder={database.name}
                            value={typed}
                            onChange={(event) => setTyped(event.target.value)}
                          />
                          <button
                            type="button"
                            className="button small danger"
                            disabled={typed.trim() !== database.name}
                            onClick={async () => {
                              await remove({ variables: { id: database.id } });
                              setDeleting(null);
                              setTyped('');
                            }}
                          >
                            {t('Delete')}
                          </button>
                          <button type="button" className="button small ghost" onClick={() => setDeleting(null)}>
                            {t('Cancel')}
                          </button>
                        </span>
                      ) : (
                        <span className="inline-confirm">
                          <button
                            type="button"
                            className="button small"
                            disabled={database.status === 'DELETING'}
                            onClick={async () => {
                              const { data: changed } = await reset({ variables: { id: database.id } });
                              if (changed)
                                setSecret({ name: database.name, password: changed.resetDatabasePassword.password });
                            }}
                          >
                            {t('New password')}
                          </button>
                          <button
                            type="button"
                            className="button small danger"
                            disabled={database.status === 'DELETING'}
                            onClick={() => setDeleting(database.id)}
                          >
                            {t('Delete…')}
                          </button>
                        </span>
                      )}
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
