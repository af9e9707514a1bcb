import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from './presets.js';
import { startWebStack, webStackAvailable, type WebStack } from './test-support/web-stack.js';

/**
 * What every preset and variant promises, checked the same way on each with real
 * nginx and php-fpm: ACME files served, dotfiles refused unseen, static files cached,
 * PHP dropped into any upload folder never run.
 */
const cases = PRESETS.flatMap((preset) => preset.variants.map((variant) => ({ preset, variant })));

describe.skipIf(!webStackAvailable())('every preset', () => {
  describe.each(cases)('$preset.id $variant.id', ({ preset, variant }) => {
    let stack: WebStack;
    const inRoot = (path: string) => (variant.publicRoot ? `${variant.publicRoot}/${path}` : path);
    beforeAll(async () => {
      const files: Record<string, string> = {
        [inRoot('.env')]: 'SECRET=hunter2',
        [inRoot('.git/config')]: 'hunter2',
        [inRoot('robots.css')]: 'body{}',
      };
      for (const dir of preset.uploadDirs) {
        files[inRoot(`${dir.slice(1)}evil.php`)] = '<?php echo "EXECUTED";';
        files[inRoot(`${dir.slice(1)}photo.png`)] = 'PNG';
      }
      stack = await startWebStack({ preset: preset.id, variant: variant.id, domains: ['every.example'] }, files, {
        '.well-known/acme-challenge/tok': 'tok.auth',
      });
    });
    afterAll(async () => stack?.stop());

    it('serves ACME challenges', async () => {
      expect((await stack.get('/.well-known/acme-challenge/tok')).body).toBe('tok.auth');
    });

    it('refuses dotfiles without showing them', async () => {
      for (const path of ['/.env', '/.git/config']) {
        const response = await stack.get(path);
        expect(response.status, path).toBe(403);
        expect(response.body).not.toContain('hunter2');
      }
    });

    it('serves static files with a cache lifetime', async () => {
      const response = await stack.get('/robots.css');
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('max-age=2592000');
    });

    it('never runs PHP from an upload folder', async () => {
      for (const dir of preset.uploadDirs) {
        const response = await stack.get(`${dir}evil.php`);
        expect(response.status, dir).toBe(403);
        expect(response.body, dir).not.toContain('EXECUTED');
        expect((await stack.get(`${dir}photo.png`)).body, dir).toBe('PNG');
      }
    });
  });
});
