import { describe, expect, it } from 'vitest';
import * as grammar from './grammar.js';
import { HOSTILE } from './hostile-values.js';

describe('the value grammar', () => {
  it('accepts plain values', () => {
    expect(grammar.hostName('xn--bcher-kva.example')).toEqual({ ok: true, value: 'xn--bcher-kva.example' });
    expect(grammar.urlPath('/wp-admin/')).toEqual({ ok: true, value: '/wp-admin/' });
    expect(grammar.filePath('/srv/www/ewk3m9qz2a/example.com/')).toEqual({
      ok: true,
      value: '/srv/www/ewk3m9qz2a/example.com',
    });
    expect(grammar.headerName('X-Frame-Options').ok).toBe(true);
    expect(grammar.headerValue('max-age=31536000; includeSubDomains').ok).toBe(true);
    expect(grammar.size('64M')).toEqual({ ok: true, value: '64m' });
    expect(grammar.duration('30d').ok).toBe(true);
    expect(grammar.ipRange('203.0.113.0/24').ok).toBe(true);
    expect(grammar.ipRange('2001:DB8::/32')).toEqual({ ok: true, value: '2001:db8::/32' });
    expect(grammar.listenAddress('[::]:443').ok).toBe(true);
    expect(grammar.fastcgiAddress('unix:/run/php/site.sock')).toEqual({ ok: true, value: 'unix:/run/php/site.sock' });
    expect(grammar.fastcgiAddress('127.0.0.1:9000').ok).toBe(true);
  });

  it.each([
    ['hostName', grammar.hostName],
    ['urlPath', grammar.urlPath],
    ['filePath', grammar.filePath],
    ['headerName', grammar.headerName],
    ['size', grammar.size],
    ['duration', grammar.duration],
    ['ipRange', grammar.ipRange],
    ['listenAddress', grammar.listenAddress],
    ['fastcgiAddress', grammar.fastcgiAddress],
    ['userName', grammar.userName],
  ] as const)('%s refuses every hostile value', (_name, check) => {
    for (const value of HOSTILE) expect(check(value).ok, JSON.stringify(value)).toBe(false);
  });

  it('header values refuse what would end the quoted string or expand a variable', () => {
    for (const value of ['a"b', 'a\\b', '$host', 'a\nb', '\u0000', 'é', '', 'x'.repeat(513)]) {
      expect(grammar.headerValue(value).ok, JSON.stringify(value)).toBe(false);
    }
  });

  it('limits sizes, durations, ports and prefix lengths', () => {
    expect(grammar.size('11g').ok).toBe(false);
    expect(grammar.duration('11y').ok).toBe(false);
    expect(grammar.port(0).ok).toBe(false);
    expect(grammar.port(65536).ok).toBe(false);
    expect(grammar.ipRange('10.0.0.0/33').ok).toBe(false);
    expect(grammar.listenAddress('999.1.1.1:80').ok).toBe(false);
  });
});
