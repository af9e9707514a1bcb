import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidConfigError, type SiteConfig, type SiteOptions } from './model.js';
import { nginxAvailable, nginxTest } from './nginx-check.js';
import { PRESETS } from './presets.js';
import { renderServerBlock } from './render.js';

const layout = {
  siteRoot: '/srv/www/ewk3m9qz2a/site',
  fastcgi: '127.0.0.1:9000',
  listen: ['127.0.0.1:8080'],
  htpasswdDir: '/var/lib/elasticweb/htpasswd',
  maintenanceRoot: '/usr/share/elasticweb/maintenance',
};

/** Any string at all, biased towards the characters that matter to nginx's syntax. */
const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.stringMatching(/^[a-z0-9.;{}"'$\\\n\r\t #/~-]{0,30}$/),
  fc.constantFrom('include /etc/passwd;', '} server {', '$host', 'a"b', 'x\ny', '..', '/../etc'),
);
/** Mostly well-formed values, sometimes hostile ones: enough inputs get through to check them with nginx. */
const mostly = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: anyText as fc.Arbitrary<T | string>, weight: 1 });
/** Paths the renderer writes locations for itself, or that two options may both name. */
const takenPath = fc.constantFrom(
  '/',
  '/.well-known/acme-challenge/',
  '/wp-content/uploads/',
  '/uploads/',
  '/index.php',
  '/maintenance.html',
  '/admin/',
);
const plausiblePath = mostly(
  fc.oneof(
    { arbitrary: fc.stringMatching(/^\/[a-z0-9._~-]{1,12}(\/[a-z0-9._~-]{1,12}){0,2}\/?$/), weight: 4 },
    { arbitrary: takenPath, weight: 1 },
  ),
);
/** Addresses, now and then with an interface's zone id. */
const address = fc.oneof(
  { arbitrary: fc.oneof(fc.ipV4(), fc.ipV6()), weight: 8 },
  { arbitrary: fc.constantFrom('fe80::1%eth0', 'fe80::1%25eth0', 'fe80::/10'), weight: 1 },
);
const plausibleHost = mostly(fc.domain().map((d) => d.toLowerCase()));

const options: fc.Arbitrary<Partial<SiteOptions>> = fc.record(
  {
    canonicalHost: fc.constantFrom('none', 'bare', 'www'),
    gzip: fc.boolean(),
    staticCache: mostly(fc.stringMatching(/^\d{1,4}[smhdwMy]?$/)),
    clientMaxBodySize: mostly(fc.stringMatching(/^\d{1,4}[kmg]?$/)),
    hstsMaxAge: fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: 63_072_000 }), weight: 12 },
      { arbitrary: fc.integer({ min: -5, max: 70_000_000 }), weight: 1 },
    ),
    headers: fc.array(
      fc.record({
        name: mostly(fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/)),
        value: mostly(fc.stringMatching(/^[ -~]{1,40}$/)),
      }),
      { maxLength: 3 },
    ),
    protectedPaths: fc.array(plausiblePath, { maxLength: 3 }),
    customLocations: fc.array(
      fc.oneof(
        fc.record({ path: plausiblePath, app: mostly(fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/)) }),
        fc.record({ path: plausiblePath, redirectTo: fc.oneof(plausiblePath, fc.webUrl()), permanent: fc.boolean() }),
      ),
      { maxLength: 3 },
    ),
    allow: fc.array(mostly(address), { maxLength: 2 }),
    deny: fc.array(mostly(address), { maxLength: 2 }),
    maintenance: fc.boolean(),
  },
  { requiredKeys: [] },
);

const configs = fc
  .record({
    preset: fc.constantFrom(...PRESETS.map((p) => p.id)),
    domains: fc.array(plausibleHost, { minLength: 1, maxLength: 3 }),
    options,
  })
  .map(({ preset, domains, options }) => ({ preset, domains, options, layout }) as SiteConfig);

describe.skipIf(!nginxAvailable())('any accepted input', () => {
  it('yields a config that real nginx accepts; everything else is refused before rendering', () => {
    let accepted = 0;
    fc.assert(
      fc.property(configs, (config) => {
        let text: string;
        try {
          text = renderServerBlock(config);
        } catch (error) {
          if (error instanceof InvalidConfigError) return true; // refused with reasons: fine
          throw error;
        }
        accepted++;
        const result = nginxTest(text);
        expect(result.output).toBe('');
        return result.ok;
      }),
      { numRuns: 300, seed: Number(process.env.FC_SEED ?? 20261126) },
    );
    // The property says something only if many inputs got through.
    expect(accepted).toBeGreaterThan(50);
  });
});
