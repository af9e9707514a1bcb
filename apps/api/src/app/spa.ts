import express from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Logger } from '../common/logger.js';
import type { Config } from '../config.js';
import { preferredLanguage } from './language.js';

/**
 * The panel loads only its own scripts and styles and talks only to this origin, so
 * an injected script has nowhere to load from or send to; no site may frame it.
 */
const PANEL_SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
};

/** Serves the built SPA; every unknown GET path gets index.html so client routes load directly. */
export function createSpaApp(
  config: Config,
  logger: Logger,
  offeredLanguages: () => Promise<readonly string[]>,
): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.set(PANEL_SECURITY_HEADERS);
    next();
  });
  const dist = resolve(config.WEB_DIST ?? join(import.meta.dirname, '../../../web/dist'));
  const index = join(dist, 'index.html');
  if (!existsSync(index)) {
    logger.warn({ dist }, 'the web panel is not built; run `npm run build` to serve it');
    app.get('/', (_req, res) => {
      res.type('text').send('Elasticweb API. The web panel is not built: run `npm run build`. GraphQL is at /graphql.');
    });
    return app;
  }
  app.get('/', async (req, res) => {
    res.redirect(302, `/${preferredLanguage(req.headers['accept-language'], await offeredLanguages())}/`);
  });
  // Hashed file names never change, so browsers may keep them for a year.
  app.use('/assets', express.static(join(dist, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!assets\/).*/, (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return app;
}
