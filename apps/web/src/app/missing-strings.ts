import { apolloClient } from './apollo';
import { REPORT_MISSING } from './missing-strings.documents';

const reported = new Set<string>();
let pending: Array<{ text: string; seenIn: string }> = [];
let timer: ReturnType<typeof setTimeout> | undefined;
/** A page whose language failed to load would otherwise report everything. */
const MAX_PER_SESSION = 200;

/** Queues a string that has no translation; each is sent once per page load, in batches. */
export function reportMissingString(text: string): void {
  if (reported.has(text) || reported.size >= MAX_PER_SESSION) return;
  reported.add(text);
  pending.push({ text, seenIn: window.location.pathname.slice(0, 200) });
  timer ??= setTimeout(flush, 1500);
}

function flush(): void {
  timer = undefined;
  const strings = pending.splice(0, 100);
  pending = pending.length ? pending : [];
  if (strings.length)
    void apolloClient.mutate({ mutation: REPORT_MISSING, variables: { strings } }).catch(() => undefined);
  if (pending.length) timer = setTimeout(flush, 1500);
}
