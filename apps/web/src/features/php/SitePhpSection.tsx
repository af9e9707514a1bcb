import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { msg } from '../../app/msg';
import { SchemaForm } from '../../components/form/SchemaForm';
import { Spinner } from '../../components/ui';
import { graphql } from '../../gql';

const SITE_PHP = graphql(`
  query SitePhp($siteId: ID!) {
    sitePhp(siteId: $siteId) {
      versions
      maxMemoryLimitMb
      maxUploadMb
      maxExecutionSeconds
      timezones
      current {
        version
        memoryLimitMb
        uploadMaxMb
        maxExecutionSeconds
        displayErrors
        timezone
      }
    }
  }
`);

const UPDATE_SITE_PHP = graphql(`
  mutation UpdateSitePhp($siteId: ID!, $input: PhpSettingsInput!) {
    updateSitePhp(siteId: $siteId, input: $input) {
      version
    }
  }
`);

const whole = (message: string) =>
  z.pipe(
    z.string().check(z.regex(/^\d{1,5}$/, message)),
    z.transform((value) => Number(value)),
  );

/** The site's PHP version and settings, written into its own php-fpm pool on the server. */
export function SitePhpSection({ siteId, onSaved }: { siteId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(SITE_PHP, { variables: { siteId } });
  const [update] = useMutation(UPDATE_SITE_PHP, { refetchQueries: [SITE_PHP] });
  if (loading && !data) return <Spinner />;
  if (!data) return null;
  const php = data.sitePhp;
  const schema = z.object({
    version: z.string(),
    memoryLimitMb: whole(msg('Enter a number of megabytes.')),
    uploadMaxMb: whole(msg('Enter a number of megabytes.')),
    maxExecutionSeconds: whole(msg('Enter a number of seconds.')),
    displayErrors: z.boolean(),
    timezone: z.string(),
  });
  return (
    <section className="card">
      <h2>{t('PHP')}</h2>
      <SchemaForm
        schema={schema}
        defaultValues={{
          version: php.current.version,
          memoryLimitMb: String(php.current.memoryLimitMb),
          uploadMaxMb: String(php.current.uploadMaxMb),
          maxExecutionSeconds: String(php.current.maxExecutionSeconds),
          displayErrors: php.current.displayErrors,
          timezone: php.current.timezone,
        }}
        fields={[
          {
            name: 'version',
            label: t('PHP version'),
            type: 'select',
            options: php.versions.map((version) => ({ value: version, label: `PHP ${version}` })),
          },
          {
            name: 'memoryLimitMb',
            label: t('Memory limit (MB)'),
            type: 'number',
            hint: t('Up to {{max}} MB. You pay for memory actually used, not for the limit.', {
              max: php.maxMemoryLimitMb,
            }),
          },
          {
            name: 'uploadMaxMb',
            label: t('Largest upload (MB)'),
            type: 'number',
            hint: t('Up to {{max}} MB. The web server’s own upload limit is in its settings.', {
              max: php.maxUploadMb,
            }),
          },
          {
            name: 'maxExecutionSeconds',
            label: t('Time limit of a request (seconds)'),
            type: 'number',
            hint: t('Up to {{max}} seconds.', { max: php.maxExecutionSeconds }),
          },
          {
            name: 'timezone',
            label: t('Time zone'),
            type: 'select',
            options: php.timezones.map((tz) => ({ value: tz, label: tz })),
          },
          { name: 'displayErrors', label: t('Show PHP errors to visitors (only while debugging)'), type: 'checkbox' },
        ]}
        submitLabel={t('Save PHP settings')}
        pendingLabel={t('Saving…')}
        success={t('Saved. The server applies them in a moment.')}
        onSubmit={async (input) => {
          await update({ variables: { siteId, input } });
          onSaved();
        }}
      />
    </section>
  );
}
