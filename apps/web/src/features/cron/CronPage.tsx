import { useMutation, useQuery } from '@apollo/client/react';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { serverErrors } from '../../app/apollo';
import { msg } from '../../app/msg';
import { SchemaForm } from '../../components/form/SchemaForm';
import { relativeTime } from '../../components/time';
import { EmptyState, ErrorBox, PageHeader, QueryView } from '../../components/ui';
import { CREATE_CRON_JOB, CRON_JOBS, CRON_PREVIEW, DELETE_CRON_JOB, UPDATE_CRON_JOB } from '../access/access-documents';
import { usePollWhileBusy } from '../sites/SiteProgress';

const schema = z.object({
  schedule: z.string().check(z.trim(), z.minLength(1, msg('Enter a schedule, such as 15 3 * * *.'))),
  command: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, msg('Enter the command to run.')),
      z.maxLength(1000, msg('A command can be at most 1,000 characters long.')),
    ),
});

/** The schedule in words and its next runs, as the person types. */
function SchedulePreview({ schedule }: { schedule: string }) {
  const { t, i18n } = useTranslation();
  const deferred = useDeferredValue(schedule.trim());
  const { data } = useQuery(CRON_PREVIEW, { variables: { schedule: deferred }, skip: !deferred });
  const preview = data?.cronSchedulePreview;
  if (!deferred || !preview) return null;
  return (
    <div className={`live-preview ${preview.isValid ? '' : 'invalid'}`} aria-live="polite" data-testid="cron-preview">
      <strong>{preview.isValid ? `✓ ${preview.description}` : `✖ ${preview.description}`}</strong>
      {preview.nextRuns.length > 0 && (
        <p className="muted small">
          {t('Next runs: {{times}}', {
            times: preview.nextRuns
              .map((time) => new Date(time).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }))
              .join(' · '),
          })}
        </p>
      )}
    </div>
  );
}

/** Scheduled jobs of the account, run as its user from its home folder. */
export default function CronPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(CRON_JOBS, {
    fetchPolicy: 'cache-and-network',
  });
  const refresh = { refetchQueries: [CRON_JOBS] };
  const [create] = useMutation(CREATE_CRON_JOB, refresh);
  const [update, updating] = useMutation(UPDATE_CRON_JOB, refresh);
  const [remove, removing] = useMutation(DELETE_CRON_JOB, refresh);
  usePollWhileBusy(Boolean(data?.accessChangesPending), startPolling, stopPolling);
  const jobs = data?.cronJobs ?? [];
  return (
    <>
      <PageHeader
        title={t('Scheduled jobs')}
        subtitle={t('Commands the server runs on a schedule, as your user, from your home folder.')}
      />
      {data?.accessChangesPending && (
        <p className="muted small" aria-live="polite">
          <span className="spinner-dot inline" aria-hidden="true" /> {t('Applying your changes on the server…')}
        </p>
      )}
      <section className="card">
        <h2>{t('New job')}</h2>
        <SchemaForm
          schema={schema}
          fields={[
            {
              name: 'schedule',
              label: t('Schedule'),
              placeholder: '15 3 * * *',
              hint: t('Minute, hour, day of month, month, day of week; or @hourly, @daily, @weekly, @monthly.'),
            },
            { name: 'command', label: t('Command'), placeholder: 'php ~/shop.example.com/artisan schedule:run' },
          ]}
          preview={(values) => <SchedulePreview schedule={String(values.schedule ?? '')} />}
          submitLabel={t('Add job')}
          pendingLabel={t('Adding…')}
          resetOnSuccess
          onSubmit={async (input) => {
            await create({ variables: { input } });
          }}
        />
      </section>
      {(updating.error ?? removing.error) && (
        <ErrorBox>{serverErrors(updating.error ?? removing.error)[0]?.message}</ErrorBox>
      )}
      <QueryView
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        isEmpty={jobs.length === 0}
        onRetry={() => void refetch()}
        empty={
          <EmptyState title={t('No scheduled jobs')}>
            {t('Add one above, for example a CMS’s cron script every 15 minutes.')}
          </EmptyState>
        }
      >
        <ul className="alert-list">
          {jobs.map((job) => (
            <li key={job.id} className="card">
              <header className="alert-head">
                <div>
                  <strong>{job.preview.description}</strong> <code className="muted small">{job.schedule}</code>
                  <div>
                    <code>{job.command}</code>
                  </div>
                </div>
                <div className="page-actions">
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={job.isEnabled}
                      onChange={(event) =>
                        void update({
                          variables: {
                            id: job.id,
                            input: { schedule: job.schedule, command: job.command, isEnabled: event.target.checked },
                          },
                        })
                      }
                    />
                    {t('Enabled')}
                  </label>
                  <button
                    type="button"
                    className="button small ghost"
                    onClick={() => void remove({ variables: { id: job.id } })}
                  >
                    {t('Delete')}
                  </button>
                </div>
              </header>
              {job.lastRunAt ? (
                <details>
                  <summary className="small">
                    {t('Last run {{time}}, exit code {{code}}', {
                      time: relativeTime(job.lastRunAt, i18n.language),
                      code: job.lastExitCode ?? '—',
                    })}
                  </summary>
                  <pre className="code-block">{job.lastOutput || t('(no output)')}</pre>
                </details>
              ) : (
                <p className="muted small">{t('Not run yet.')}</p>
              )}
            </li>
          ))}
        </ul>
      </QueryView>
    </>
  );
}
