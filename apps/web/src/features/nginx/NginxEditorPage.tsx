import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { serverErrors } from '../../app/apollo';
import { useLangPath } from '../../app/LanguageRoute';
import { SchemaForm, type FieldSpec } from '../../components/form/SchemaForm';
import { ErrorBox, PageHeader, Spinner } from '../../components/ui';
import { readableDomain } from '../sites/site-display';
import { DETECT_PRESET, NGINX_EDITOR, PREVIEW_NGINX, ROLLBACK_NGINX, UPDATE_NGINX } from './nginx-documents';
import { editorSchema, formFieldOf, toOptions, toValues, type EditorValues } from './nginx-form';
import { ProtectedPathUsers } from './ProtectedPathUsers';

/**
 * The nginx editor: a preset and its options as a form, a live preview with the diff
 * against what is live and warnings as the customer types, and the history of saved
 * revisions, any of which can be restored.
 */
export default function NginxEditorPage() {
  const { t, i18n } = useTranslation();
  const to = useLangPath();
  const { siteId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(NGINX_EDITOR, {
    variables: { siteId },
    fetchPolicy: 'cache-and-network',
  });
  const [updateNginx] = useMutation(UPDATE_NGINX);
  const [rollback, rollbackState] = useMutation(ROLLBACK_NGINX);
  const [preset, setPreset] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [initial, setInitial] = useState<EditorValues | null>(null);

  if (loading && !data) return <Spinner />;
  if (error && !data) return <ErrorBox onRetry={() => void refetch()}>{serverErrors(error)[0]?.message}</ErrorBox>;
  if (!data?.site) return <ErrorBox>{t('This site does not exist, or it is not in your account.')}</ErrorBox>;

  const site = data.site;
  const presets = data.nginxPresets;
  const live = data.siteNginxRevisions[0];
  const presetOf = (id: string) => presets.find((p) => p.id === id);
  const defaults =
    initial ??
    toValues(
      live?.preset ?? site.preset ?? 'php',
      live?.variant ?? null,
      (live?.options as Record<string, unknown>) ?? {},
      '',
    );
  const chosen = presetOf(preset ?? defaults.preset);

  const fields: Array<FieldSpec<EditorValues>> = [
    {
      name: 'preset',
      label: t('Software'),
      type: 'select',
      options: presets.map((p) => ({ value: p.id, label: p.name })),
      hint: chosen?.description,
    },
    {
      name: 'variant',
      label: t('Version'),
      type: 'select',
      options: [
        { value: '', label: t('The newest') },
        ...(chosen?.variants ?? []).map((v) => ({ value: v.id, label: v.name })),
      ],
    },
    {
      name: 'canonicalHost',
      label: t('Main address'),
      type: 'select',
      options: [
        { value: 'none', label: t('Answer on every name') },
        { value: 'bare', label: t('Redirect www. to the name without it') },
        { value: 'www', label: t('Redirect to the www. name') },
      ],
      hint: t('Search engines prefer one address per page.'),
    },
    {
      name: 'gzip',
      label: t('Compress text responses'),
      type: 'checkbox',
      hint: t('Pages load faster and use less traffic.'),
    },
    {
      name: 'staticCache',
      label: t('Browser cache for images, styles and scripts'),
      hint: t('How long browsers keep static files, such as 30d or 12h.'),
    },
    {
      name: 'clientMaxBodySize',
      label: t('Largest upload'),
      hint: t('The biggest request the site accepts, such as 64m.'),
    },
    { name: 'redirectToHttps', label: t('Send visitors to HTTPS'), type: 'checkbox' },
    {
      name: 'hstsMaxAge',
      label: t('HSTS lifetime in seconds'),
      hint: t('Tells browsers to use only HTTPS for this long; 0 turns it off.'),
    },
    {
      name: 'headers',
      label: t('Extra response headers'),
      type: 'textarea',
      placeholder: 'X-Frame-Options: SAMEORIGIN',
      hint: t('One per line: Name: value.'),
    },
    {
      name: 'protectedPaths',
      label: t('Password-protected paths'),
      type: 'textarea',
      placeholder: '/admin/',
      hint: t('One path per line; visitors must log in to open them.'),
    },
    {
      name: 'customLocations',
      label: t('Custom locations'),
      type: 'textarea',
      placeholder: '/api/ -> shop-api\n/old => https://example.com/new',
      hint: t(
        'One per line: a path -> one of your apps (listening on ~/apps/NAME.sock), or a path => an address to redirect to.',
      ),
    },
    {
      name: 'allow',
      label: t('Only these addresses may visit'),
      type: 'textarea',
      placeholder: '203.0.113.0/24',
      hint: t('One IP address or range per line; empty lets everyone in.'),
    },
    { name: 'deny', label: t('Blocked addresses'), type: 'textarea', placeholder: '198.51.100.7' },
    {
      name: 'maintenance',
      label: t('Maintenance mode'),
      type: 'checkbox',
      hint: t('Visitors see a “back soon” page; the site’s files stay as they are.'),
    },
  ];

  return (
    <>
      <nav className="breadcrumbs" aria-label={t('Breadcrumbs')}>
        <Link to={to('/sites')}>{t('Sites')}</Link> /{' '}
        <Link to={to(`/sites/${site.id}`)}>{readableDomain(site.domain)}</Link> / <span>{t('Web server')}</span>
      </nav>
      <PageHeader title={t('Web server settings')} subtitle={readableDomain(site.domain)} />
      <DetectPanel
        siteId={site.id}
        presetName={(id) => presetOf(id)?.name ?? id}
        onUse={(id, variant) => {
          setInitial({ ...defaults, preset: id, variant: variant ?? '' });
          setPreset(id);
          setFormKey((k) => k + 1);
        }}
      />
      <div className="editor-grid">
        <section className="card">
          <SchemaForm
            key={formKey}
            schema={editorSchema}
            defaultValues={defaults}
            fields={fields}
            fieldOf={formFieldOf}
            submitLabel={t('Save configuration')}
            pendingLabel={t('Saving…')}
            success={t('Saved as a new revision.')}
            // Keyed by the live revision: after a save or a restore the diff is asked for afresh.
            preview={(values) => (
              <LivePreview key={live?.revision ?? 0} siteId={site.id} values={values} onPreset={setPreset} />
            )}
            onSubmit={async (values) => {
              await updateNginx({
                variables: {
                  siteId: site.id,
                  input: { preset: values.preset, variant: values.variant || null, options: toOptions(values) },
                },
              });
              setInitial(values);
              await refetch();
            }}
          />
        </section>
        <section className="card history">
          <h2>{t('History')}</h2>
          {data.siteNginxRevisions.length === 0 ? (
            <p className="muted">{t('No saved configuration yet: the site uses the defaults of its software.')}</p>
          ) : (
            <ol className="revision-list">
              {data.siteNginxRevisions.map((revision, index) => (
                <li key={revision.revision}>
                  <span>
                    <strong>{t('Revision {{number}}', { number: revision.revision })}</strong> ·{' '}
                    {presetOf(revision.preset)?.name ?? revision.preset}
                    <br />
                    <span className="muted small">{new Date(revision.createdAt).toLocaleString(i18n.language)}</span>
                  </span>
                  {index === 0 ? (
                    <span className="badge ok">{t('current')}</span>
                  ) : (
                    <button
                      type="button"
                      className="button small"
                      disabled={rollbackState.loading}
                      onClick={async () => {
                        await rollback({ variables: { siteId: site.id, revision: revision.revision } });
                        setInitial(
                          toValues(
                            revision.preset,
                            revision.variant ?? null,
                            revision.options as Record<string, unknown>,
                            '',
                          ),
                        );
                        setPreset(revision.preset);
                        setFormKey((k) => k + 1);
                        await refetch();
                      }}
                    >
                      {t('Restore')}
                    </button>
                  )}
                </li>
              ))}
            </ol>
          )}
          {rollbackState.error && <ErrorBox>{serverErrors(rollbackState.error)[0]?.message}</ErrorBox>}
        </section>
      </div>
      <ProtectedPathUsers key={live?.revision ?? 0} siteId={site.id} />
    </>
  );
}

/** Renders the form's current values on the server (debounced) and shows warnings and the diff. */
function LivePreview({
  siteId,
  values,
  onPreset,
}: {
  siteId: string;
  values: Partial<EditorValues>;
  onPreset: (id: string) => void;
}) {
  const { t } = useTranslation();
  const serialized = JSON.stringify(values);
  const [debounced, setDebounced] = useState(serialized);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(serialized), 350);
    return () => clearTimeout(timer);
  }, [serialized]);
  useEffect(() => {
    if (values.preset) onPreset(values.preset);
  }, [values.preset, onPreset]);
  const current = JSON.parse(debounced) as Partial<EditorValues>;
  const { data, previousData, loading } = useQuery(PREVIEW_NGINX, {
    variables: {
      siteId,
      input: { preset: current.preset ?? 'php', variant: current.variant || null, options: toOptions(current) },
    },
    skip: !current.preset,
    // The answer depends on the live revision too, which the variables do not show.
    fetchPolicy: 'network-only',
  });
  const preview = (data ?? previousData)?.previewNginxConfig;
  return (
    <div className="live-preview" aria-live="polite">
      {preview?.problems.map((problem) => (
        <p
          key={`${problem.field}:${problem.message}`}
          className={problem.severity === 'ERROR' ? 'field-error' : 'warning'}
        >
          {problem.severity === 'ERROR' ? '✖ ' : '⚠ '}
          {problem.message}
        </p>
      ))}
      <details open>
        <summary>
          {t('Changes against the live configuration')}{' '}
          {loading && <span className="muted small">{t('Updating…')}</span>}
        </summary>
        <pre className="diff" aria-label={t('Changes against the live configuration')}>
          {(preview?.diff ?? '')
            .split('\n')
            .filter((line) => line.startsWith('+') || line.startsWith('-'))
            .map((line, index) => (
              <span key={index} className={line.startsWith('+') ? 'added' : 'removed'}>
                {line}
                {'\n'}
              </span>
            ))}
          {preview && !preview.diff.split('\n').some((line) => line.startsWith('+') || line.startsWith('-')) && (
            <span className="muted">{t('No changes.')}</span>
          )}
        </pre>
      </details>
    </div>
  );
}

