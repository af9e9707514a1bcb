import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export interface Operation {
  type: string;
  status: string;
  attempt: number;
}

/** Keeps a query fresh while its site's server has work to do, and stops when it is done. */
export function usePollWhileBusy(
  busy: boolean,
  startPolling: (ms: number) => void,
  stopPolling: () => void,
  intervalMs = 2000,
): void {
  useEffect(() => {
    if (busy) startPolling(intervalMs);
    else stopPolling();
    return stopPolling;
  }, [busy, startPolling, stopPolling, intervalMs]);
}

/** What the server is doing for the site, in the customer's words. */
export function useOperationLabel() {
  const { t } = useTranslation();
  return (operation: Operation): string => {
    if (operation.type === 'site.delete') return t('Removing the site from its server…');
    if (operation.type === 'site.detect') return t('Looking at the site’s files…');
    if (operation.attempt > 1 && operation.status === 'queued')
      return t('The server will try again shortly (attempt {{attempt}}).', { attempt: operation.attempt + 1 });
    return operation.status === 'queued' ? t('Waiting for the server…') : t('The server is applying the changes…');
  };
}

/** Three steps from "saved" to "live", so the customer sees where a change is. */
export function SiteProgress({ operation }: { operation: Operation }) {
  const { t } = useTranslation();
  const label = useOperationLabel();
  const steps = [t('Saved'), t('Sent to the server'), t('Live')];
  const current = operation.status === 'queued' ? 1 : 2;
  return (
    <section className="card progress-card-site" aria-live="polite">
      <ol className="steps" aria-label={t('Progress')}>
        {steps.map((step, index) => (
          <li
            key={step}
            className={index < current ? 'done' : index === current ? 'current' : ''}
            aria-current={index === current ? 'step' : undefined}
          >
            <span className="step-dot" aria-hidden="true" />
            {step}
          </li>
        ))}
      </ol>
      <p className="muted small">
        <span className="spinner-dot inline" aria-hidden="true" /> {label(operation)}
      </p>
    </section>
  );
}
