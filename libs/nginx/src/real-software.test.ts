/**
 * The real thing: Debian's WordPress (6.1) and MediaWiki (1.39) served through their
 * presets by real nginx and php-fpm, with a real MariaDB database each.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebStack, webStackAvailable, type WebStack } from './test-support/web-stack.js';

const WORDPRESS = '/usr/share/wordpress';
const MEDIAWIKI = '/usr/share/mediawiki';
const MYSQL = process.env.TEST_MYSQL_URL;

function realSoftwareAvailable(): boolean {
  const ready =
    webStackAvailable() &&
    existsSync(`${WORDPRESS}/wp-settings.php`) &&
    existsSync(`${MEDIAWIKI}/maintenance/install.php`) &&
    !!MYSQL;
  if (!ready && process.env.CI === 'true') {
    throw new Error(
      'CI=true but WordPress, MediaWiki or TEST_MYSQL_URL is missing: run scripts/install-system-deps.sh and set TEST_MYSQL_URL',
    );
  }
  return ready;
}

/** A database of its own on the test server, dropped afterwards. */
async function scratchDatabase(prefix: string): Promise<{ name: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const connection = await createConnection(MYSQL!);
  await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await connection.end();
  return {
    name,
    async drop() {
      const c = await createConnection(MYSQL!);
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}

const db = () => {
  const url = new URL(MYSQL!);
  return {
    host: url.hostname === 'localhost' ? '127.0.0.1' : url.hostname,
    port: url.port || '3306',
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  };
};

describe.skipIf(!realSoftwareAvailable())('real software', () => {
  describe('WordPress 6.1 through the wordpress preset', () => {
    let stack: WebStack;
    let database: Awaited<ReturnType<typeof scratchDatabase>>;
    let dir: string;

    beforeAll(async () => {
      database = await scratchDatabase('ew_wp');
      dir = mkdtempSync(join(tmpdir(), 'ew-wordpress-'));
      const root = join(dir, 'wordpress');
      // A copy (symbolic links kept), so the site gets a wp-config.php of its own.
      cpSync(WORDPRESS, root, { recursive: true, verbatimSymlinks: true });
      const { host, port, user, password } = db();
      const salt = () => randomBytes(32).toString('hex');
      writeFileSync(
        join(root, 'wp-config.php'),
        `<?php
define('DB_NAME', '${database.name}');
define('DB_USER', '${user}');
define('DB_PASSWORD', '${password}');
define('DB_HOST', '${host}:${port}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((k) => `define('${k}', '${salt()}');`).join('\n')}
$table_prefix = 'wp_';
define('WP_HOME', 'http://blog.example');
define('WP_SITEURL', 'http://blog.example');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
      );
      stack = await startWebStack({ preset: 'wordpress', domains: ['blog.example'] }, {}, {}, { siteRoot: root });
    });
    afterAll(async () => {
      await stack?.stop();
      await database?.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('completes its installer and serves a post at its pretty permalink', async () => {
      const install = await stack.postForm('/wp-admin/install.php?step=2', {
        weblog_title: 'Elasticweb test blog',
        user_name: 'admin',
        admin_password: 'A long admin password 1',
        admin_password2: 'A long admin password 1',
        pw_weak: '1',
        admin_email: 'admin@example.com',
        blog_public: '0',
      });
      expect(install.status).toBe(200);
      expect(install.body).toContain('WordPress has been installed');

      // Pretty permalinks, as an administrator sets them in Settings → Permalinks.
      const connection = await createConnection({ ...db(), port: Number(db().port), database: database.name });
      await connection.query(
        "UPDATE wp_options SET option_value = '/%postname%/' WHERE option_name = 'permalink_structure'",
      );
      await connection.query("DELETE FROM wp_options WHERE option_name = 'rewrite_rules'");
      await connection.end();

      const post = await stack.get('/hello-world/');
      expect(post.status).toBe(200);
      expect(post.body).toContain('Hello world!');
      expect(post.body).toContain('Welcome to WordPress.');
    });

    it('never shows wp-config.php or runs an uploaded script', async () => {
      const config = await stack.get('/wp-config.php');
      expect(config.status).toBe(403);
      expect(config.body).not.toContain('DB_PASSWORD');
    });
  });

  describe('MediaWiki 1.39 through the mediawiki preset', () => {
    let stack: WebStack;
    let database: Awaited<ReturnType<typeof scratchDatabase>>;
    let confDir: string;

    beforeAll(async () => {
      database = await scratchDatabase('ew_mw');
      confDir = mkdtempSync(join(tmpdir(), 'ew-mediawiki-'));
      const { host, port, user, password } = db();
      // MediaWiki's command-line installer, as an operator runs it.
      const install = spawnSync(
        'php',
        [
          `${MEDIAWIKI}/maintenance/install.php`,
          '--dbtype=mysql',
          `--dbserver=${host}:${port}`,
          `--dbname=${database.name}`,
          `--dbuser=${user}`,
          `--dbpass=${password}`,
          '--server=http://wiki.example',
          '--scriptpath=',
          `--confpath=${confDir}`,
          '--pass=A long admin password 1',
          'Elasticweb test wiki',
          'Admin',
        ],
        { encoding: 'utf8', timeout: 120_000 },
      );
      if (install.status !== 0) throw new Error(`MediaWiki install failed:\n${install.stdout}\n${install.stderr}`);
      // Short URLs (Manual:Short_URL): articles at /wiki/Title.
      appendFileSync(join(confDir, 'LocalSettings.php'), '\n$wgArticlePath = "/wiki/$1";\n$wgUsePathInfo = true;\n');
      stack = await startWebStack(
        { preset: 'mediawiki', domains: ['wiki.example'] },
        {},
        {},
        {
          siteRoot: MEDIAWIKI,
          fpmEnv: { MW_CONFIG_FILE: join(confDir, 'LocalSettings.php') },
        },
      );
    }, 180_000);
    afterAll(async () => {
      await stack?.stop();
      await database?.drop();
      if (confDir) rmSync(confDir, { recursive: true, force: true });
    });

    it('renders its main page by its short URL', async () => {
      const home = await stack.get('/');
      expect(home.status).toBe(301);
      const page = await stack.get('/wiki/Main_Page');
      expect(page.status).toBe(200);
      expect(page.body).toContain('MediaWiki has been installed');
      expect(page.body).toContain('<title>Elasticweb test wiki</title>');
      // MediaWiki resolved the title from the short URL itself.
      expect(page.body).toContain('"wgPageName":"Main_Page"');
    });

    it('keeps its maintenance scripts and settings out of reach', async () => {
      for (const path of ['/maintenance/install.php', '/LocalSettings.php', '/includes/Defines.php']) {
        const response = await stack.get(path);
        expect([403, 404], path).toContain(response.status);
      }
    });
  });
});
