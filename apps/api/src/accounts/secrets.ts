import { randomBytes } from 'node:crypto';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** `ew` + 8 random lower-case base32 characters, e.g. `ewk3m9qz2a` (DESIGN.md, accounts). */
export function newSystemName(): string {
  const bytes = randomBytes(8);
  let name = 'ew';
  for (const byte of bytes) name += BASE32[byte & 31];
  return name;
}
