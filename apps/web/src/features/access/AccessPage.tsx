import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { serverErrors } from '../../app/apollo';
import { msg } from '../../app/msg';
import { SchemaForm } from '../../components/form/SchemaForm';
import { EmptyState, ErrorBox, PageHeader, Spinner } from '../../components/ui';
import { usePollWhileBusy } from '../sites/SiteProgress';
import { ACCESS, ADD_SSH_KEY, REMOVE_SSH_KEY, SET_SHELL_ACCESS } from './access-documents';

const keySchema = z.object({
  publicKey: z.string().check(z.trim(), z.minLength(20, msg('Paste the line of your .pub file.'))),
});

/** SSH and SFTP: where to connect, the keys that may log in, and full shell or SFTP only. */
export default function AccessPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(ACCESS, {
    fetchPolicy: 'cache-and-network',
  });
  const refresh = { refetchQueries: [ACCESS] };
  const [addKey] = useMutation(ADD_SSH_KEY, refresh);
  const [removeKey, removing] = useMutation(REMOVE_SSH_KEY, refresh);
  const [setShell, switching] = useMutation(SET_SHELL_ACCESS, refresh);
  usePollWhileBusy(Boolean(data?.accessChangesPending), startPolling, stopPolling);

  if (loading && !data) return <Spinner />;
  if (error && !data) return <ErrorBox onRetry={() => void refetch()}>{serverErrors(error)[0]?.message}</ErrorBox>;
  const info = data!.accessInfo;
  const keys = data!.sshKeys;
  const target = `${info.user}@${info.host ?? 'HOST'}`;
  return (
    <>
      <PageHeader
        title={t('SSH and SFTP')}
        subtitle={t('Reach your files with any SFTP client, or a shell over SSH.')}
      />
      {data!.accessChangesPending && (
        <p className="muted small" aria-live="polite">
          <span className="spinner-dot inline" aria-hidden="true" /> {t('Applying your changes on the server…')}
        </p>
      )}
      {(removing.error ?? switching.error) && (
        <ErrorBox>{serverErrors(removing.error ?? switching.error)[0]?.message}</ErrorBox>
      )}
      <section className="card">
        <h2>{t('Connection')}</h2>
        <dl className="facts">
          <dt>{t('Server')}</dt>
          <dd>{info.host ?? <span className="muted">{t('Chosen when you add your first site')}</span>}</dd>
          <dt>{t('User')}</dt>
          <dd>
            <code>{info.user}</code>
          </dd>
          <dt>{t('Home folder')}</dt>
          <dd>
            <code>{info.home}</code>
          </dd>
          <dt>{t('Sites')}</dt>
          <dd>
            {info.sites.length === 0 ? (
              <span className="muted">{t('None')}</span>
            ) : (
              <ul className="plain-list">
                {info.sites.map((site) => (
                  <li key={site.domain}>
                    {site.domain}: <code>{site.path}</code>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
        <pre className="code-block">{`sftp ${target}\n${info.shell === 'FULL' ? `ssh ${target}` : ''}`.trim()}</pre>
        <fieldset className="radio-group">
          <legend>{t('Access')}</legend>
          {(
            [
              ['FULL', t('Shell and SFTP'), t('Run commands such as git, composer or wp over SSH.')],
              ['SFTP', t('SFTP only'), t('File transfer only; no commands can be run.')],
            ] as const
          ).map(([value, label, hint]) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name="shell"
                checked={info.shell === value}
                disabled={switching.loading}
                onChange={() => void setShell({ variables: { shell: value } })}
              />
              <span>
                <strong>{label}</strong> <span className="muted small">{hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </section>
      <section className="card">
        <h2>{t('SSH keys')}</h2>
        {keys.length === 0 ? (
          <EmptyState title={t('No keys yet')}>
            {t('Add the public key of each computer you connect from. Passwords are not accepted.')}
          </EmptyState>
        ) : (
          <ul className="plain-list key-list">
            {keys.map((key) => (
              <li key={key.id} className="key-row">
                <div>
                  <strong>{key.comment || key.type}</strong>{' '}
                  <span className="muted small">
                    {key.type}, {t('{{bits}} bits', { bits: key.bits })}
                  </span>
                  <div className="small">
                    <code>{key.fingerprint}</code>
                  </div>
                </div>
                <button
                  type="button"
                  className="button small ghost"
                  onClick={() => void removeKey({ variables: { id: key.id } })}
                >
                  {t('Remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <SchemaForm
          schema={keySchema}
          fields={[
            {
              name: 'publicKey',
              label: t('Public key'),
              type: 'textarea',
              placeholder: 'ssh-ed25519 AAAAC3Nza… you@laptop',
              hint: t('The contents of ~/.ssh/id_ed25519.pub. Ed25519, ECDSA, or RSA of 3072 bits or more.'),
            },
          ]}
          submitLabel={t('Add key')}
          pendingLabel={t('Adding…')}
          resetOnSuccess
          onSubmit={async ({ publicKey }) => {
            await addKey({ variables: { input: { publicKey } } });
          }}
        />
      </section>
    </>
  );
}
