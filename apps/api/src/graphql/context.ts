/**
 * Everything a resolver may read about one request. The kernel knows no domain: the
 * domains that authenticate a kind of caller add its field here by declaration merging
 * (`accounts/guards.ts` adds `account`, `hosts/guards.ts` adds `host`, `referrals/guards.ts`
 * adds `partnerTokenOf`), and the composition root (`app/request-context.ts`) fills them
 * in. Services are not here: resolvers get them through their constructor.
 */
export interface RequestContext {
  requestId: string;
  ip: string;
  /** The page's language, else the account's setting, else the browser's Accept-Language, else English. */
  language: string;
  /** Per-request DataLoaders, made on first use. */
  loaders: RequestLoaders;
  session: {
    /** Sets the httpOnly cookie the SPA uses instead of a bearer header. */
    start(token: string, expiresAt: Date): void;
    end(): void;
  };
}

/** Domains add their per-request loaders by declaration merging (`sites/site.loaders.ts`). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface RequestLoaders {}
