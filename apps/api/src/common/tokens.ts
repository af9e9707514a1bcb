import { createHash, randomBytes } from 'node:crypto';

/**
 * Every token says what it is in its first characters. A prefix means a token never
 * starts with `-` (a command line would take it for an option), tells a reader which
 * kind leaked, and lets secret scanners recognise them. The rest is 32 random bytes,
 * base64url.
 */
export const TOKEN_PREFIXES = {
  session: 'ews_',
  passwordReset: 'ewr_',
  emailVerification: 'ewv_',
  partnerApi: 'ewp_',
  host: 'ewh_',
  hostEnrollment: 'ewe_',
} as const;

export type TokenKind = keyof typeof TOKEN_PREFIXES;

export function newToken(kind: TokenKind): string {
  return TOKEN_PREFIXES[kind] + randomBytes(32).toString('base64url');
}

/** The kind a token's prefix names; null for tokens made before prefixes (they still work). */
export function tokenKindOf(token: string): TokenKind | null {
  for (const [kind, prefix] of Object.entries(TOKEN_PREFIXES)) if (token.startsWith(prefix)) return kind as TokenKind;
  return null;
}

/** What the database keeps of a token: it cannot be turned back into the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
