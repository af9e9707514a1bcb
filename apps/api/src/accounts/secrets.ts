import { createHash, randomBytes } from 'node:crypto';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** 32 random bytes, URL-safe: session, reset and verification tokens. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a token: it cannot be turned back into the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** `ew` + 8 random lower-case base32 characters, e.g. `ewk3m9qz2a` (DESIGN.md, accounts). */
export function newSystemName(): string {
  const bytes = randomBytes(8);
  let name = 'ew';
  for (const byte of bytes) name += BASE32[byte & 31];
  return name;
}
