import { ForbiddenError, UnauthenticatedError } from '../common/errors.js';
import type { Account, Role } from './account.entity.js';

declare module '../graphql/context.js' {
  interface RequestContext {
    /** The signed-in account, when a session token authenticated the request. */
    account: Account | null;
    /** Hash of the session token that authenticated this request, to end just that session. */
    sessionTokenHash: string | null;
    /** The partner code a referral link left in the browser, for attribution at sign-up. */
    referralCookie: string | null;
  }
}

type WithAccount = { account: Account | null };

/** The caller's account, or UNAUTHENTICATED. */
export function requireAccount(context: WithAccount): Account {
  if (!context.account) throw new UnauthenticatedError();
  return context.account;
}

/** The caller's account if it has one of the roles, else FORBIDDEN. */
export function requireRole(context: WithAccount, ...roles: Role[]): Account {
  const account = requireAccount(context);
  if (!roles.includes(account.role)) throw new ForbiddenError();
  return account;
}
