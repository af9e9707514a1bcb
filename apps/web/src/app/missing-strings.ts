import { apolloClient } from './apollo';
import { REPORT_MISSING } from './missing-strings.documents';

/** Kept for the browser session, so each string is reported once however many pages show it. */
const STORAGE_KEY = 'elasticweb.reported-strings';
const reported = new Set<string>(readReported());

function readReported(): string[] {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]') as string[];
  } catch {
    return [];
  }
}

let pending: Array<{ text: string; seenIn: string }> = [];
let timer: ReturnType<typeof setTimeout> | undefined;
/** A page whose language failed to load would otherwise report everything. */
const MAX_PER_SESSION = 200;

/** Queues a string that has no translation; each is sent once per browser session, in batches. */
export function reportMissingString(text: string): void {
  if (reported.has(text) || reported.size >= MAX_PER_SESSION) return;
  reported.add(text);
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...reported]));
  } catch {
    // storage full or disabled: the server deduplicates anyway
  }
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
