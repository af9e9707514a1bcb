import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, join } from 'node:path';
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

  describe('wordpress preset', () => {
    let stack: WebStack;
    beforeAll(async () => {
      stack = await startWebStack(
        { preset: 'wordpress', domains: ['blog.example'] },
        {
          'index.php': PROBE('index.php'),
          'wp-login.php': PROBE('wp-login.php'),
          'wp-admin/index.php': PROBE('wp-admin/index.php'),
          'wp-admin/includes/admin.php': `<?php // ${SECRET}`,
          'wp-config.php': `<?php define('DB_PASSWORD', '${SECRET}');`,
          'wp-includes/version.php': "<?php $wp_version = '6.1.1';",
          'wp-includes/load.php': `<?php echo "EXECUTED";`,
          'wp-content/uploads/2024/01/photo.jpg': 'JPEG',
          'wp-content/uploads/2024/01/shell.php': '<?php echo "EXECUTED";',
        },
        acme,
      );
    });
    afterAll(async () => stack?.stop());

    it('sends permalinks to index.php and runs wp-login.php and wp-admin/', async () => {
      expect((await stack.get('/2024/01/hello-world/')).body).toBe('script=index.php uri=/2024/01/hello-world/ query=');
      expect((await stack.get('/wp-login.php')).body).toMatch(/^script=wp-login\.php/);
      expect((await stack.get('/wp-admin/')).body).toMatch(/^script=wp-admin\/index\.php/);
    });

    it('refuses wp-config.php, library code and PHP in uploads', async () => {
      for (const path of [
        '/wp-config.php',
        '/wp-includes/load.php',
        '/wp-admin/includes/admin.php',
        '/wp-content/uploads/2024/01/shell.php',
      ]) {
        const response = await stack.get(path);
        expect(response.status, path).toBe(403);
        expect(response.body, path).not.toMatch(/hunter2|EXECUTED/);
      }
      expect((await stack.get('/wp-content/uploads/2024/01/photo.jpg')).headers['cache-control']).toBe(
        'max-age=2592000',
      );
    });
  });

  describe('laravel preset', () => {
    let stack: WebStack;
    beforeAll(async () => {
      stack = await startWebStack(
        { preset: 'laravel', domains: ['app.example'] },
        {
          '.env': SECRET,
          artisan: '#!/usr/bin/env php',
          'bootstrap/app.php': '<?php',
          'public/index.php': PROBE('index.php'),
          'public/other.php': '<?php echo "EXECUTED";',
          'public/css/app.css': 'body{}',
          'public/storage/avatar.png': 'PNG',
          'public/storage/evil.php': '<?php echo "EXECUTED";',
        },
        acme,
      );
    });
    afterAll(async () => stack?.stop());

    it('serves public/ and routes everything else to public/index.php', async () => {
      expect((await stack.get('/users/42?tab=posts')).body).toBe(
        'script=index.php uri=/users/42?tab=posts query=tab=posts',
      );
      expect((await stack.get('/css/app.css')).status).toBe(200);
      expect((await stack.get('/storage/avatar.png')).body).toBe('PNG');
    });

    it('runs no other script and keeps the application outside public/ unreachable', async () => {
      for (const path of ['/other.php', '/storage/evil.php', '/.env', '/../.env', '/bootstrap/app.php']) {
        const response = await stack.get(path);
        // 400: nginx refuses a path that climbs above the root before any location is tried.
        expect([400, 403, 404], path).toContain(response.status);
        expect(response.body, path).not.toMatch(/hunter2|EXECUTED/);
      }
    });
  });

  describe('symfony preset', () => {
    it('version 4 and later: public/index.php is the only script', async () => {
      const stack = await startWebStack(
        { preset: 'symfony', variant: '4', domains: ['sf.example'] },
        {
          'public/index.php': PROBE('index.php'),
          'public/config.php': '<?php echo "EXECUTED";',
          'config/secrets.php': SECRET,
        },
        acme,
      );
      try {
        expect((await stack.get('/blog/post-1')).body).toBe('script=index.php uri=/blog/post-1 query=');
        expect((await stack.get('/config.php')).status).toBe(404);
        expect((await stack.get('/config/secrets.php')).body).not.toContain('hunter2');
      } finally {
        await stack.stop();
      }
    });

    it('versions 2–3: web/app.php is the front controller, app_dev.php does not run', async () => {
      const stack = await startWebStack(
        { preset: 'symfony', variant: '3', domains: ['sf3.example'] },
        { 'web/app.php': PROBE('app.php'), 'web/app_dev.php': '<?php echo "EXECUTED";' },
        acme,
      );
      try {
        expect((await stack.get('/blog?page=3')).body).toBe('script=app.php uri=/blog?page=3 query=page=3');
        expect((await stack.get('/app_dev.php')).status).toBe(404);
      } finally {
        await stack.stop();
      }
    });
  });

  describe('drupal preset', () => {
    let stack: WebStack;
    beforeAll(async () => {
      stack = await startWebStack(
        { preset: 'drupal', variant: '8', domains: ['drupal.example'] },
        {
          'index.php': PROBE('index.php'),
          'update.php': PROBE('update.php'),
          'core/lib/Drupal.php': `<?php // ${SECRET}`,
          'core/modules/node/node.module': `<?php // ${SECRET}`,
          'core/themes/olivero/templates/page.html.twig': `{# ${SECRET} #}`,
          'sites/default/settings.php': `<?php $databases = '${SECRET}';`,
          'sites/default/services.yml': `# ${SECRET}`,
          'sites/default/files/logo.png': 'PNG',
          'sites/default/files/styles/thumbnail/public/made.jpg': 'JPG',
          'sites/default/files/evil.php': '<?php echo "EXECUTED";',
          'sites/default/files/private/report.pdf': SECRET,
          'vendor/autoload.php': `<?php // ${SECRET}`,
        },
        acme,
      );
    });
    afterAll(async () => stack?.stop());

    it('sends clean URLs to index.php and runs update.php', async () => {
      expect((await stack.get('/node/1?destination=admin')).body).toBe(
        'script=index.php uri=/node/1?destination=admin query=destination=admin',
      );
      expect((await stack.get('/update.php')).body).toMatch(/^script=update\.php/);
      expect((await stack.get('/sites/default/files/logo.png')).body).toBe('PNG');
    });

    it('lets Drupal make an image style on its first request, and serves it as a file once made', async () => {
      const missing = await stack.get('/sites/default/files/styles/thumbnail/public/photo.jpg?itok=Ab1');
      expect(missing.status).toBe(200);
      expect(missing.body).toBe(
        'script=index.php uri=/sites/default/files/styles/thumbnail/public/photo.jpg?itok=Ab1 query=itok=Ab1',
      );
      expect((await stack.get('/sites/default/files/styles/thumbnail/public/made.jpg')).body).toBe('JPG');
      expect((await stack.get('/system/files/report.jpg')).body).toBe(
        'script=index.php uri=/system/files/report.jpg query=',
      );
    });

    it('refuses module code, templates, config, private files and PHP in files/', async () => {
      for (const path of [
        '/core/modules/node/node.module',
        '/core/themes/olivero/templates/page.html.twig',
        '/sites/default/services.yml',
        '/sites/default/files/evil.php',
        '/sites/default/files/private/report.pdf',
        '/vendor/autoload.php',
      ]) {
        const response = await stack.get(path);
        expect(response.status, path).toBe(403);
        expect(response.body, path).not.toMatch(/hunter2|EXECUTED/);
      }
      // settings.php runs as PHP (printing nothing) rather than being shown.
      expect((await stack.get('/sites/default/settings.php')).body).not.toContain('hunter2');
    });
  });

  describe('mediawiki preset', () => {
    let stack: WebStack;
    beforeAll(async () => {
      stack = await startWebStack(
        { preset: 'mediawiki', domains: ['wiki.example'] },
        {
          'index.php': PROBE('index.php'),
          'api.php': PROBE('api.php'),
          'load.php': PROBE('load.php'),
          'LocalSettings.php': `<?php $wgDBpassword = '${SECRET}';`,
          'maintenance/update.php': '<?php echo "EXECUTED";',
          'includes/Defines.php': `<?php // ${SECRET}`,
          'cache/l10n_cache-en.cdb': SECRET,
          'images/a/ab/Logo.png': 'PNG',
          'images/a/ab/evil.php': '<?php echo "EXECUTED";',
          'images/deleted/x/old.png': SECRET,
          'skins/Vector/resources/skin.css': 'body{}',
        },
        acme,
      );
    });
    afterAll(async () => stack?.stop());

    it('serves articles at /wiki/Title through index.php, and the entry points', async () => {
      expect((await stack.get('/wiki/Main_Page')).body).toBe('script=index.php uri=/wiki/Main_Page query=');
      expect((await stack.get('/api.php?action=query')).body).toBe(
        'script=api.php uri=/api.php?action=query query=action=query',
      );
      expect((await stack.get('/load.php?modules=startup')).body).toMatch(/^script=load\.php/);
      const home = await stack.get('/');
      expect(home.status).toBe(301);
      expect(home.headers.location).toMatch(/\/wiki\/$/);
    });

    it('runs no other script and refuses settings, caches, maintenance and deleted images', async () => {
      for (const path of [
        '/LocalSettings.php',
        '/maintenance/update.php',
        '/includes/Defines.php',
        '/cache/l10n_cache-en.cdb',
        '/images/a/ab/evil.php',
        '/images/deleted/x/old.png',
      ]) {
        const response = await stack.get(path);
        expect([403, 404], path).toContain(response.status);
        expect(response.body, path).not.toMatch(/hunter2|EXECUTED/);
      }
      expect((await stack.get('/images/a/ab/Logo.png')).body).toBe('PNG');
      expect((await stack.get('/skins/Vector/resources/skin.css')).status).toBe(200);
    });
  });

  /** Frameworks with a single entry point: routes reach it, nothing else runs, code stays private. */
  describe.each([
    { preset: 'yii', variant: 'basic', root: 'web', front: 'index.php', code: 'config/db.php', otherRuns: true },
    {
      preset: 'yii',
      variant: 'advanced',
      root: 'frontend/web',
      front: 'index.php',
      code: 'common/config/main-local.php',
      otherRuns: true,
    },
    {
      preset: 'codeigniter',
      variant: '4',
      root: 'public',
      front: 'index.php',
      code: 'app/Config/Database.php',
      otherRuns: false,
    },
    {
      preset: 'codeigniter',
      variant: '3',
      root: '',
      front: 'index.php',
      code: 'application/config/database.php',
      otherRuns: false,
    },
    {
      preset: 'zend',
      variant: '3',
      root: 'public',
      front: 'index.php',
      code: 'config/autoload/local.php',
      otherRuns: false,
    },
    {
      preset: 'kohana',
      variant: '3',
      root: '',
      front: 'index.php',
      code: 'application/config/database.php',
      otherRuns: false,
    },
    {
      preset: 'asgardcms',
      variant: '3',
      root: 'public',
      front: 'index.php',
      code: 'config/database.php',
      otherRuns: false,
    },
  ])('$preset $variant preset', ({ preset, variant, root, front, code, otherRuns }) => {
    let stack: WebStack;
    const inRoot = (path: string) => (root ? `${root}/${path}` : path);
    beforeAll(async () => {
      stack = await startWebStack(
        { preset, variant, domains: [`${preset}.example`] },
        {
          [inRoot(front)]: PROBE(front),
          [inRoot('other.php')]: '<?php echo "OTHER-RAN";',
          [inRoot('css/site.css')]: 'body{}',
          [code]: `<?php return ['password' => '${SECRET}'];`,
        },
        acme,
      );
    });
    afterAll(async () => stack?.stop());

    it('routes pretty URLs to the front controller with their query', async () => {
      expect((await stack.get('/site/about?lang=en')).body).toBe(
        `script=${front} uri=/site/about?lang=en query=lang=en`,
      );
      expect((await stack.get('/css/site.css')).headers['cache-control']).toBe('max-age=2592000');
    });

    it(otherRuns ? 'runs other existing scripts, as the framework allows' : 'runs no other script', async () => {
      const response = await stack.get('/other.php');
      if (otherRuns) expect(response.body).toBe('OTHER-RAN');
      else expect(response.status).toBe(404);
    });

    it('never shows the application’s configuration', async () => {
      const response = await stack.get(`/${code}`);
      expect([403, 404], code).toContain(response.status);
      expect(response.body).not.toContain('hunter2');
    });
  });

  /** CMSs: pretty URLs reach the front controller as the software expects, private files stay private. */
  describe.each([
    {
      preset: 'joomla',
      variant: '4',
      front: 'index.php',
      url: '/blog/article-1?x=1',
      query: 'x=1',
      privates: ['logs/error.php', 'images/shell.php'],
    },
    {
      preset: 'octobercms',
      variant: '3',
      front: 'index.php',
      url: '/blog/post?x=1',
      query: 'x=1',
      privates: ['config/database.php', 'themes/demo/pages/home.htm', 'storage/logs/system.log'],
    },
    {
      preset: 'opencart',
      variant: '2',
      front: 'index.php',
      url: '/desktops/mac?x=1',
      query: '_route_=desktops/mac&x=1',
      privates: [
        'system/config/default.php',
        'catalog/view/theme/default/template/common/home.twig',
        'image/shell.php',
      ],
    },
    {
      preset: 'zencart',
      variant: '1.5',
      front: 'index.php',
      url: '/index.php?main_page=product_info',
      query: 'main_page=product_info',
      privates: ['includes/configure.php', 'cache/x.php', 'logs/debug.log'],
    },
    {
      preset: 'cmsmadesimple',
      variant: '2',
      front: 'index.php',
      url: '/news/item-1?x=1',
      query: 'page=news/item-1&x=1',
      privates: ['tmp/cache/x.php', 'lib/classes/class.x.php', 'uploads/shell.php'],
    },
    {
      preset: 'kodicms',
      variant: '13',
      front: 'index.php',
      url: '/page/1?x=1',
      query: 'x=1',
      privates: ['cms/application/config/database.php', 'system/classes/Kohana.php'],
    },
    {
      preset: 'maxsite',
      variant: '108',
      front: 'index.php',
      url: '/page/about?x=1',
      query: 'x=1',
      privates: ['application/config/database.php', 'system/core/CodeIgniter.php'],
    },
    {
      preset: 'modx',
      variant: '3',
      front: 'index.php',
      url: '/about-us.html?x=1',
      query: 'q=about-us.html&x=1',
      privates: ['core/config/config.inc.php'],
    },
    {
      preset: 'phpbb',
      variant: '3',
      front: 'app.php',
      url: '/help/faq?x=1',
      query: 'x=1',
      privates: ['config.php', 'cache/data_global.php', 'includes/functions.php', 'images/avatars/upload/shell.php'],
    },
  ])('$preset preset', ({ preset, variant, front, url, query, privates }) => {
    let stack: WebStack;
    beforeAll(async () => {
      const files: Record<string, string> = { [front]: PROBE(front), 'assets/site.css': 'body{}' };
      for (const path of privates) files[path] = path.endsWith('.php') ? `<?php echo "EXECUTED"; // ${SECRET}` : SECRET;
      stack = await startWebStack({ preset, variant, domains: [`${preset}.example`] }, files, acme);
    });
    afterAll(async () => stack?.stop());

    it('sends pretty URLs to its front controller as the software expects', async () => {
      expect((await stack.get(url)).body).toBe(`script=${front} uri=${url} query=${query}`);
      expect((await stack.get('/assets/site.css')).status).toBe(200);
    });

    it('never runs or shows its private files', async () => {
      for (const path of privates) {
        const response = await stack.get(`/${path}`);
        expect([403, 404], path).toContain(response.status);
        expect(response.body, path).not.toMatch(/hunter2|EXECUTED/);
      }
    });
  });

  describe('custom locations', () => {
    let stack: WebStack;
    let app: Server;
    beforeAll(async () => {
      stack = await startWebStack(
        {
          preset: 'php',
          domains: ['example.com'],
          options: {
            customLocations: [
              { path: '/api/', app: 'shop-api' },
              { path: '/old', redirectTo: 'https://example.com/new', permanent: true },
            ],
          },
        },
        fixture,
      );
      // The account's app, on its socket in the account's home (the folder above the site's).
      mkdirSync(join(dirname(stack.siteRoot), 'apps'), { recursive: true });
      app = createServer((req, res) => res.end(`app saw ${req.url} for ${req.headers.host}`));
      await new Promise<void>((done) => app.listen(join(dirname(stack.siteRoot), 'apps/shop-api.sock'), done));
    });
    afterAll(async () => {
      app?.close();
      await stack?.stop();
    });

    it('passes a path to the account’s own app through its socket, and nowhere else', async () => {
      const response = await stack.get('/api/orders?page=2');
      expect(response.status).toBe(200);
      expect(response.body).toBe('app saw /api/orders?page=2 for example.com');
      expect((await stack.get('/old')).status).toBe(301);
      expect((await stack.get('/')).body).toBe('script=index.php uri=/ query=');
    });
  });
});
