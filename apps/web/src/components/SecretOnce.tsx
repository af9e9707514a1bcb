import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A secret the API shows once: visible, copyable, and said to be shown only now. */
export function SecretOnce({ label, value, onDone }: { label: string; value: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <div className="success-box secret-once" role="status">
      <p>
        <strong>{label}</strong>
      </p>
      <pre className="code-block" data-testid="secret">
        {value}
      </pre>
      <p className="small">{t('Copy it now: it is shown only this once. You can set a new one at any time.')}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button small"
          onClick={() => void navigator.clipboard?.writeText(value).then(() => setCopied(true))}
        >
          {copied ? t('Copied') : t('Copy')}
        </button>
        <button type="button" className="button small ghost" onClick={onDone}>
          {t('Done')}
        </button>
      </div>
    </div>
  );
}
