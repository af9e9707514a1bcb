import { UnauthenticatedError } from '../common/errors.js';
import type { Host } from './host.entity.js';

declare module '../graphql/context.js' {
  interface RequestContext {
    /** The agent's host, when a host token authenticated the request. */
    host: Host | null;
  }
}

/** The calling agent's host, or UNAUTHENTICATED. */
export function requireHost(context: { host: Host | null }): Host {
  if (!context.host) throw new UnauthenticatedError();
  return context.host;
}
