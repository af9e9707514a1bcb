import type { ReactNode } from 'react';
import { serverErrors } from '../app/apollo';
import { useTranslation } from 'react-i18next';

export function Spinner({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="spinner" role="status" aria-live="polite">
      <span className="spinner-dot" aria-hidden="true" />
      <span>{label ?? t('Loading…')}</span>
    </div>
  );
}

export function ErrorBox({ children, onRetry }: { children: ReactNode; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-box" role="alert">
      <span>{children}</span>
      {onRetry && (
        <button type="button" className="button small" onClick={onRetry}>
          {t('Try again')}
        </button>
      )}
    </div>
  );
}

export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {subtitle && <p className="muted">{subtitle}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}

export function EmptyState({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section className="empty-state card">
      <div className="empty-illustration" aria-hidden="true">
        <svg viewBox="0 0 64 64" width="64" height="64">
          <rect x="6" y="12" width="52" height="40" rx="6" fill="#eef2ff" stroke="#6366f1" strokeWidth="2" />
          <circle cx="14" cy="20" r="2" fill="#6366f1" />
          <circle cx="21" cy="20" r="2" fill="#a5b4fc" />
          <path d="M16 34h32M16 42h20" stroke="#a5b4fc" strokeWidth="3" strokeLinecap="round" />
        </svg>
      </div>
      <h2>{title}</h2>
      <p className="muted">{children}</p>
      {action}
    </section>
  );
}

/**
 * The four states of a page's list: loading, failed (with a retry), empty, and the list
 * itself. Every list page shows them the same way.
 */
export function QueryView(props: {
  loading: boolean;
  error: unknown;
  hasData: boolean;
  isEmpty: boolean;
  empty: ReactNode;
  onRetry: () => void;
  children: ReactNode;
}) {
  if (props.loading && !props.hasData) return <Spinner />;
  if (props.error && !props.hasData)
    return <ErrorBox onRetry={props.onRetry}>{serverErrors(props.error)[0]?.message}</ErrorBox>;
  if (props.isEmpty) return <>{props.empty}</>;
  return <>{props.children}</>;
}
