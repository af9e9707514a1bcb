import { describe, expect, it } from 'vitest';
import { hashToken, newToken, TOKEN_PREFIXES, tokenKindOf, type TokenKind } from './tokens.js';

describe('tokens', () => {
  it('start with the prefix of their kind, never with "-", and carry 256 random bits', () => {
    for (const kind of Object.keys(TOKEN_PREFIXES) as TokenKind[]) {
      const tokens = Array.from({ length: 200 }, () => newToken(kind));
      for (const token of tokens) {
        expect(token).toMatch(new RegExp(`^${TOKEN_PREFIXES[kind]}[A-Za-z0-9_-]{43}$`));
        expect(tokenKindOf(token)).toBe(kind);
      }
      expect(new Set(tokens).size).toBe(tokens.length);
    }
  });

  it('name no kind for tokens made before prefixes, which keep working by their hash', () => {
    expect(tokenKindOf('-Zk3vQ9xTqL0aBcDeFgHiJkLmNoPqRsTuVwXyZ012345')).toBeNull();
    expect(hashToken('ews_abc')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken('ews_abc')).not.toBe(hashToken('ewh_abc'));
  });
});
