import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serverErrors } from '../../app/apollo';
import { msg } from '../../app/msg';
import { formatBytes } from '../../components/format';
import { ErrorBox } from '../../components/ui';
import { graphql } from '../../gql';

const IMPORTS = graphql(`
  query SiteImports($siteId: ID!) {
    siteImports(siteId: $siteId) {
      id
      status
      error
      files
      bytes
      preset
      settingsFile
      steps
      currentStep
      createdAt
      finishedAt
    }
  }
`);

const IMPORT_SITE = graphql(`
  mutation ImportSite($input: ImportSiteInput!) {
    importSite(input: $input) {
      id
      status
    }
  }
`);

/** What the host is doing now, as it reports it. */
const CURRENT_STEP: Record<string, string> = {
  'downloading the archive': msg('fetching the archive'),
  'copying the files from the old host': msg('copying the files from the old host'),
  'unpacking the files': msg('unpacking the files'),
  'importing the database': msg('importing the database'),
  'detecting the CMS': msg('detecting the CMS'),
  'pointing the site at its new database': msg('pointing the settings at the new database'),
};

const STEP_NAMES: Record<string, string> = {
  'downloading the archive': msg('Fetched the archive'),
  'copying the files from the old host': msg('Copied the files from the old host'),
  'unpacking the files': msg('Unpacked the files'),
  'importing the database': msg('Imported the database'),
  'detecting the CMS': msg('Detected the CMS'),
  'pointing the site at its new database': msg('Pointed the settings at the new database'),
};

