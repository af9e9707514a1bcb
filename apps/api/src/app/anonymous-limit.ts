import type { ApolloServerPlugin } from '@apollo/server';
import { RateLimitedError } from '../common/errors.js';
import { msg } from '../common/msg.js';
import type { RateLimiter } from '../database/rate-limiter.js';
import type { RequestContext } from '../graphql/context.js';

/**
 * Requests from nobody in particular (no session, host or partner token) are counted
 * per address: the public fields are cheap, but a stranger must not be able to keep the
 * API busy for everyone else.
 */
export function anonymousLimitPlugin(limiter: RateLimiter, perMinute: number): ApolloServerPlugin<RequestContext> {
  const rule = { limit: perMinute, windowSeconds: 60 };
  const listener = {
    // Before anything runs; errors here are answered like any other GraphQL error.
    async didResolveOperation({ contextValue }: { contextValue: RequestContext }) {
      if (contextValue.account || contextValue.host || contextValue.partnerTokenOf) return;
      const state = await limiter.hit(`graphql:anonymous:${contextValue.ip}`, rule);
      if (!state.allowed)
        throw new RateLimitedError(
          msg('Too many requests. Try again in {{count}} minutes.'),
          { count: Math.max(1, Math.ceil(state.retryAfterSeconds / 60)) },
          state.retryAfterSeconds,
        );
    },
  };
  return { requestDidStart: async () => listener };
}
