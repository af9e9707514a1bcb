import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { serverErrors } from '../../app/apollo';
import { SchemaForm } from '../../components/form/SchemaForm';
import { ErrorBox, Spinner } from '../../components/ui';
import { PROTECTED_PATH_USERS, REMOVE_PROTECTED_PATH_USER, SET_PROTECTED_PATH_USER } from './nginx-documents';

const userSchema = z.object({ path: z.string(), username: z.string(), password: z.string() });

/** Who may open each password-protected path; passwords go in once and are never shown again. */
export function ProtectedPathUsers({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  // The editor mounts it afresh with each saved revision: the protected paths may have changed.
  const { data, loading, error, refetch } = useQuery(PROTECTED_PATH_USERS, {
    variables: { siteId },
    fetchPolicy: 'cache-and-network',
  });
  const [setUser] = useMutation(SET_PROTECTED_PATH_USER);
  const [removeUser, removal] = useMutation(REMOVE_PROTECTED_PATH_USER);
  if (loading && !data) return <Spinner />;
  if (error) return <ErrorBox>{serverErrors(error)[0]?.message}</ErrorBox>;
  const paths = data?.protectedPathUsers ?? [];
  if (paths.length === 0) return null;
  return (
    <section className="card" aria-labelledby="protected-users">
      <h2 id="protected-users">{t('Who may open the protected paths')}</h2>
      <p className="muted small">
        {t('Visitors sign in with a user name and password. Passwords are kept only in scrambled form.')}
      </p>
      <ul className="plain-list">
        {paths.map((entry) => (
          <li key={entry.path}>
            <code>{entry.path}</code>{' '}
            {entry.usernames.length === 0 ? (
              <span className="muted">{t('Nobody yet: the path is closed to everyone.')}</span>
            ) : (
              entry.usernames.map((username) => (
                <span key={username} className="chip">
                  {username}{' '}
                  <button
                    type="button"
                    className="button small"
                    disabled={removal.loading}
                    aria-label={t('Remove {{name}}', { name: username })}
                    onClick={async () => {
                      await removeUser({ variables: { siteId, path: entry.path, username } });
                      await refetch();
                    }}
                  >
                    ×
                  </button>
                </span>
              ))
            )}
          </li>
        ))}
      </ul>
      <SchemaForm
        schema={userSchema}
        compact
        defaultValues={{ path: paths[0]!.path, username: '', password: '' }}
        fields={[
          {
            name: 'path',
            label: t('Path'),
            type: 'select',
            options: paths.map((p) => ({ value: p.path, label: p.path })),
          },
          { name: 'username', label: t('User name'), autoComplete: 'off' },
          { name: 'password', label: t('Password'), type: 'password', autoComplete: 'new-password' },
        ]}
        submitLabel={t('Add user')}
        pendingLabel={t('Saving…')}
        resetOnSuccess
        success={t('Saved: the host applies it within seconds.')}
        onSubmit={async (input) => {
          await setUser({ variables: { siteId, input } });
          await refetch();
        }}
      />
    </section>
  );
}
