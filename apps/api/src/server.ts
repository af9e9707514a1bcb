import type { RequestListener } from 'node:http';
import type { DataSource } from 'typeorm';
import { startApollo } from './app/apollo.js';
import { isHostRequestFactory, requestContextFactory } from './app/request-context.js';
import { createRouter } from './app/router.js';
import { healthRoute } from './app/routes/health.js';
import { paymentWebhookRoute } from './app/routes/payment-webhook.js';
import { referralLinkRoute } from './app/routes/referral-link.js';
import { resolverContainer } from './app/resolvers.js';
import { schemaFileRoute } from './app/routes/schema-file.js';
import { createSchema } from './app/schema.js';
import { translationFileRoute } from './app/routes/translation-files.js';
import { uploadForHostRoute, uploadRoute } from './app/routes/uploads.js';
import { createServices, type Services } from './app/services.js';
import { createSpaApp } from './app/spa.js';
import type { Logger } from './common/logger.js';
import type { Config } from './config.js';
import type { SigningKey } from './hosts/signing-keys.js';
import { graphqlHandler } from './http/graphql-handler.js';
import type { Mailer } from './mail/mailer.js';

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

/** Builds the HTTP application: /graphql, the raw routes and the SPA, on one port. */
export async function createApp(deps: AppDependencies): Promise<App> {
  const { config, dataSource, logger } = deps;
  const services = createServices(deps);
  const schema = await createSchema(resolverContainer(services, config));
  const apollo = await startApollo(schema, services, config, logger);
  const graphql = graphqlHandler(apollo, requestContextFactory(services, config), isHostRequestFactory(services));
  const handler = createRouter(
    [
      { path: '/graphql', handle: graphql },
      { path: '/graphql/schema.graphql', handle: schemaFileRoute(schema) },
      { method: 'POST', path: '/payments/webhook', handle: paymentWebhookRoute(services.billing, logger) },
      {
        method: 'GET',
        path: /^\/r\/([A-Za-z0-9]{4,16})$/,
        handle: referralLinkRoute(services.referrals, services.translations, config),
      },
      { method: 'POST', path: '/uploads', handle: uploadRoute(services.accounts, services.imports, config) },
      {
        method: 'GET',
        path: /^\/uploads\/([0-9a-f-]{36})$/,
        handle: uploadForHostRoute(services.hosts, services.imports),
      },
      {
        path: /^\/i18n\/([a-z]{2,3}(?:-[a-z0-9]{2,8})?)\.json$/,
        handle: translationFileRoute(services.translations),
      },
      { path: '/healthz', handle: (_req, res) => healthRoute(dataSource, logger)(res) },
    ],
    createSpaApp(config, logger, () => services.translations.offeredCodes()),
    logger,
  );
  return {
    handler,
    services,
    async stop() {
      await apollo.stop();
    },
  };
}
