import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config.js';
import type { RequestContext } from '../graphql/context.js';
import { tokenKindOf, type TokenKind } from '../common/tokens.js';
import { clientIp } from '../http/client-ip.js';
import { createSiteLoaders, type SiteLoaders } from '../sites/site.loaders.js';
import { cookieOf, panelCookie, REFERRAL_COOKIE, SESSION_COOKIE, sessionToken } from './cookies.js';
import { requestLanguage } from './language.js';
// The caller fields these modules add to RequestContext, by declaration merging.
import type {} from '../accounts/guards.js';
import type {} from '../hosts/guards.js';
import type {} from '../referrals/guards.js';
import type { Services } from './services.js';

/**
 * The authentication chain: a bearer token is tried as a session, then as an agent's
 * host token, then as a partner's read-only API token. The first that matches says who
 * the caller is; the rest of the context is the request's own facts.
 */
export function requestContextFactory(services: Services, config: Config) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<RequestContext> => {
    const requestId = String(res.getHeader('x-request-id'));
    const token = sessionToken(req);
    // A prefixed token is looked up only where its kind lives; an older one tries each.
    const kind = token ? tokenKindOf(token) : null;
    const mayBe = (expected: TokenKind) => kind === null || kind === expected;
    const auth = token && mayBe('session') ? await services.accounts.authenticate(token) : null;
    const host = token && !auth && mayBe('host') ? await services.hosts.authenticate(token) : null;
    const partnerTokenOf =
      token && !auth && !host && mayBe('partnerApi') ? await services.referrals.authenticateToken(token) : null;
    let siteLoaders: SiteLoaders | undefined;
    return {
      requestId,
      ip: clientIp(req, config.TRUST_PROXY),
      language: requestLanguage(req, auth?.account.language, await services.translations.offeredCodes()),
      account: auth?.account ?? null,
      host,
      partnerTokenOf,
      referralCookie: cookieOf(req, REFERRAL_COOKIE),
      sessionTokenHash: auth?.tokenHash ?? null,
      // Apollo copies this object's own properties for every request, so lazy values
      // sit one level down (`loaders`), where the copy does not evaluate them.
      loaders: {
        // Made on first use: most requests never batch.
        get sites() {
          return (siteLoaders ??= createSiteLoaders(services.sites));
        },
      },
      session: {
        start: (sessionToken, expiresAt) =>
          res.appendHeader('set-cookie', panelCookie(config, SESSION_COOKIE, sessionToken, { expires: expiresAt })),
        end: () => res.appendHeader('set-cookie', panelCookie(config, SESSION_COOKIE, '', { maxAge: 0 })),
      },
    };
  };
}

/** Only agents send large bodies (usage batches); checked before the body is read. */
export function isHostRequestFactory(services: Services) {
  return async (req: IncomingMessage): Promise<boolean> => {
    const token = sessionToken(req);
    return token !== null && (await services.hosts.authenticate(token)) !== null;
  };
}
