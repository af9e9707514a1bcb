import { pipeline } from 'node:stream/promises';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import express from 'express';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { AccountsService } from './accounts/accounts.service.js';
import type { Logger } from './common/logger.js';
import type { Config } from './config.js';
import { dialectOfDataSource } from './database/locking.js';
import type { RequestContext, Services } from './context.js';
import { errorPlugin, formatError } from './graphql/errors.js';
import { queryShapeLimit } from './graphql/limits.js';
import { clientIp } from './http/client-ip.js';
import { graphqlHandler, sendJson } from './http/graphql-handler.js';
import type { Mailer } from './mail/mailer.js';
import { createSchema } from './schema.js';
import { createSiteLoaders, type SiteLoaders } from './sites/site.loaders.js';
import { SitesService } from './sites/sites.service.js';
import { TranslationsService } from './i18n/translations.service.js';
import { NginxService } from './nginx/nginx.service.js';
import { HostsService } from './hosts/hosts.service.js';
import { ephemeralSigningKey, panelKeys, type SigningKey } from './hosts/signing-keys.js';
import { CommandQueue } from './hosts/command-queue.service.js';
import { msg } from './common/msg.js';
import { AlertsService } from './admin/alerts.service.js';
import { SiteDeployments } from './sites/site-deployments.service.js';
import { DatabasesService } from './databases/databases.service.js';
import { AccountAccess } from './access/account-access.service.js';
import { PhpService } from './php/php.service.js';
import { UsageService } from './usage/usage.service.js';
import { InvalidInputError } from './common/errors.js';
import { BillingService, RetryLaterError } from './billing/billing.service.js';
import { SuspensionService } from './billing/suspension.service.js';
import { Ledger } from './billing/ledger.js';
import { PricesService } from './billing/prices.service.js';
import { ChargingService } from './billing/charging.service.js';
import { createPaymentProvider } from './billing/payment-providers.js';
import { ReferralsService } from './referrals/referrals.service.js';
import { CertificatesService } from './certificates/certificates.service.js';
import { ImportsService, UploadTooLargeError } from './imports/imports.service.js';
import { AntivirusService } from './antivirus/antivirus.js';

export const SESSION_COOKIE = 'ew_session';
/** The partner code of the referral link a visitor came through, for 30 days. */
export const REFERRAL_COOKIE = 'ew_ref';

export interface AppDependencies {
  config: Config;
  dataSource: DataSource;
  logger: Logger;
  mailer: Mailer;
  /** Signs commands to agents; a throw-away key when absent (tests). */
  signingKey?: SigningKey;
}

export interface App {
  /** The whole HTTP surface: `createServer(app.handler)`. */
  handler: RequestListener;
  services: Services;
  stop(): Promise<void>;
}

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

function sessionToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  if (!req.headers.cookie) return null;
  return parseCookies(req.headers.cookie)[SESSION_COOKIE] ?? null;
}

