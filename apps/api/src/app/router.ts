import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from '../common/logger.js';
import { msg } from '../common/msg.js';
import { sendJson } from '../http/graphql-handler.js';

type Handler = (req: IncomingMessage, res: ServerResponse, param: string) => Promise<void>;

/** One route of the HTTP surface: a method (any when absent) and an exact path or a pattern with one parameter. */
export interface Route {
  method?: 'GET' | 'POST';
  path: string | RegExp;
  handle: Handler;
}

/**
 * The whole HTTP surface on one port: request ids and security headers on every
 * answer, the first route that matches, else the SPA. A route that throws answers 500
 * with a stable code and is logged with its request id.
 */
export function createRouter(routes: readonly Route[], fallback: RequestListener, logger: Logger): RequestListener {
  return (req, res) => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', requestId);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'same-origin');
    const path = req.url?.split('?')[0] ?? '/';
    const failed = (error: unknown) => {
      logger.error({ err: error, requestId }, 'request failed');
      if (!res.headersSent)
        sendJson(res, 500, {
          errors: [
            { message: msg('Something went wrong on our side.'), extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          ],
        });
      else res.destroy();
    };
    for (const route of routes) {
      if (route.method && route.method !== req.method) continue;
      const param = typeof route.path === 'string' ? (route.path === path ? '' : null) : route.path.exec(path)?.[1];
      if (param === null || param === undefined) continue;
      route.handle(req, res, param).catch(failed);
      return;
    }
    fallback(req, res);
  };
}
