import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { serverErrors } from '../../app/apollo';
import { ErrorBox } from '../../components/ui';
import { graphql } from '../../gql';

const FINDINGS = graphql(`
  query SiteMalware($siteId: ID) {
    malwareFindings(siteId: $siteId) {
      id
      path
      signature
      status
      foundAt
    }
  }
`);

const QUARANTINE = graphql(`
  mutation QuarantineFile($id: ID!) {
    quarantineFile(id: $id) {
      id
      status
    }
  }
`);

/** What the daily antivirus scan found in the site; nothing is removed unless the customer says so. */
export function SiteSecuritySection({ siteId }: { siteId: string }) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(FINDINGS, { variables: { siteId }, pollInterval: 30_000 });
  const [quarantine, { loading, error }] = useMutation(QUARANTINE, { refetchQueries: [FINDINGS] });
  const findings = data?.malwareFindings ?? [];
  if (findings.length === 0) return null;
  return (
    <section className="card" aria-labelledby="security-heading">
      <h2 id="security-heading">{t('Infected files')}</h2>
      <p className="muted small">
        {t(
          'The daily antivirus scan found these files. Nothing is deleted for you: move a file to quarantine, or clean it and the next scan clears it.',
        )}
      </p>
      {error && <ErrorBox>{serverErrors(error)[0]?.message}</ErrorBox>}
      <table className="table" aria-label={t('Infected files')}>
        <thead>
          <tr>
            <th scope="col">{t('File')}</th>
            <th scope="col">{t('Found')}</th>
            <th scope="col">{t('Status')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {findings.map((finding) => (
            <tr key={finding.id}>
              <td>
                <code>{finding.path.split('/').slice(2).join('/')}</code>
                <div className="small muted">{finding.signature}</div>
              </td>
              <td className="small">{new Date(finding.foundAt).toLocaleString(i18n.language)}</td>
              <td>
                {finding.status === 'open'
                  ? t('In the site')
                  : finding.status === 'quarantining'
                    ? t('Moving…')
                    : t('In quarantine')}
              </td>
              <td>
                {finding.status === 'open' && (
                  <button
                    type="button"
                    className="button small danger"
                    disabled={loading}
                    onClick={() => void quarantine({ variables: { id: finding.id } }).catch(() => undefined)}
                  >
                    {t('Move to quarantine')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
