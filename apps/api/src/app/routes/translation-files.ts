import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../../http/graphql-handler.js';
import type { TranslationsService } from '../../i18n/translations.service.js';

/** GET /i18n/{lang}.json: the same map as `translations(lang)`, revalidated by ETag. */
export function translationFileRoute(translations: TranslationsService) {
  return async (req: IncomingMessage, res: ServerResponse, language: string): Promise<void> => {
    const cached = await translations.mapFor(language);
    if (!cached) {
      sendJson(res, 404, { error: 'unknown language' });
      return;
    }
    res.setHeader('etag', cached.etag);
    // Browsers keep the file and ask each time whether it changed; the answer is usually a bodiless 304.
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('vary', 'accept-encoding');
    if (req.headers['if-none-match'] === cached.etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? cached.gzip : cached.json;
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