/** Detection from the site's files, chosen in the browser: only their paths are sent. */
function DetectPanel({
  siteId,
  presetName,
  onUse,
}: {
  siteId: string;
  presetName: (id: string) => string;
  onUse: (preset: string, variant: string | null) => void;
}) {
  const { t } = useTranslation();
  const [detect, { data, loading, error }] = useMutation(DETECT_PRESET);
  const result = data?.detectSitePreset;
  return (
    <section className="card detect">
      <label htmlFor="site-folder">
        <strong>{t('Which software is it?')}</strong>{' '}
        {t('Choose the site’s folder on your computer and we suggest the right settings. Only file names are sent.')}
      </label>
      <input
        id="site-folder"
        type="file"
        // The folder picker: every file of the chosen folder, with its relative path.
        {...{ webkitdirectory: '', directory: '' }}
        multiple
        onChange={(event) => {
          const files = [...(event.target.files ?? [])].map((file) =>
            file.webkitRelativePath.split('/').slice(1).join('/'),
          );
          if (files.length)
            void detect({ variables: { siteId, files: files.slice(0, 50_000) } }).catch(() => undefined);
        }}
      />
      {loading && <Spinner label={t('Looking at the files…')} />}
      {error && <ErrorBox>{serverErrors(error)[0]?.message}</ErrorBox>}
      {result && (
        <div className="detected">
          <span>
            {t('Detected: {{software}}', {
              software: `${presetName(result.preset)}${result.version ? ` ${result.version}` : ''}`,
            })}
            <br />
            <span className="muted small">
              {t('Because of {{files}}', { files: result.evidence.join(', ') || '—' })}
            </span>
          </span>
          <button
            type="button"
            className="button primary small"
            onClick={() => onUse(result.preset, result.variant ?? null)}
          >
            {t('Use these settings')}
          </button>
        </div>
      )}
    </section>
  );
}
