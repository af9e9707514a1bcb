import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE } from './hostile-values.js';
import { InvalidConfigError, type SiteConfig, type SiteOptions } from './model.js';
import { nginxAvailable, nginxTest, selfSignedCertificate } from './nginx-check.js';
import { PRESETS } from './presets.js';
import { renderServerBlock } from './render.js';

const layout = {
  siteRoot: '/srv/www/ewk3m9qz2a/example.com',
  fastcgi: 'unix:/run/php/01900000-0000-7000-8000-000000000000.sock',
  listen: ['127.0.0.1:8080'],
  listenTls: ['127.0.0.1:8443'],
  acmeRoot: '/var/lib/elasticweb/acme',
  htpasswdDir: '/var/lib/elasticweb/htpasswd/site',
  maintenanceRoot: '/usr/share/elasticweb/maintenance',
};

const site = (preset: string, options: Partial<SiteOptions> = {}): SiteConfig => ({
  preset,
  domains: ['example.com', 'www.example.com'],
  options,
  layout,
});

const certificate = selfSignedCertificate();
afterAll(() => certificate.cleanup());

/** Every option turned on at once. */
const everything = (): Partial<SiteOptions> => ({
  canonicalHost: 'bare',
  tls: { certificate: certificate.certificate, key: certificate.key },
  redirectToHttps: true,
  hstsMaxAge: 31536000,
  gzip: true,
  staticCache: '7d',
  clientMaxBodySize: '256m',
  headers: [{ name: 'X-Frame-Options', value: 'SAMEORIGIN' }],
  protectedPaths: ['/admin/'],
  customLocations: [
    { path: '/app/', app: 'shop-api' },
    { path: '/old', redirectTo: 'https://example.com/new', permanent: true },
  ],
  allow: ['203.0.113.0/24'],
  deny: ['198.51.100.7'],
});

describe('renderServerBlock', () => {
  it('writes the site’s own access log for usage, and refuses a log path that could inject a directive', () => {
    const text = renderServerBlock({
      ...site('php'),
      layout: { ...layout, accessLog: '/var/log/elasticweb/sites/s1.log' },
    });
    expect(text).toContain('access_log /var/log/elasticweb/sites/s1.log elasticweb_json;');
    expect(renderServerBlock(site('php'))).not.toContain('access_log');
    expect(() =>
      renderServerBlock({ ...site('php'), layout: { ...layout, accessLog: '/tmp/x.log; include /etc/shadow' } }),
    ).toThrow(InvalidConfigError);
  });

  it('is deterministic', () => {
    expect(renderServerBlock(site('php', everything()))).toBe(renderServerBlock(site('php', everything())));
  });

  it('runs only existing PHP scripts through the site’s pool', () => {
    const text = renderServerBlock(site('php'));
    expect(text).toContain('location ~ \\.php$ {\n        try_files $uri =404;');
    expect(text).toContain(`fastcgi_pass ${layout.fastcgi};`);
    expect(text).toContain('try_files $uri $uri/ /index.php?$query_string;');
  });

  it('never hands PHP to an interpreter for the static preset', () => {
    const text = renderServerBlock(site('static'));
    expect(text).not.toContain('fastcgi_pass');
    expect(text).toContain('try_files $uri $uri/ =404;');
  });

  it('serves ACME challenges from the agent’s folder even behind an allow list', () => {
    const text = renderServerBlock(site('php', { allow: ['203.0.113.0/24'] }));
    expect(text).toMatch(
      /location \^~ \/\.well-known\/acme-challenge\/ \{\n\s+root \/var\/lib\/elasticweb\/acme;\n\s+allow all;/,
    );
    expect(text).toContain('deny all;');
  });

  it('redirects HTTP to HTTPS but still answers ACME over HTTP', () => {
    const text = renderServerBlock(site('php', everything()));
    const [plain, tls] = text.split('\n\nserver {');
    expect(plain).toContain('return 301 https://$host$request_uri;');
    expect(plain).toContain('acme-challenge');
    expect(tls).toContain('listen 127.0.0.1:8443 ssl;');
    expect(tls).toContain('add_header Strict-Transport-Security "max-age=31536000" always;');
    expect(tls).toContain('return 301 https://example.com$request_uri;');
  });

  it('refuses hostile values in every field, naming the field, before writing any text', () => {
    const fields: Array<(value: string) => SiteConfig> = [
      (v) => ({ ...site('php'), domains: [v] }),
      (v) => ({ ...site('php'), layout: { ...layout, siteRoot: v } }),
      (v) => ({ ...site('php'), layout: { ...layout, fastcgi: v } }),
      (v) => site('php', { headers: [{ name: v, value: 'x' }] }),
      (v) => site('php', { staticCache: v }),
      (v) => site('php', { clientMaxBodySize: v }),
      (v) => site('php', { protectedPaths: [v] }),
      (v) => site('php', { customLocations: [{ path: v, app: 'shop-api' }] }),
      (v) => site('php', { customLocations: [{ path: '/x', redirectTo: v }] }),
      (v) => site('php', { allow: [v] }),
      (v) => site('php', { deny: [v] }),
    ];
    for (const make of fields) {
      for (const value of HOSTILE) {
        expect(() => renderServerBlock(make(value)), JSON.stringify(value)).toThrow(InvalidConfigError);
      }
    }
    for (const value of ['a"b', '$x', 'a\nb', 'a\\b']) {
      expect(() => renderServerBlock(site('php', { headers: [{ name: 'X-A', value }] }))).toThrow(
        /options\.headers\.0\.value/,
      );
    }
  });

  it('names unknown presets and variants', () => {
    expect(() => renderServerBlock(site('nope'))).toThrow(/preset: is not a known preset/);
    expect(() => renderServerBlock({ ...site('php'), variant: '9' })).toThrow(/variant: must be one of default/);
  });
});

describe.skipIf(!nginxAvailable())('real nginx accepts', () => {
  for (const preset of PRESETS) {
    for (const variant of preset.variants) {
      it(`${preset.id} ${variant.id} with default options`, () => {
        const result = nginxTest(renderServerBlock({ ...site(preset.id), variant: variant.id }));
        expect(result.output).toBe('');
        expect(result.ok).toBe(true);
      });

      it(`${preset.id} ${variant.id} with every option on`, () => {
        const result = nginxTest(renderServerBlock({ ...site(preset.id, everything()), variant: variant.id }));
        expect(result.output).toBe('');
        expect(result.ok).toBe(true);
      });

      it(`${preset.id} ${variant.id} in maintenance`, () => {
        const result = nginxTest(renderServerBlock({ ...site(preset.id, { maintenance: true }), variant: variant.id }));
        expect(result.ok, result.output).toBe(true);
      });
    }
  }

  it('and refuses a block with a stray brace (the check can fail)', () => {
    expect(nginxTest('server { listen 127.0.0.1:8080; } }').ok).toBe(false);
  });
});
