import { afterAll, describe, expect, it } from 'vitest';
import { selfSignedCertificate } from './nginx-check.js';
import { PRESETS } from './presets.js';
import { startWebStack, webStackAvailable, type WebStack } from './test-support/web-stack.js';

const acme = { '.well-known/acme-challenge/token-1': 'token-1.key' };
const files = { 'index.php': '<?php echo "PAGE";', 'index.html': 'PAGE', 'old.html': 'OLD' };

/**
 * The tests' requests come from 127.0.0.1: each rule set below refuses it. Whatever the
 * preset and options — the www redirect, a custom redirect, a preset's home redirect —
 * a refused address gets 403 and nothing else, except certificate checks.
 */
const RULES = {
  'an allow list without it': { allow: ['203.0.113.0/24', '::/0'] },
  'a deny rule for it': { deny: ['127.0.0.0/8'] },
};

describe.skipIf(!webStackAvailable())('a refused address, with real nginx', () => {
  const stacks: WebStack[] = [];
  afterAll(async () => {
    await Promise.all(stacks.map((stack) => stack.stop()));
  });

  for (const [rules, access] of Object.entries(RULES))
    it(`gets 403 for every path of every preset, redirects included (${rules})`, async () => {
      for (const preset of PRESETS) {
        {
          const stack = await startWebStack(
            {
              preset: preset.id,
              domains: ['example.com', 'www.example.com'],
              options: {
                ...access,
                canonicalHost: 'bare',
                customLocations: [{ path: '/moved', redirectTo: 'https://example.org/new', permanent: true }],
              },
            },
            files,
            acme,
            {},
          );
          stacks.push(stack);
          const where = preset.id;
          for (const [path, host] of [
            ['/', 'example.com'],
            ['/', 'www.example.com'],
            ['/moved', 'example.com'],
            ['/index.php', 'example.com'],
            ['/old.html', 'example.com'],
            ['/wiki/Main_Page', 'example.com'],
          ] as const) {
            const response = await stack.get(path, host);
            expect(response.status, `${where}: ${host}${path}`).toBe(403);
            expect(response.headers.location, `${where}: ${host}${path}`).toBeUndefined();
          }
          // The certificate authority must still reach its challenge.
          expect((await stack.get('/.well-known/acme-challenge/token-1')).body, where).toBe('token-1.key');
          await stack.stop();
          stacks.pop();
        }
      }
    }, 180_000);

  it('gets 403, not the redirect to HTTPS, from a site served over TLS', async () => {
    const certificate = selfSignedCertificate();
    const stack = await startWebStack(
      { preset: 'php', domains: ['example.com'], options: { ...RULES['a deny rule for it'], redirectToHttps: true } },
      files,
      acme,
      { tls: certificate },
    );
    try {
      const plain = await stack.get('/');
      expect(plain.status).toBe(403);
      expect(plain.headers.location).toBeUndefined();
      expect((await stack.get('/.well-known/acme-challenge/token-1')).body).toBe('token-1.key');
    } finally {
      await stack.stop();
      certificate.cleanup();
    }
  });
});
