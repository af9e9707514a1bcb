import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { serverErrors } from '../../app/apollo';
import { useLangPath } from '../../app/LanguageRoute';
import { ErrorBox, PageHeader, Spinner } from '../../components/ui';
import { DomainName, readableDomain, SiteStatusBadge } from './site-display';
import { DELETE_SITE, SCAN_SITE_FILES, SITE, SITES } from './site-documents';
import { SiteProgress, usePollWhileBusy } from './SiteProgress';
import { SitePhpSection } from '../php/SitePhpSection';
import { SiteCertificateSection } from '../certificates/SiteCertificateSection';
import { SiteImportSection } from '../imports/SiteImportSection';
import { SiteSecuritySection } from '../imports/SiteSecuritySection';

export default function SiteDetailPage() {
  const { t, i18n } = useTranslation();
  const to = useLangPath();
  const { siteId = '' } = useParams();
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(SITE, { variables: { id: siteId } });
  const [confirming, setConfirming] = useState(false);
  const [scan, scanning] = useMutation(SCAN_SITE_FILES);
  const busy = Boolean(data?.site?.operation) || data?.site?.status === 'PENDING' || data?.site?.status === 'DELETING';
  usePollWhileBusy(busy, startPolling, stopPolling);

  if (loading && !data) return <Spinner />;
  if (error && !data) return <ErrorBox onRetry={() => void refetch()}>{serverErrors(error)[0]?.message}</ErrorBox>;
  const site = data?.site;
  if (!site) {
    return (
      <>
        <PageHeader title={t('Site not found')} />
        <p className="muted">{t('This site does not exist, or it is not in your account.')}</p>
        <Link className="button" to={to('/sites')}>
          {t('Back to sites')}
        </Link>
      </>
    );
  }
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('Breadcrumbs')}>
        <Link to={to('/sites')}>{t('Sites')}</Link> / <span>{readableDomain(site.domain)}</span>
      </nav>
      <PageHeader
        title={readableDomain(site.domain)}
        subtitle={<SiteStatusBadge status={site.status} />}
        actions={
          <>
            <Link className="button" to={to(`/sites/${site.id}/usage`)}>
              {t('Usage')}
            </Link>
            <Link className="button" to={to(`/sites/${site.id}/nginx`)}>
              {t('Web server settings')}
            </Link>
            <button
              type="button"
              className="button"
              disabled={scanning.loading || site.status === 'PENDING'}
              title={t('Looks at the site’s files and picks the matching web server preset')}
              onClick={async () => {
                await scan({ variables: { id: site.id } });
                await refetch();
              }}
            >
              {t('Detect the CMS')}
            </button>
            <button type="button" className="button danger" onClick={() => setConfirming(true)}>
              {t('Delete site')}
            </button>
          </>
        }
      />
      {site.status === 'ERROR' && site.statusMessage && (
        <div className="error-box" role="alert">
          <span>{site.statusMessage}</span>
        </div>
      )}
      {scanning.error && <ErrorBox>{serverErrors(scanning.error)[0]?.message}</ErrorBox>}
      {site.operation && <SiteProgress operation={site.operation} />}
      <section className="card">
        <dl className="facts">
          <dt>{t('Domain')}</dt>
          <dd>
            <DomainName domain={site.domain} />
            {readableDomain(site.domain) !== site.domain && <span className="muted small"> ({site.domain})</span>}
          </dd>
          <dt>{t('Aliases')}</dt>
          <dd>
            {site.aliases.length === 0 ? (
              <span className="muted">{t('None')}</span>
            ) : (
              <ul className="plain-list">
                {site.aliases.map((alias) => (
                  <li key={alias}>
                    <DomainName domain={alias} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>{t('Web server preset')}</dt>
          <dd>{site.presetName ?? site.preset ?? t('None')}</dd>
          <dt>{t('PHP')}</dt>
          <dd>{site.phpVersion}</dd>
          <dt>{t('Added')}</dt>
          <dd>{date(site.createdAt)}</dd>
          <dt>{t('Last change')}</dt>
          <dd>{date(site.updatedAt)}</dd>
        </dl>
      </section>
      {site.status !== 'DELETING' && <SiteSecuritySection siteId={site.id} />}
      {site.status !== 'DELETING' && site.status !== 'PENDING' && <SiteCertificateSection siteId={site.id} />}
      {site.status !== 'DELETING' && site.status !== 'PENDING' && (
        <SiteImportSection siteId={site.id} onImported={() => void refetch()} />
      )}
      {site.status !== 'DELETING' && <SitePhpSection siteId={site.id} onSaved={() => void refetch()} />}
      {confirming && <DeleteSiteDialog id={site.id} domain={site.domain} onClose={() => setConfirming(false)} />}
    </>
  );
}

/** Deleting asks the customer to type the domain: one click must not remove a live site. */
function DeleteSiteDialog({ id, domain, onClose }: { id: string; domain: string; onClose: () => void }) {
  const { t } = useTranslation();
  const to = useLangPath();
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const [deleteSite, { loading, error }] = useMutation(DELETE_SITE, {
    refetchQueries: [SITES],
    awaitRefetchQueries: true,
  });
  const readable = readableDomain(domain);
  const matches = typed.trim().toLowerCase() === readable || typed.trim().toLowerCase() === domain;
  return (
    <div className="dialog-backdrop" role="presentation" onClick={onClose}>
      <div
        className="dialog card"
        role="dialog"
        aria-modal="true"
        aria-labelledby="delete-title"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="delete-title">{t('Delete {{domain}}?', { domain: readable })}</h2>
        <p>
          {t(
            'The site stops being served and its domain becomes free for anyone to add. Its usage history stays in your account.',
          )}
        </p>
        <label htmlFor="confirm-domain">{t('Type the domain to confirm')}</label>
        <input
          id="confirm-domain"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          autoFocus
          autoComplete="off"
          placeholder={readable}
        />
        {error && <ErrorBox>{serverErrors(error)[0]?.message}</ErrorBox>}
        <div className="form-actions">
          <button
            type="button"
            className="button danger"
            disabled={!matches || loading}
            onClick={async () => {
              await deleteSite({ variables: { id } });
              await navigate(to('/sites'), { replace: true });
            }}
          >
            {loading ? t('Deleting…') : t('Delete site')}
          </button>
          <button type="button" className="button ghost" onClick={onClose}>
            {t('Cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
