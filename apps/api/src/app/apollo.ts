import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Logger } from '../common/logger.js';
import type { Config } from '../config.js';
import type { RequestContext } from '../graphql/context.js';
import { errorPlugin, formatError } from '../graphql/errors.js';
import { costLimitPlugin } from '../graphql/cost.js';
import { queryShapeLimit } from '../graphql/limits.js';
import { anonymousLimitPlugin } from './anonymous-limit.js';
import type { GraphQLSchema } from 'graphql';
import type { Services } from './services.js';

/** Apollo with the hardening DESIGN.md asks for, started and ready to answer. */
export async function startApollo(schema: GraphQLSchema, services: Services, config: Config, logger: Logger) {
  const apollo = new ApolloServer<RequestContext>({
    schema,
    // Off in production: partners' tools load /graphql/schema.graphql instead.
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
      costLimitPlugin<RequestContext>(),
      anonymousLimitPlugin(services.limiter, config.ANONYMOUS_REQUESTS_PER_MINUTE),
      errorPlugin((language, text, params) => services.translations.translate(language, text, params), logger),
      // No CDN caches our answers; skipping the per-field cache hints saves work on every request.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();
  return apollo;
}
