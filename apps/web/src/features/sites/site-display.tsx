import { toUnicode } from 'punycode/punycode.es6.js';
import { useTranslation } from 'react-i18next';
import type { SiteStatus } from '../../gql/graphql';

/** A stored punycode domain as people read it: `xn--bcher-kva.example` -> `bücher.example`. */
export function readableDomain(domain: string): string {
  try {
    return toUnicode(domain);
  } catch {
    return domain;
  }
}

export function DomainName({ domain }: { domain: string }) {
  const readable = readableDomain(domain);
  return (
    <span className="domain" title={readable !== domain ? domain : undefined}>
      {readable}
    </span>
  );
}

export function SiteStatusBadge({ status }: { status: SiteStatus }) {
  const { t } = useTranslation();
  const labels: Record<SiteStatus, [string, string, string]> = {
    PENDING: [t('Setting up'), 'info', t('Waiting for a hosting server to set the site up.')],
    ACTIVE: [t('Online'), 'ok', t('The site is served.')],
    BLOCKED: [t('Suspended'), 'warn', t('The balance has been negative too long; top up to bring the site back.')],
    DELETING: [t('Deleting'), 'muted', t('The site is being removed from its server.')],
    DELETED: [t('Deleted'), 'muted', t('The site has been deleted.')],
    ERROR: [
      t('Needs attention'),
      'error',
      t('The server could not apply the site. Our administrators have been told.'),
    ],
  };
  const [label, tone, explanation] = labels[status];
  return (
    <span className={`badge ${tone}`} title={explanation}>
      {label}
    </span>
  );
}