/** Sends a file to POST /uploads with progress; the session cookie authenticates it. */
function uploadFile(file: File, onProgress: (share: number) => void): Promise<{ id: string }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/uploads?name=${encodeURIComponent(file.name)}`);
    request.setRequestHeader('x-elasticweb-upload', '1');
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      const body = JSON.parse(request.responseText || '{}') as { id?: string; error?: string };
      if (request.status === 201 && body.id) resolve({ id: body.id });
      else reject(new Error(body.error ?? `HTTP ${request.status}`));
    };
    request.onerror = () => reject(new Error('network'));
    request.send(file);
  });
}

/** Moving a site in: the old site's archive (and database dump) in, a report out. */
export function SiteImportSection({ siteId, onImported }: { siteId: string; onImported: () => void }) {
  const { t, i18n } = useTranslation();
  const { data, refetch, startPolling, stopPolling } = useQuery(IMPORTS, { variables: { siteId } });
  const [start] = useMutation(IMPORT_SITE);
  const [source, setSource] = useState<'upload' | 'sftp'>('upload');
  const [sftp, setSftp] = useState({ host: '', port: '22', username: '', password: '', path: '' });
  const [archive, setArchive] = useState<File | null>(null);
  const [dump, setDump] = useState<File | null>(null);
  const [updateSettings, setUpdateSettings] = useState(true);
  const [progress, setProgress] = useState<{ label: string; share: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const latest = data?.siteImports[0];
  const running = latest?.status === 'running';
  // While the server works, look every few seconds; stop once it reported.
  useEffect(() => {
    if (running) startPolling(3000);
    else stopPolling();
    return stopPolling;
  }, [running, startPolling, stopPolling]);

  const ready =
    source === 'upload' ? Boolean(archive) : Boolean(sftp.host && sftp.username && sftp.password && sftp.path);
  const submit = async () => {
    if (!ready) return;
    setProblem(null);
    try {
      let archiveUpload: { id: string } | null = null;
      if (source === 'upload' && archive) {
        setProgress({ label: t('Uploading the files'), share: 0 });
        archiveUpload = await uploadFile(archive, (share) => setProgress({ label: t('Uploading the files'), share }));
      }
      let dumpUpload: { id: string } | null = null;
      if (dump) {
        setProgress({ label: t('Uploading the database'), share: 0 });
        dumpUpload = await uploadFile(dump, (share) => setProgress({ label: t('Uploading the database'), share }));
      }
      await start({
        variables: {
          input: {
            siteId,
            archiveUploadId: archiveUpload?.id ?? null,
            sftp: source === 'sftp' ? { ...sftp, port: Number(sftp.port) || 22 } : null,
            dumpUploadId: dumpUpload?.id ?? null,
            updateSettings,
          },
        },
      });
      setArchive(null);
      setDump(null);
      await refetch();
      onImported();
    } catch (error) {
      setProblem(serverErrors(error)[0]?.message ?? (error as Error).message);
    } finally {
      setProgress(null);
    }
  };

  return (
    <section className="card" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('Move a site in')}</h2>
      <p className="muted small">
        {t(
          'Upload the old site’s files (.tar.gz or .zip) and, if it has one, its database dump (.sql or .sql.gz). The current files are archived, not lost.',
        )}
      </p>
      {problem && <ErrorBox>{problem}</ErrorBox>}
      <div className="form">
        <div className="radio-group" role="radiogroup" aria-label={t('Where the files come from')}>
          <label className="radio">
            <input
              type="radio"
              name="import-source"
              checked={source === 'upload'}
              onChange={() => setSource('upload')}
            />
            <span>{t('An archive from my computer')}</span>
          </label>
          <label className="radio">
            <input type="radio" name="import-source" checked={source === 'sftp'} onChange={() => setSource('sftp')} />
            <span>{t('Copy them from the old host over SFTP')}</span>
          </label>
        </div>
        {source === 'upload' ? (
          <label className="field">
            <span>{t('Files of the site')}</span>
            <input
              type="file"
              accept=".tar.gz,.tgz,.tar,.zip"
              onChange={(e) => setArchive(e.target.files?.[0] ?? null)}
            />
          </label>
        ) : (
          <div className="toolbar">
            <SftpField
              label={t('Old host')}
              value={sftp.host}
              placeholder="old-host.example.com"
              onChange={(host) => setSftp({ ...sftp, host })}
            />
            <SftpField
              label={t('Port')}
              value={sftp.port}
              type="number"
              onChange={(port) => setSftp({ ...sftp, port })}
            />
            <SftpField
              label={t('User')}
              value={sftp.username}
              onChange={(username) => setSftp({ ...sftp, username })}
            />
            <SftpField
              label={t('Password')}
              value={sftp.password}
              type="password"
              onChange={(password) => setSftp({ ...sftp, password })}
            />
            <SftpField
              label={t('Folder of the site')}
              value={sftp.path}
              placeholder="/var/www/html"
              onChange={(path) => setSftp({ ...sftp, path })}
            />
          </div>
        )}
        <label className="field">
          <span>{t('Database dump (optional)')}</span>
          <input type="file" accept=".sql,.gz" onChange={(e) => setDump(e.target.files?.[0] ?? null)} />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={updateSettings} onChange={(e) => setUpdateSettings(e.target.checked)} />
          <span>{t('Point the CMS’s settings file at the new database')}</span>
        </label>
        {progress && (
          <div className="progress-card" role="status">
            <span className="small">{progress.label}</span>
            <div className="progress-bar" aria-valuenow={Math.round(progress.share * 100)} role="progressbar">
              <span style={{ width: `${Math.round(progress.share * 100)}%` }} />
            </div>
          </div>
        )}
        <div className="form-actions">
          <button
            type="button"
            className="button primary"
            disabled={!ready || Boolean(progress) || running}
            onClick={() => void submit()}
          >
            {t('Import')}
          </button>
        </div>
      </div>
      {latest && (
        <div
          className={
            latest.status === 'failed' ? 'error-box' : latest.status === 'succeeded' ? 'success-box' : 'banner'
          }
          role="status"
        >
          <div>
            <strong>
              {latest.status === 'running'
                ? latest.currentStep && CURRENT_STEP[latest.currentStep]
                  ? t('Importing… now: {{step}}', { step: t(CURRENT_STEP[latest.currentStep]!) })
                  : t('Importing… the server is at work.')
                : latest.status === 'succeeded'
                  ? t('Imported {{count}} files ({{size}}).', {
                      count: latest.files ?? 0,
                      size: formatBytes(latest.bytes ?? 0, i18n.language),
                    })
                  : t('The import was refused.')}
            </strong>
            {latest.error && <p className="small">{latest.error}</p>}
            {latest.steps.length > 0 && (
              <ul className="plain-list small">
                {latest.steps
                  .filter((s) => STEP_NAMES[s])
                  .map((s) => (
                    <li key={s}>✓ {t(STEP_NAMES[s]!)}</li>
                  ))}
                {latest.preset && <li>✓ {t('Web server preset: {{preset}}', { preset: latest.preset })}</li>}
                {latest.settingsFile && <li>✓ {t('Updated {{file}}', { file: latest.settingsFile })}</li>}
              </ul>
            )}
          </div>
        </div>
      )}
    </section>
  );
}

function SftpField(props: {
  label: string;
  value: string;
  type?: string;
  placeholder?: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        type={props.type ?? 'text'}
        value={props.value}
        placeholder={props.placeholder}
        autoComplete="off"
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}
