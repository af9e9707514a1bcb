import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebStack, webStackAvailable, type WebStack } from './test-support/web-stack.js';

/** A script that says which script ran, for which URI and query. */
const PROBE = (name: string) =>
  `<?php echo "script=${name} uri=" . $_SERVER['REQUEST_URI'] . " query=" . $_SERVER['QUERY_STRING'];`;
const SECRET = 'DB_PASSWORD=hunter2-secret';

const fixture = {
  'index.php': PROBE('index.php'),
  'info.php': PROBE('info.php'),
  'index.html': '<h1>static home</h1>',
  'style.css': 'body { color: black }',
  '.env': SECRET,
  '.git/config': `[core]\n# ${SECRET}`,
  'backup.sql': `-- ${SECRET}`,
  'config.php~': `<?php // ${SECRET}`,
  'vendor/autoload.php': `<?php // ${SECRET}`,
  'composer.json': '{}',
  'uploads/photo.png': 'PNG-BYTES',
  'uploads/evil.php': '<?php echo "EXECUTED";',
  'uploads/.htaccess': `# ${SECRET}`,
};
const acme = { '.well-known/acme-challenge/token-123': 'token-123.key-authorisation' };

describe.skipIf(!webStackAvailable())('behaviour with real nginx and php-fpm', () => {
  describe('php preset', () => {
    let stack: WebStack;
    beforeAll(async () => {
      stack = await startWebStack(
        { preset: 'php', domains: ['example.com', 'www.example.com'], options: { canonicalHost: 'bare' } },
        fixture,
        acme,
      );
    });
    afterAll(async () => stack?.stop());

    it('sends pretty URLs to the front controller with their query string', async () => {
      const response = await stack.get('/blog/hello-world?page=2');
      expect(response.status).toBe(200);
      expect(response.body).toBe('script=index.php uri=/blog/hello-world?page=2 query=page=2');
    });

    it('runs a PHP script that exists, and answers 404 for one that does not', async () => {
      expect((await stack.get('/info.php?a=b')).body).toBe('script=info.php uri=/info.php?a=b query=a=b');
      expect((await stack.get('/missing.php')).status).toBe(404);
    });

    it('never runs an upload as PHP, through path tricks either', async () => {
      for (const path of ['/uploads/evil.php', '/uploads/photo.png/x.php', '/uploads/evil.php/']) {
        const response = await stack.get(path);
        expect([403, 404], path).toContain(response.status);
        expect(response.body, path).not.toMatch(/EXECUTED|<\?php/);
      }
      expect((await stack.get('/uploads/photo.png')).body).toBe('PNG-BYTES');
    });

    it('refuses dotfiles, vendor code, backups and editor leftovers without showing them', async () => {
      for (const path of [
        '/.env',
        '/.git/config',
        '/backup.sql',
        '/config.php~',
        '/vendor/autoload.php',
        '/composer.json',
        '/uploads/.htaccess',
      ]) {
        const response = await stack.get(path);
        expect(response.status, path).toBe(403);
        expect(response.body, path).not.toContain('hunter2');
      }
    });

    it('serves static files with a long cache lifetime', async () => {
      const response = await stack.get('/style.css');
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('max-age=2592000');
      expect(response.headers['content-type']).toMatch(/text\/css/);
    });

    it('serves ACME challenges from the agent’s folder', async () => {
      const response = await stack.get('/.well-known/acme-challenge/token-123');
      expect(response.status).toBe(200);
      expect(response.body).toBe('token-123.key-authorisation');
    });

    it('redirects www. to the bare name', async () => {
      const response = await stack.get('/blog?x=1', 'www.example.com');
      expect(response.status).toBe(301);
      expect(response.headers.location).toBe('http://example.com/blog?x=1');
    });
  });

  describe('static preset', () => {
    let stack: WebStack;
    beforeAll(async () => {
      stack = await startWebStack({ preset: 'static', domains: ['static.example'] }, fixture, acme);
    });
    afterAll(async () => stack?.stop());

    it('serves files as they are and 404 for the rest', async () => {
      expect((await stack.get('/')).body).toBe('<h1>static home</h1>');
      expect((await stack.get('/no/such/page')).status).toBe(404);
    });

    it('never shows the source of a PHP file', async () => {
      for (const path of ['/index.php', '/uploads/evil.php']) {
        const response = await stack.get(path);
        expect(response.status, path).toBe(403);
        expect(response.body, path).not.toContain('<?php');
      }
    });
  });
});
