declare module '../graphql/context.js' {
  interface RequestContext {
    /** The partner whose read-only API token authenticated the request (it opens `referralStats` only). */
    partnerTokenOf: string | null;
  }
}

export {};
