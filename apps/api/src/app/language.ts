import type { IncomingMessage } from 'node:http';

/** The language a request prefers among ours, from Accept-Language; English otherwise. */
export function preferredLanguage(header: string | undefined, offered: readonly string[]): string {
  const ranked = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { tag: tag.toLowerCase(), lang: tag.toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const entry of ranked) {
    if (offered.includes(entry.tag)) return entry.tag;
    if (offered.includes(entry.lang)) return entry.lang;
  }
  return 'en';
}

/**
 * The language to answer in: the page the person is looking at (the panel sends
 * `x-panel-language`), else the account's setting, else Accept-Language, else English.
 */
export function requestLanguage(
  req: IncomingMessage,
  accountLanguage: string | undefined,
  offered: readonly string[],
): string {
  const page = req.headers['x-panel-language'];
  if (typeof page === 'string' && offered.includes(page)) return page;
  return accountLanguage ?? preferredLanguage(req.headers['accept-language'], offered);
}