/** Builds the HTTP application: /graphql, /healthz and the SPA, on one port. */
export async function createApp(deps: AppDependencies): Promise<App> {
  const { config, dataSource, logger, mailer } = deps;
  const signingKey = deps.signingKey ?? ephemeralSigningKey();
  const translations = new TranslationsService(dataSource);
  const commands = new CommandQueue(dataSource, signingKey, { leaseSeconds: config.COMMAND_LEASE_SECONDS });
  const alerts = new AlertsService(dataSource, logger, config.ALERT_WEBHOOK_URL);
  const deployments = new SiteDeployments(dataSource, commands, alerts);
  const ledger = new Ledger(dataSource);
  const prices = new PricesService(dataSource);
  const webhookSecret = config.PAYMENT_WEBHOOK_SECRET ?? randomBytes(32).toString('hex');
  const services: Services = {
    translations,
    accounts: new AccountsService(dataSource, config, mailer, logger, translations),
    sites: new SitesService(dataSource, deployments, (hostId) => commands.wake(hostId)),
    nginx: new NginxService(dataSource, deployments),
    hosts: new HostsService(dataSource, panelKeys(config, signingKey), commands, () =>
      deployments.deployWaitingSites(),
    ),
    commands,
    alerts,
    deployments,
    databases: new DatabasesService(dataSource, commands, deployments),
    access: new AccountAccess(dataSource, commands, deployments),
    php: new PhpService(dataSource, config, deployments),
    billing: new BillingService(dataSource, ledger, webhookSecret, config.publicUrl),
    suspension: undefined as never,
    prices,
    charging: new ChargingService(dataSource, ledger, prices),
    referrals: new ReferralsService(dataSource, ledger, config),
    certificates: undefined as never,
    imports: undefined as never,
    antivirus: new AntivirusService(dataSource, commands, alerts),
    usage: new UsageService(dataSource, {
      rawDays: config.USAGE_RAW_DAYS,
      fiveMinuteDays: config.USAGE_5M_DAYS,
      hourDays: config.USAGE_HOURLY_DAYS,
    }),
  };

  services.suspension = new SuspensionService(
    dataSource,
    config,
    mailer,
    translations,
    deployments,
    services.sites,
    services.billing,
  );
  services.imports = new ImportsService(dataSource, commands, services.databases, config);
  services.certificates = new CertificatesService(
    dataSource,
    commands,
    deployments,
    alerts,
    mailer,
    translations,
    config,
  );
  services.billing.usePaymentProvider(
    createPaymentProvider(config, webhookSecret, (body, signature) => services.billing.handleWebhook(body, signature)),
  );
  // A top-up that ends a negative balance unblocks at once; a charge may reach a spending limit.
  // Both run again with the scheduled jobs, so a failure here only delays them by a minute.
  const soon = (what: string) => (error: unknown) => logger.warn({ err: error }, `${what} waits for the next run`);
  services.billing.onCredited((accountId) =>
    services.suspension.enforceAccounts([accountId]).catch(soon('unblocking after a top-up')),
  );
  services.charging.onCharged((accountIds) =>
    services.suspension.enforceAccounts(accountIds).catch(soon('spending limits after charging')),
  );
  services.billing.onPaymentSucceeded((manager, payment, amount) =>
    services.referrals.onPayment(manager, payment, amount),
  );
  services.billing.onRefunded((manager, payment) => services.referrals.onRefund(manager, payment));
  services.accounts.useReferrals((signUp, signedInAs) => services.referrals.referrerFor(signUp, signedInAs));

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
    plugins: [
      errorPlugin(),
      // No CDN caches our answers; skipping the per-field cache hints saves work on every request.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  const cookie = (token: string, options: { expires?: Date; maxAge?: number }) =>
    serializeCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.cookieSecure,
      path: '/',
      ...options,
    });

  const graphql = graphqlHandler<RequestContext>(
    apollo,
    async (req, res) => {
      const requestId = String(res.getHeader('x-request-id'));
      const token = sessionToken(req);
      const auth = token ? await services.accounts.authenticate(token) : null;
      // Not a session: perhaps an agent's host token.
      const host = token && !auth ? await services.hosts.authenticate(token) : null;
      // Nor a host: perhaps a partner's read-only API token.
      const partnerTokenOf = token && !auth && !host ? await services.referrals.authenticateToken(token) : null;
      let siteLoaders: SiteLoaders | undefined;
      return {
        requestId,
        ip: clientIp(req, config.TRUST_PROXY),
        language: requestLanguage(req, auth?.account.language, await translations.offeredCodes()),
        account: auth?.account ?? null,
        host,
        partnerTokenOf,
        referralCookie: req.headers.cookie ? (parseCookies(req.headers.cookie)[REFERRAL_COOKIE] ?? null) : null,
        sessionTokenHash: auth?.tokenHash ?? null,
        config,
        // Log lines carry `requestId` themselves: a pino child per request costs more than
        // the query. Apollo copies this object's own properties for every request, so lazy
        // values sit one level down (`loaders`), where the copy does not evaluate them.
        logger,
        services,
        loaders: {
          // Made on first use: most requests never batch.
          get sites() {
            return (siteLoaders ??= createSiteLoaders(services.sites, services.deployments));
          },
        },
        session: {
          start: (sessionToken, expiresAt) =>
            res.appendHeader('set-cookie', cookie(sessionToken, { expires: expiresAt })),
          end: () => res.appendHeader('set-cookie', cookie('', { maxAge: 0 })),
        },
      };
    },
    async (req) => {
      // Only agents send large bodies (usage batches); checked before the body is read.
      const token = sessionToken(req);
      return token !== null && (await services.hosts.authenticate(token)) !== null;
    },
  );

  const health = async (res: ServerResponse) => {
    try {
      await dataSource.query('SELECT 1');
      sendJson(res, 200, {
        status: 'ok',
        database: { status: 'ok', dialect: dialectOfDataSource(dataSource) },
      });
    } catch (error) {
      logger.error({ err: error }, 'health check: database unreachable');
      sendJson(res, 503, { status: 'error', database: { status: 'unreachable' } });
    }
  };

  /** GET /i18n/{lang}.json: the same map as `translations(lang)`, revalidated by ETag. */
  const translationMap = async (req: IncomingMessage, res: ServerResponse, language: string) => {
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

  /** Payment providers post here; the signature header is `t=…,v1=…` (Stripe-compatible). */
  const paymentWebhook = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > 64 * 1024) return sendJson(res, 413, { error: 'too large' });
      chunks.push(chunk as Buffer);
    }
    const signature = String(req.headers['stripe-signature'] ?? req.headers['x-elasticweb-signature'] ?? '');
    try {
      const outcome = await services.billing.handleWebhook(Buffer.concat(chunks).toString('utf8'), signature);
      sendJson(res, 200, { received: true, outcome });
    } catch (error) {
      if (error instanceof RetryLaterError) {
        // Out of order (a refund before its payment): the provider delivers it again later.
        logger.info({ err: error }, 'payment webhook deferred');
        return sendJson(res, 503, { error: 'not yet: deliver again later' });
      }
      if (!(error instanceof InvalidInputError)) throw error;
      logger.warn({ err: error }, 'payment webhook refused');
      sendJson(res, 400, { error: 'invalid signature or payload' });
    }
  };

  /**
   * Uploads for site imports: the raw body is the file. The custom header makes the
   * request non-simple, so a cross-site form cannot send one with the session cookie.
   */
  const upload = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.headers['x-elasticweb-upload'] !== '1')
      return sendJson(res, 400, { error: 'x-elasticweb-upload: 1 is required' });
    const token = sessionToken(req);
    const auth = token ? await services.accounts.authenticate(token) : null;
    if (!auth) return sendJson(res, 401, { error: 'log in first' });
    const name = new URL(req.url ?? '/', 'http://x').searchParams.get('name') ?? '';
    try {
      const stored = await services.imports.receive(auth.account, name, req);
      sendJson(res, 201, { id: stored.id, name: stored.name, sizeBytes: stored.sizeBytes, sha256: stored.sha256 });
    } catch (error) {
      if (error instanceof UploadTooLargeError)
        return sendJson(res, 413, { error: `at most ${config.UPLOAD_MAX_MB} MB` });
      if (error instanceof InvalidInputError) return sendJson(res, 400, { error: error.message });
      throw error;
    }
  };

  /** A host fetches an upload it has to import (its own imports only). */
  const uploadForHost = async (req: IncomingMessage, res: ServerResponse, id: string) => {
    const token = sessionToken(req);
    const host = token ? await services.hosts.authenticate(token) : null;
    if (!host) return sendJson(res, 401, { error: 'host token required' });
    const file = await services.imports.fileForHost(host, id);
    if (!file) return sendJson(res, 404, { error: 'no such upload for this host' });
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    await pipeline(services.imports.openForHost(file), res);
  };

  /** A referral link: counts the visit, remembers the code for 30 days, and opens the sign-up page. */
  const referralLink = async (req: IncomingMessage, res: ServerResponse, code: string) => {
    const partner = await services.referrals.recordClick(code, clientIp(req, config.TRUST_PROXY));
    const language = preferredLanguage(req.headers['accept-language'], await translations.offeredCodes());
    if (partner)
      res.appendHeader(
        'set-cookie',
        serializeCookie(REFERRAL_COOKIE, partner.code, {
          httpOnly: true,
          sameSite: 'lax',
          secure: config.cookieSecure,
          path: '/',
          maxAge: 30 * 24 * 3600,
        }),
      );
    res.writeHead(302, { location: partner ? `/${language}/signup` : `/${language}/` });
    res.end();
  };

  const spa = createSpaApp(config, logger, () => translations.offeredCodes());

  const handler: RequestListener = (req, res) => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', requestId);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'same-origin');
    const path = req.url?.split('?')[0];
    const done = (error: unknown) => {
      logger.error({ err: error, requestId }, 'request failed');
      if (!res.headersSent)
        sendJson(res, 500, {
          errors: [
            { message: msg('Something went wrong on our side.'), extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          ],
        });
      else res.destroy();
    };
    const uploadId = path?.startsWith('/uploads/') ? /^\/uploads\/([0-9a-f-]{36})$/.exec(path) : null;
    const referral = path?.startsWith('/r/') ? /^\/r\/([A-Za-z0-9]{4,16})$/.exec(path) : null;
    const i18nFile = path?.startsWith('/i18n/') ? /^\/i18n\/([a-z]{2,3}(?:-[a-z0-9]{2,8})?)\.json$/.exec(path) : null;
    if (path === '/graphql') graphql(req, res).catch(done);
    else if (path === '/payments/webhook' && req.method === 'POST') paymentWebhook(req, res).catch(done);
    else if (referral && req.method === 'GET') referralLink(req, res, referral[1]!).catch(done);
    else if (path === '/uploads' && req.method === 'POST') upload(req, res).catch(done);
    else if (uploadId && req.method === 'GET') uploadForHost(req, res, uploadId[1]!).catch(done);
    else if (i18nFile) translationMap(req, res, i18nFile[1]!).catch(done);
    else if (path === '/healthz') health(res).catch(done);
    else spa(req, res);
  };

  return {
    handler,
    services,
    async stop() {
      await apollo.stop();
    },
  };
}

/** Serves the built SPA; every unknown GET path gets index.html so client routes load directly. */
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

function createSpaApp(
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
  const dist = resolve(config.WEB_DIST ?? join(import.meta.dirname, '../../web/dist'));
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
