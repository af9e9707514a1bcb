import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { updateDatabaseSettings } from './db-settings.js';

const root = mkdtempSync(join(tmpdir(), 'ew-dbsettings-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const settings = { name: 'ewabcdefgh_shop', user: 'ewabcdefgh_shop', password: 'p\'a$s"w\\rd', host: 'localhost' };

function site(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('pointing an imported site at its new database', () => {
  it('rewrites WordPress’s defines and nothing else', () => {
    const dir = site('wp', {
      'wp-config.php': `<?php\ndefine( 'DB_NAME', 'old_db' );\ndefine('DB_USER', "old_user");\ndefine('DB_PASSWORD', 'it\\'s old');\ndefine('DB_HOST', 'db.old-host.example');\n$table_prefix = 'wp_';\n`,
    });
    expect(updateDatabaseSettings(dir, settings)).toEqual({ cms: 'wordpress', files: ['wp-config.php'] });
    const text = readFileSync(join(dir, 'wp-config.php'), 'utf8');
    expect(text).toContain("define('DB_NAME', 'ewabcdefgh_shop')");
    expect(text).toContain(`define('DB_PASSWORD', 'p\\'a$s"w\\\\rd')`);
    expect(text).toContain("define('DB_HOST', 'localhost')");
    expect(text).toContain("$table_prefix = 'wp_';");
  });

  it('rewrites a Laravel .env, quoting the values', () => {
    const dir = site('laravel', {
      '.env': 'APP_NAME=Shop\nDB_HOST=10.0.0.5\nDB_DATABASE=shop\nDB_USERNAME=shop\nDB_PASSWORD=secret\n',
      artisan: '',
    });
    expect(updateDatabaseSettings(dir, settings)?.cms).toBe('laravel');
    const text = readFileSync(join(dir, '.env'), 'utf8');
    expect(text).toContain('DB_DATABASE="ewabcdefgh_shop"');
    expect(text).toContain('DB_PASSWORD="p\'a$s\\"w\\\\rd"');
    expect(text).toContain('APP_NAME=Shop');
  });

  it('rewrites MediaWiki and Joomla variables in double quotes, with $ escaped', () => {
    const wiki = site('wiki', {
      'LocalSettings.php':
        '<?php\n$wgDBserver = "db";\n$wgDBname = "wiki";\n$wgDBuser = "wiki";\n$wgDBpassword = "old";\n',
    });
    expect(updateDatabaseSettings(wiki, settings)?.cms).toBe('mediawiki');
    expect(readFileSync(join(wiki, 'LocalSettings.php'), 'utf8')).toContain('$wgDBpassword = "p\'a\\$s\\"w\\\\rd"');
    const joomla = site('joomla', {
      'configuration.php':
        "<?php\nclass JConfig {\n public $host = 'localhost';\n public $user = 'j';\n public $password = 'x';\n public $db = 'j';\n}\n",
    });
    expect(updateDatabaseSettings(joomla, settings)?.cms).toBe('joomla');
    expect(readFileSync(join(joomla, 'configuration.php'), 'utf8')).toContain('$db = "ewabcdefgh_shop"');
  });

  it('says so when no known settings file is there', () => {
    expect(updateDatabaseSettings(site('static', { 'index.html': '<h1>hi</h1>' }), settings)).toBeNull();
  });
});
