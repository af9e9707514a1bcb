import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { serverErrors } from '../../app/apollo';
import { msg } from '../../app/msg';
import { SchemaForm } from '../../components/form/SchemaForm';
import { ErrorBox } from '../../components/ui';
import { graphql } from '../../gql';

const CERTIFICATE = graphql(`
  query SiteCertificate($id: ID!) {
    site(id: $id) {
      id
      certificate {
        mode
        status
        domains
        notAfter
        issuer
        lastError
        nextAttemptAt
      }
    }
  }
`);

const UPLOAD = graphql(`
  mutation UploadCertificate($siteId: ID!, $certificate: String!, $key: String!) {
    uploadCertificate(siteId: $siteId, certificate: $certificate, key: $key) {
      status
    }
  }
`);

const ISSUE = graphql(`
  mutation IssueCertificate($siteId: ID!) {
    issueCertificate(siteId: $siteId) {
      status
    }
  }
`);

const REVOKE = graphql(`
  mutation RevokeCertificate($siteId: ID!) {
    revokeCertificate(siteId: $siteId) {
      status
    }
  }
`);

const pem = (message: string) => z.string().check(z.trim(), z.minLength(1, message));
const uploadSchema = z.object({
  certificate: pem(msg('Paste the certificate, then each intermediate (PEM).')),
  key: pem(msg('Paste the private key (PEM).')),
});

const BADGE: Record<string, string> = { pending: 'info', issued: 'ok', failed: 'error', revoked: 'muted' };

const STATUS: Record<string, string> = {
  pending: msg('Being issued'),
  issued: msg('Active'),
  failed: msg('Could not be issued'),
  revoked: msg('Revoked'),
};

/** HTTPS for the site: the automatic certificate's state, or one of the customer's own. */
export function SiteCertificateSection({ siteId }: { siteId: string }) {
  const { t, i18n } = useTranslation();
  const { data, refetch } = useQuery(CERTIFICATE, { variables: { id: siteId }, pollInterval: 10_000 });
  const refresh = { onCompleted: () => void refetch() };
  const [upload] = useMutation(UPLOAD, refresh);
  const [issue, issuing] = useMutation(ISSUE, refresh);
  const [revoke, revoking] = useMutation(REVOKE, refresh);
  const [uploading, setUploading] = useState(false);
  const certificate = data?.site?.certificate ?? null;
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language, { dateStyle: 'long' });
  const problem = issuing.error ?? revoking.error;
  return (
    <section className="card" aria-labelledby="https-heading">
      <div className="card-header">
        <h2 id="https-heading">{t('HTTPS')}</h2>
        {certificate && (
          <span className={`badge ${BADGE[certificate.status] ?? 'muted'}`}>
            {t(STATUS[certificate.status] ?? certificate.status)}
          </span>
        )}
      </div>
      {problem && <ErrorBox>{serverErrors(problem)[0]?.message}</ErrorBox>}
      {!certificate ? (
        <p className="muted">
          {t(
            'A live site gets a free certificate from Let’s Encrypt when its server can be reached by its name; or upload your own.',
          )}
        </p>
      ) : (
        <dl className="facts">
          <dt>{t('Certificate')}</dt>
          <dd>{certificate.mode === 'acme' ? t('Automatic (renewed for you)') : t('Your own')}</dd>
          <dt>{t('Names')}</dt>
          <dd>{certificate.domains.join(', ')}</dd>
          {certificate.notAfter && (
            <>
              <dt>{t('Valid until')}</dt>
              <dd>{date(certificate.notAfter)}</dd>
            </>
          )}
          {certificate.issuer && (
            <>
              <dt>{t('Issued by')}</dt>
              <dd className="small">{certificate.issuer}</dd>
            </>
          )}
          {certificate.status === 'failed' && (
            <>
              <dt>{t('What went wrong')}</dt>
              <dd className="small">
                {t(
                  'The certificate authority could not reach the site. Check that the domain’s DNS points to Elasticweb.',
                )}
                {certificate.nextAttemptAt &&
                  ` ${t('Next try: {{date}}.', { date: new Date(certificate.nextAttemptAt).toLocaleString(i18n.language) })}`}
              </dd>
            </>
          )}
        </dl>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={issuing.loading}
          onClick={() => void issue({ variables: { siteId } }).catch(() => undefined)}
        >
          {certificate?.mode === 'uploaded' ? t('Use an automatic certificate') : t('Issue again now')}
        </button>
        <button type="button" className="button" onClick={() => setUploading(!uploading)}>
          {t('Upload my own certificate')}
        </button>
        {certificate && certificate.status !== 'revoked' && (
          <button
            type="button"
            className="button danger"
            disabled={revoking.loading}
            onClick={() => void revoke({ variables: { siteId } }).catch(() => undefined)}
          >
            {t('Revoke')}
          </button>
        )}
      </div>
      {uploading && (
        <SchemaForm
          schema={uploadSchema}
          fields={[
            {
              name: 'certificate',
              label: t('Certificate and chain (PEM)'),
              type: 'textarea',
              placeholder: '-----BEGIN CERTIFICATE-----',
            },
            {
              name: 'key',
              label: t('Private key (PEM)'),
              type: 'textarea',
              placeholder: '-----BEGIN PRIVATE KEY-----',
              hint: t('Sent once to your server; never shown again.'),
            },
          ]}
          submitLabel={t('Upload')}
          pendingLabel={t('Checking…')}
          success={t('Checked: it goes live in a moment.')}
          onSubmit={async (values) => {
            await upload({ variables: { siteId, ...values } });
            setUploading(false);
          }}
        />
      )}
    </section>
  );
}
