import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { AccountsService } from './accounts/accounts.service.js';
import type { Logger } from './common/logger.js';
import { SUPPORTED_LANGUAGES, type Config } from './config.js';
import type { RequestContext, Services } from './context.js';
import { errorPlugin, formatError } from './graphql/errors.js';
import { queryShapeLimit } from './graphql/limits.js';
import type { Mailer } from './mail/mailer.js';
import { createSchema } from './schema.js';
import { createSiteLoaders } from './sites/site.loaders.js';
import { SitesService } from './sites/sites.service.js';

export const SESSION_COOKIE = 'ew_session';
const MAX_BODY = '100kb';

export interface AppDependencies {
  config: Config;
  dataSource: DataSource;
  logger: Logger;
  mailer: Mailer;
}

export interface App {
  app: express.Express;
  services: Services;
  stop(): Promise<void>;
}

/** The language a request prefers among ours, from Accept-Language; English otherwise. */
export function preferredLanguage(header: string | undefined): string {
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
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.find((entry) => (SUPPORTED_LANGUAGES as readonly string[]).includes(entry.lang))?.lang ?? 'en';
}

function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  return parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE] ?? null;
}

/** Builds the HTTP application: /graphql, /healthz and the SPA, on one port. */
export async function createApp(deps: AppDependencies): Promise<App> {
  const { config, dataSource, logger, mailer } = deps;
  const services: Services = {
    accounts: new AccountsService(dataSource, config, mailer, logger),
    sites: new SitesService(dataSource),
  };

  const apollo = new ApolloServer<RequestContext>({
    schema: await createSchema(),
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    // Apollo's default, stated: a cross-site form post or simple GET cannot run a mutation with the cookie.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    persistedQueries: false,
    maxRecursiveSelections: true,
    validationRules: [queryShapeLimit()],
    formatError,
    plugins: [errorPlugin(), ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : [])],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  app.use((req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'same-origin');
    next();
  });

  app.get('/healthz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({
        status: 'ok',
        database: { status: 'ok', dialect: dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql' },
      });
    } catch (error) {
      logger.error({ err: error }, 'health check: database unreachable');
      res.status(503).json({ status: 'error', database: { status: 'unreachable' } });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => {
        const token = bearerToken(req);
        const auth = token ? await services.accounts.authenticate(token) : null;
        return {
          requestId: String(res.locals.requestId),
          ip: req.ip ?? 'unknown',
          language: auth?.account.language ?? preferredLanguage(req.headers['accept-language']),
          account: auth?.account ?? null,
          sessionTokenHash: auth?.tokenHash ?? null,
          config,
          logger: logger.child({ requestId: res.locals.requestId }),
          services,
          loaders: { sites: createSiteLoaders(dataSource) },
          session: {
            start(sessionToken, expiresAt) {
              res.append(
                'Set-Cookie',
                serializeCookie(SESSION_COOKIE, sessionToken, {
                  httpOnly: true,
                  sameSite: 'lax',
                  secure: config.cookieSecure,
                  path: '/',
                  expires: expiresAt,
                }),
              );
            },
            end() {
              res.append(
                'Set-Cookie',
                serializeCookie(SESSION_COOKIE, '', {
                  httpOnly: true,
                  sameSite: 'lax',
                  secure: config.cookieSecure,
                  path: '/',
                  maxAge: 0,
                }),
              );
            },
          },
        };
      },
    }),
  );

  mountSpa(app, config, logger);

  // Body parser failures (too large, not JSON) answer in GraphQL's error shape.
  app.use((error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? 500;
    if (status >= 500) logger.error({ err: error, requestId: res.locals.requestId }, 'request failed');
    const message =
      error.type === 'entity.too.large'
        ? `The request is too large; at most ${MAX_BODY} is accepted.`
        : status < 500
          ? 'The request could not be read as JSON.'
          : 'Something went wrong on our side. Please try again in a moment.';
    res
      .status(status)
      .json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  });

  return {
    app,
    services,
    async stop() {
      await apollo.stop();
    },
  };
}

/** Serves the built SPA; every unknown GET path gets index.html so client routes load directly. */
function mountSpa(app: express.Express, config: Config, logger: Logger): void {
  const dist = resolve(config.WEB_DIST ?? join(import.meta.dirname, '../../web/dist'));
  const index = join(dist, 'index.html');
  if (!existsSync(index)) {
    logger.warn({ dist }, 'the web panel is not built; run `npm run build` to serve it');
    app.get('/', (_req, res) => {
      res.type('text').send('Elasticweb API. The web panel is not built: run `npm run build`. GraphQL is at /graphql.');
    });
    return;
  }
  app.get('/', (req, res) => res.redirect(302, `/${preferredLanguage(req.headers['accept-language'])}/`));
  // Hashed file names never change, so browsers may keep them for a year.
  app.use('/assets', express.static(join(dist, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!graphql|healthz|assets\/).*/, (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}
