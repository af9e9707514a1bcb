import { describe, expect, it } from 'vitest';
import { normalizeDomain } from './domain-name.js';

function accepted(input: string): string {
  const result = normalizeDomain(input);
  if (!result.ok) throw new Error(`expected ${input} to be accepted, got: ${result.message}`);
  return result.domain;
}

function refusal(input: string): string {
  const result = normalizeDomain(input);
  if (result.ok) throw new Error(`expected ${input} to be refused, got ${result.domain}`);
  return result.message;
}

describe('normalizeDomain', () => {
  it('stores international names as lower-case punycode', () => {
    expect(accepted('bücher.example')).toBe('xn--bcher-kva.example');
    expect(accepted('Bücher.Example')).toBe('xn--bcher-kva.example');
    expect(accepted('xn--bcher-kva.example')).toBe('xn--bcher-kva.example');
  });

  it('lower-cases, trims and drops the root dot', () => {
    expect(accepted('  WWW.Example.COM. ')).toBe('www.example.com');
  });

  it('accepts example.com and .example names used in documentation', () => {
    expect(accepted('example.com')).toBe('example.com');
    expect(accepted('shop.example')).toBe('shop.example');
  });

  it('refuses labels that start or end with a hyphen', () => {
    expect(refusal('-bad-.com')).toMatch(/hyphen/);
    expect(refusal('ok.bad-.com')).toMatch(/hyphen/);
  });

  it('refuses empty labels', () => {
    expect(refusal('a..b')).toMatch(/empty parts/);
    expect(refusal('.example.com')).toMatch(/empty parts/);
  });

  it('refuses IP literals', () => {
    expect(refusal('127.0.0.1')).toMatch(/IP address/);
    expect(refusal('[::1]')).toMatch(/IP address/);
    expect(refusal('::1')).toMatch(/IP address/);
  });

  it('refuses localhost and special-use names', () => {
    expect(refusal('localhost')).toMatch(/two parts/);
    for (const name of [
      'app.localhost',
      'printer.local',
      'site.test',
      'x.invalid',
      'corp.internal',
      '1.in-addr.arpa',
      'abc.onion',
    ]) {
      expect(refusal(name)).toMatch(/reserved/);
    }
  });

  it('refuses names longer than 253 characters', () => {
    const long = `${'a'.repeat(60)}.`.repeat(5) + 'com';
    expect(long.length).toBeGreaterThan(253);
    expect(refusal(long)).toMatch(/253/);
    expect(refusal('x'.repeat(300))).toMatch(/253/);
  });

  it('refuses labels longer than 63 characters', () => {
    expect(refusal(`${'a'.repeat(64)}.com`)).toMatch(/63/);
  });

  it('refuses URLs, paths, spaces and underscores with a hint', () => {
    expect(refusal('https://example.com')).toMatch(/without http/);
    expect(refusal('example.com/shop')).toMatch(/without http/);
    expect(refusal('ex ample.com')).toMatch(/spaces/);
    expect(refusal('my_site.com')).toMatch(/letters, digits and hyphens/);
  });

  it('refuses a single label and numeric top-level domains', () => {
    expect(refusal('intranet')).toMatch(/two parts/);
    expect(refusal('example.123')).toMatch(/number/);
  });
});
