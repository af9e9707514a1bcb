import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../files.js';

/** Where an imported site finds its new database. */
export interface DatabaseSettings {
  name: string;
  user: string;
  password: string;
  host: string;
}

type Key = keyof DatabaseSettings;
/** PHP single-quoted string content. */
const php = (value: string) => value.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
/** PHP double-quoted string content ($ and " escaped too). */
const phpDouble = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '\\$');
/** A .env value, quoted so spaces, # and quotes survive. */
const dotenv = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** `define('DB_NAME', '…')` */
const define = (constant: string, key: Key) => ({
  pattern: new RegExp(`define\\(\\s*(['"])${constant}\\1\\s*,\\s*(['"])(?:\\\\.|(?!\\2).)*\\2\\s*\\)`),
  replace: (s: DatabaseSettings) => `define('${constant}', '${php(s[key])}')`,
});
/** `$variable = '…';` or `public $variable = '…';` */
const assign = (variable: string, key: Key) => ({
  pattern: new RegExp(`(\\$${variable}\\s*=\\s*)(['"])(?:\\\\.|(?!\\2).)*\\2`),
  replace: (s: DatabaseSettings) => `$${variable} = "${phpDouble(s[key])}"`,
});
/** `'database' => '…'` inside an array. */
const arrayItem = (item: string, key: Key) => ({
  pattern: new RegExp(`(['"])${item}\\1\\s*=>\\s*(['"])(?:\\\\.|(?!\\2).)*\\2`),
  replace: (s: DatabaseSettings) => `'${item}' => '${php(s[key])}'`,
});
const env = (variable: string, key: Key) => ({
  pattern: new RegExp(`^${variable}=.*$`, 'm'),
  replace: (s: DatabaseSettings) => `${variable}=${dotenv(s[key])}`,
});

/** Each CMS whose database settings live in a known file, and how to rewrite them. */
export const SETTINGS_FILES: Array<{ cms: string; files: string[]; edits: ReturnType<typeof define>[] }> = [
  {
    cms: 'wordpress',
    files: ['wp-config.php'],
    edits: [
      define('DB_NAME', 'name'),
      define('DB_USER', 'user'),
      define('DB_PASSWORD', 'password'),
      define('DB_HOST', 'host'),
    ],
  },
  {
    cms: 'laravel',
    files: ['.env'],
    edits: [
      env('DB_DATABASE', 'name'),
      env('DB_USERNAME', 'user'),
      env('DB_PASSWORD', 'password'),
      env('DB_HOST', 'host'),
    ],
  },
  {
    cms: 'drupal',
    files: ['sites/default/settings.php', 'web/sites/default/settings.php'],
    edits: [
      arrayItem('database', 'name'),
      arrayItem('username', 'user'),
      arrayItem('password', 'password'),
      arrayItem('host', 'host'),
    ],
  },
  {
    cms: 'joomla',
    files: ['configuration.php'],
    edits: [assign('db', 'name'), assign('user', 'user'), assign('password', 'password'), assign('host', 'host')],
  },
  {
    cms: 'modx',
    files: ['core/config/config.inc.php'],
    edits: [
      assign('dbase', 'name'),
      assign('database_user', 'user'),
      assign('database_password', 'password'),
      assign('database_server', 'host'),
    ],
  },
  {
    cms: 'phpbb',
    files: ['config.php'],
    edits: [
      assign('dbname', 'name'),
      assign('dbuser', 'user'),
      assign('dbpasswd', 'password'),
      assign('dbhost', 'host'),
    ],
  },
  {
    cms: 'mediawiki',
    files: ['LocalSettings.php'],
    edits: [
      assign('wgDBname', 'name'),
      assign('wgDBuser', 'user'),
      assign('wgDBpassword', 'password'),
      assign('wgDBserver', 'host'),
    ],
  },
  {
    cms: 'opencart',
    files: ['config.php', 'admin/config.php'],
    edits: [
      define('DB_DATABASE', 'name'),
      define('DB_USERNAME', 'user'),
      define('DB_PASSWORD', 'password'),
      define('DB_HOSTNAME', 'host'),
    ],
  },
];

/**
 * Points an imported site at its new database: finds the first known settings file
 * that holds database settings and rewrites just those values (keeping its owner and
 * mode). Returns what it changed, or null when no known file was found.
 */
export function updateDatabaseSettings(
  siteRoot: string,
  settings: DatabaseSettings,
): { cms: string; files: string[] } | null {
  for (const rule of SETTINGS_FILES) {
    const changed: string[] = [];
    for (const relative of rule.files) {
      const file = join(siteRoot, relative);
      if (!existsSync(file)) continue;
      let text = readFileSync(file, 'utf8');
      const before = text;
      for (const edit of rule.edits) text = text.replace(edit.pattern, () => edit.replace(settings));
      if (text === before) continue;
      const stats = statSync(file);
      writeFileAtomic(file, text, stats.mode & 0o777);
      changed.push(relative);
    }
    if (changed.length) return { cms: rule.cms, files: changed };
  }
  return null;
}
