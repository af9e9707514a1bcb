import { createHash, randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** 24 characters from 57 that cannot be mistaken for each other: about 140 bits. */
export function generatePassword(length = 24): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/**
 * MySQL's `mysql_native_password` hash, `*` and SHA1(SHA1(password)) in hex. The agent
 * sets the user's password from it (`IDENTIFIED BY PASSWORD`), so the clear password
 * exists only in the API's one answer to the customer, never in a command or a table.
 */
export function nativePasswordHash(password: string): string {
  const inner = createHash('sha1').update(password, 'utf8').digest();
  return `*${createHash('sha1').update(inner).digest('hex').toUpperCase()}`;
}
