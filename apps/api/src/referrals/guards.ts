declare module '../graphql/context.js' {
  interface RequestContext {
    /** The partner whose read-only API token authenticated the request (it opens `referralStats` only). */
    partnerTokenOf: string | null;
  }
}

/** The partner a read-only API token speaks for, or null when the caller came another way. */
export function partnerOfToken(context: { partnerTokenOf: string | null }): string | null {
  return context.partnerTokenOf;
}
