import { msg } from './msg.js';

/**
 * The preset catalogue. Each preset is data: where the public root is, how pretty
 * URLs reach the front controller, what must never be served, which folders take
 * uploads and must never run PHP. The renderer turns it into nginx text; nothing
 * here comes from a customer.
 */
export interface PresetVariant {
  id: string;
  name: string;
  /** The public root inside the site directory for this variant: '' or 'public'. */
  publicRoot: string;
}

export interface NginxPreset {
  id: string;
  name: string;
  description: string;
  /** Variants, newest last; the newest applies when none is chosen. */
  variants: PresetVariant[];
  /** Per-variant front controller when it differs (Symfony 3's web/app.php). */
  frontControllerOf?: Record<string, string>;
  /** Whether PHP runs at all. */
  php: boolean;
  /** The script pretty URLs fall back to, or null to answer 404 for missing files. */
  frontController: string | null;
  /**
   * `any`: every existing .php file runs (WordPress's wp-login.php, wp-admin/...);
   * `front-controller`: only the front controller runs and other .php paths answer 404,
   * as frameworks whose public folder holds a single entry point recommend.
   */
  phpScripts?: 'any' | 'front-controller';
  /**
   * When set, only scripts whose URI matches this regular expression run (MediaWiki's
   * entry points); any other .php answers 404.
   */
  phpOnly?: string;
  /** Prefix locations rewritten to a script, for software that reads the title from the URI. */
  rewrites?: Array<{ prefix: string; to: string }>;
  /**
   * Pretty URLs that need the path as a query argument (OpenCart's `_route_`): missing
   * files go to a named location that rewrites `^/(.*)$` to this target (`$1` is the path).
   */
  fallbackRewrite?: string;
  /** Where `/` sends visitors, when the software's home lives elsewhere (MediaWiki's /wiki/). */
  homeRedirect?: string;
  /**
   * Regular expressions (nginx PCRE, matched against the URI) of paths that must never
   * be served: configuration with passwords, vendor code, logs, backups.
   */
  deny: string[];
  /** URL prefixes that receive uploads: files there are served, PHP there never runs. */
  uploadDirs: string[];
  /**
   * Paths (regular expressions) of files the software makes on their first request,
   * such as Drupal's image styles: a missing one goes to the front controller, not a 404.
   */
  generated?: string[];
}

/** Served by every preset: dotfiles except /.well-known/, and editor and backup leftovers. */
export const ALWAYS_DENIED = [
  // .git, .env, .htaccess, .svn ... but not /.well-known/ (RFC 8615), which ACME needs.
  '/\\.(?!well-known/)',
  // Backups and editor leftovers often hold the source of a PHP file in readable form.
  '\\.(?:bak|backup|old|orig|save|swp|swo|sql|sql\\.gz|tar|tar\\.gz|tgz|zip)$',
  '~$',
];

export const PRESETS: NginxPreset[] = [
  {
    id: 'php',
    name: msg('PHP (generic)'),
    description: msg('Any PHP application with a front controller at index.php in the site folder.'),
    variants: [{ id: 'default', name: msg('index.php in the site folder'), publicRoot: '' }],
    php: true,
    frontController: '/index.php',
    // Composer's vendor folder holds code, not pages (getcomposer.org, "Autoloading"): never served.
    deny: ['^/vendor/', '^/composer\\.(?:json|lock)$'],
    uploadDirs: ['/uploads/'],
  },
  {
    id: 'wordpress',
    name: msg('WordPress'),
    description: msg('WordPress 4 to 6, with pretty permalinks.'),
    variants: [{ id: '6', name: msg('WordPress 4–6'), publicRoot: '' }],
    php: true,
    // developer.wordpress.org/advanced-administration/server/web-server/nginx/ (the former
    // codex.wordpress.org/Nginx): `try_files $uri $uri/ /index.php?$args;`, and wp-admin,
    // wp-login.php and other scripts run directly.
    frontController: '/index.php',
    phpScripts: 'any',
    deny: [
      // "Hardening WordPress" (developer.wordpress.org/advanced-administration/security/hardening/):
      // wp-config.php holds the database password; wp-includes' top-level scripts and
      // wp-admin/includes are libraries, never entry points.
      '^/wp-config\\.php$',
      '^/wp-admin/includes/',
      '^/wp-includes/[^/]+\\.php$',
      '^/wp-includes/theme-compat/',
      // Same nginx page: "Deny access to any files with a .php extension in the uploads directory".
    ],
    uploadDirs: ['/wp-content/uploads/'],
  },
  {
    id: 'laravel',
    name: msg('Laravel'),
    description: msg('Laravel 5 to 11: public/ is the web root, public/index.php the only script.'),
    variants: [{ id: '11', name: msg('Laravel 5–11'), publicRoot: 'public' }],
    php: true,
    // laravel.com/docs/deployment#nginx: root is public/, `try_files $uri $uri/ /index.php?$query_string;`,
    // PHP only for `location ~ ^/index\.php(/|$)`, and `location ~ /\.(?!well-known).* { deny all; }`.
    // The application code, .env and storage/ sit outside public/ and are never reachable.
    frontController: '/index.php',
    phpScripts: 'front-controller',
    deny: [],
    // laravel.com/docs/filesystem#the-public-disk: uploads on the public disk appear at /storage/.
    uploadDirs: ['/storage/'],
  },
  {
    id: 'symfony',
    name: msg('Symfony'),
    description: msg('Symfony applications: web/app.php for 2–3, public/index.php for 4 and later.'),
    variants: [
      { id: '3', name: msg('Symfony 2–3 (web/)'), publicRoot: 'web' },
      { id: '4', name: msg('Symfony 4 and later (public/)'), publicRoot: 'public' },
    ],
    frontControllerOf: { '3': '/app.php' },
    php: true,
    // symfony.com/doc/current/setup/web_server_configuration.html#nginx: `try_files $uri /index.php$is_args$args;`,
    // only the front controller runs, and "return 404 for all other php files not matching the
    // front controller ... prevents access to other php files you don't want to be accessible".
    // Symfony 3's page (symfony.com/doc/3.4/setup/web_server_configuration.html) does the same with app.php.
    frontController: '/index.php',
    phpScripts: 'front-controller',
    deny: [],
    uploadDirs: [],
  },
  {
    id: 'drupal',
    name: msg('Drupal'),
    description: msg('Drupal 7, and Drupal 8 and later, from the site folder.'),
    variants: [
      { id: '7', name: msg('Drupal 7'), publicRoot: '' },
      { id: '8', name: msg('Drupal 8 and later'), publicRoot: '' },
    ],
    php: true,
    // nginx's Drupal recipe (nginx.com/resources/wiki/start/topics/recipes/drupal/):
    // `try_files $uri /index.php?$query_string; # For Drupal >= 7`; update.php,
    // install.php and core/*.php are real scripts, so existing scripts run.
    frontController: '/index.php',
    phpScripts: 'any',
    deny: [
      // Same recipe: PHP below a dotted path segment, private files, and scripts in files/.
      '\\..*/.*\\.php$',
      '^/sites/.*/private/',
      '^/sites/[^/]+/files/.*\\.(?:php\\d?|phtml|phar)$',
      // Same recipe: "Don't allow direct access to PHP files in the vendor directory."
      '^/vendor/',
      // Drupal's own .htaccess (FilesMatch): module code, templates, config and scripts are never served.
      '\\.(?:engine|inc|install|make|module|profile|po|sh|theme|twig|tpl(?:\\.php)?|xtmpl|yml)$',
      '(?:^|/)(?:composer\\.(?:json|lock)|web\\.config)$',
    ],
    uploadDirs: [],
    // Same recipe: image style derivatives (files/styles/ of a site) and private files
    // (/system/files/, after an optional language prefix) go to Drupal when missing.
    generated: ['^/sites/[^/]+/files/styles/', '^(?:/[a-z-]+)?/system/files/'],
  },
  {
    id: 'mediawiki',
    name: msg('MediaWiki'),
    description: msg('MediaWiki 1.35 and later in the site folder, with short URLs at /wiki/Title.'),
    variants: [{ id: '1', name: msg('MediaWiki 1.35 and later'), publicRoot: '' }],
    php: true,
    // mediawiki.org/wiki/Manual:Short_URL/Nginx: only the entry points run
    // (`^/(index|load|api|thumb|opensearch_desc|rest|img_auth)\.php$`), articles live under
    // /wiki/ (rewritten to index.php, which reads the title from the URI), `/` goes to the wiki.
    // mw-config/ (the web installer) is left out: installs and upgrades use the command line.
    frontController: null,
    phpOnly: '^/(?:index|load|api|thumb|opensearch_desc|rest|img_auth)\\.php$',
    rewrites: [{ prefix: '/wiki/', to: '/index.php' }],
    homeRedirect: '/wiki/',
    deny: [
      // Same page: "Deny access to deleted images folder"; and MediaWiki's own .htaccess files
      // deny cache/, includes/, maintenance/, languages/, serialized/, tests/.
      '^/images/deleted/',
      '^/(?:cache|includes|maintenance|languages|serialized|tests|vendor|mw-config)/',
      // LocalSettings.php holds the database password (Manual:LocalSettings.php).
      '^/LocalSettings\\.php$',
    ],
    // Same page: "Separate location for images/ so .php execution won't apply".
    uploadDirs: ['/images/'],
  },
  {
    id: 'yii',
    name: msg('Yii'),
    description: msg('Yii 2: the basic template serves web/, the advanced template frontend/web/.'),
    variants: [
      { id: 'basic', name: msg('Basic template (web/)'), publicRoot: 'web' },
      { id: 'advanced', name: msg('Advanced template (frontend/web/)'), publicRoot: 'frontend/web' },
    ],
    php: true,
    // yiiframework.com/doc/guide/2.0/en/start-installation#recommended-nginx-configuration:
    // root is basic/web, `try_files $uri $uri/ /index.php$is_args$args;`, `location ~ \.php$`
    // with a 404 for scripts that do not exist, and `location ~* /\. { deny all; }`.
    // Application code sits beside web/, outside the root.
    frontController: '/index.php',
    phpScripts: 'any',
    deny: [],
    // The guide's basic template keeps generated assets in web/assets/: served, never run.
    uploadDirs: ['/assets/'],
  },
  {
    id: 'codeigniter',
    name: msg('CodeIgniter'),
    description: msg('CodeIgniter 3 from the site folder, CodeIgniter 4 from public/.'),
    variants: [
      { id: '3', name: msg('CodeIgniter 3'), publicRoot: '' },
      { id: '4', name: msg('CodeIgniter 4 (public/)'), publicRoot: 'public' },
    ],
    php: true,
    // codeigniter.com/user_guide/installation/running.html#hosting-with-nginx (4.x): root is
    // public/, `try_files $uri $uri/ /index.php$is_args$args;`. For 3.x, whose front
    // controller sits beside the framework, CodeIgniter 3's own .htaccess files ("Deny from
    // all" in application/ and system/) are what keeps the code private: denied here too.
    frontController: '/index.php',
    phpScripts: 'front-controller',
    deny: ['^/(?:application|system)/'],
    uploadDirs: [],
  },
  {
    id: 'zend',
    name: msg('Zend Framework / Laminas'),
    description: msg('Zend Framework and Laminas MVC applications: public/index.php.'),
    variants: [{ id: '3', name: msg('Zend Framework 2–3, Laminas'), publicRoot: 'public' }],
    php: true,
    // docs.laminas.dev/tutorials/getting-started/skeleton-application/ (Nginx section): root is
    // public/, `try_files $uri $uri/ /index.php$is_args$args;`; only the front controller runs.
    frontController: '/index.php',
    phpScripts: 'front-controller',
    deny: [],
    uploadDirs: [],
  },
  {
    id: 'kohana',
    name: msg('Kohana'),
    description: msg('Kohana 3 with index.php beside application/, modules/ and system/.'),
    variants: [{ id: '3', name: msg('Kohana 3'), publicRoot: '' }],
    php: true,
    // Kohana's example.htaccess: "Protect application and system files from being viewed"
    // (application, modules, system) and "Rewrite all other URLs to index.php/URL". No
    // nginx guidance from Kohana itself was found; the rules follow that file.
    frontController: '/index.php',
    phpScripts: 'front-controller',
    deny: ['^/(?:application|modules|system)/'],
    uploadDirs: [],
  },
  {
    id: 'asgardcms',
    name: msg('AsgardCMS'),
    description: msg('AsgardCMS, built on Laravel: public/ is the web root.'),
    variants: [{ id: '3', name: msg('AsgardCMS 3'), publicRoot: 'public' }],
    php: true,
    // AsgardCMS is a Laravel application (asgardcms.com/docs, "Installation"): the Laravel
    // deployment guide's nginx rules apply (laravel.com/docs/deployment#nginx).
    frontController: '/index.php',
    phpScripts: 'front-controller',
    deny: [],
    uploadDirs: ['/assets/media/'],
  },
  {
    id: 'joomla',
    name: msg('Joomla'),
    description: msg('Joomla 2.5–3 and 4–5, with search-engine-friendly URLs.'),
    variants: [
      { id: '3', name: msg('Joomla 2.5–3'), publicRoot: '' },
      { id: '4', name: msg('Joomla 4–5'), publicRoot: '' },
    ],
    php: true,
    // docs.joomla.org/Nginx: `try_files $uri $uri/ /index.php?$args;`, and "deny running scripts
    // inside writable directories": images, cache, media, logs, tmp. administrator/ and
    // (Joomla 4) api/ have their own index.php and run as scripts.
    frontController: '/index.php',
    phpScripts: 'any',
    deny: ['^/(?:logs|tmp|administrator/logs)/', '^/(?:configuration\\.php-dist|htaccess\\.txt|web\\.config\\.txt)$'],
    uploadDirs: ['/images/', '/media/', '/cache/'],
  },
  {
    id: 'octobercms',
    name: msg('October CMS'),
    description: msg('October CMS: index.php routes everything; only assets and public uploads are files.'),
    variants: [{ id: '3', name: msg('October CMS 1–3'), publicRoot: '' }],
    php: true,
    // octobercms.com/docs/setup/web-server-config (Nginx): a white list — only index.php runs,
    // theme and plugin assets and public storage are served; theme templates (.htm),
    // config/, bootstrap/, storage/ (but its public folders) and vendor/ are never files.
    frontController: '/index.php',
    phpScripts: 'front-controller',
    deny: [
      '^/(?:config|bootstrap|vendor|tests)/',
      '^/storage/(?!app/(?:uploads/public|media)/|temp/public/)',
      '^/themes/[^/]+/(?:layouts|pages|partials|content|meta)/',
      '^/(?:plugins|modules)/.+\\.(?:php|yaml|htm)$',
      '^/artisan$',
    ],
    uploadDirs: ['/storage/app/uploads/public/', '/storage/app/media/'],
  },
  {
    id: 'opencart',
    name: msg('OpenCart'),
    description: msg('OpenCart 1.5, and 2 and later, with SEO URLs (index.php?_route_=…).'),
    variants: [
      { id: '1.5', name: msg('OpenCart 1.5'), publicRoot: '' },
      { id: '2', name: msg('OpenCart 2 and later'), publicRoot: '' },
    ],
    php: true,
    // OpenCart ships .htaccess.txt: `RewriteRule ^([^?]*) index.php?_route_=$1 [L,QSA]` for SEO
    // URLs, and FilesMatch denying .tpl, .twig, .ini and .log files; system/ and storage/
    // hold code, logs and the cache. admin/ runs its own scripts.
    frontController: '/index.php',
    fallbackRewrite: '/index.php?_route_=$1',
    phpScripts: 'any',
    deny: ['\\.(?:tpl|twig|ini|log)$', '^/(?:system|storage)/'],
    uploadDirs: ['/image/'],
  },
  {
    id: 'zencart',
    name: msg('Zen Cart'),
    description: msg('Zen Cart 1.5 and later.'),
    variants: [{ id: '1.5', name: msg('Zen Cart 1.5 and later'), publicRoot: '' }],
    php: true,
    // No nginx guidance from Zen Cart was found; these rules follow the .htaccess files Zen
    // Cart ships in cache/, logs/ and includes/ ("deny from all", and in includes/ only
    // templates' images, styles and scripts allowed).
    frontController: '/index.php',
    phpScripts: 'any',
    deny: ['^/(?:cache|logs)/', '^/includes/(?!templates/).*', '^/includes/templates/.*\\.php$'],
    uploadDirs: ['/images/', '/media/'],
  },
  {
    id: 'cmsmadesimple',
    name: msg('CMS Made Simple'),
    description: msg('CMS Made Simple 2 with pretty URLs (index.php?page=…).'),
    variants: [{ id: '2', name: msg('CMS Made Simple 2'), publicRoot: '' }],
    php: true,
    // CMS Made Simple ships doc/htaccess.txt: `RewriteRule ^(.+)$ index.php?page=$1 [QSA]` and
    // protection of tmp/ and lib/; its admin/ folder runs its own scripts.
    frontController: '/index.php',
    fallbackRewrite: '/index.php?page=$1',
    phpScripts: 'any',
    deny: ['^/(?:tmp|lib|doc)/', '^/config\\.php$'],
    uploadDirs: ['/uploads/'],
  },
  {
    id: 'kodicms',
    name: msg('KodiCMS'),
    description: msg('KodiCMS (built on Kohana): index.php routes everything.'),
    variants: [{ id: '13', name: msg('KodiCMS 13'), publicRoot: '' }],
    php: true,
    // No nginx guidance from KodiCMS was found. It is a Kohana application (its repository's
    // example .htaccess protects application/, modules/, system/ and cms/ and rewrites to
    // index.php), so the Kohana rules apply with its cms/ folder added.
    frontController: '/index.php',
    phpScripts: 'front-controller',
    deny: ['^/(?:application|modules|system|cms)/(?!.*\\.(?:css|js|png|jpe?g|gif|svg|ico|woff2?)$)'],
    uploadDirs: ['/public/'],
  },
  {
    id: 'maxsite',
    name: msg('MaxSite CMS'),
    description: msg('MaxSite CMS (built on CodeIgniter): index.php routes everything.'),
    variants: [{ id: '108', name: msg('MaxSite CMS 108 and later'), publicRoot: '' }],
    php: true,
    // No nginx guidance from MaxSite CMS was found; its shipped .htaccess rewrites missing
    // files to index.php and its application/ and system/ folders carry "Deny from all",
    // except template and plugin assets under application/maxsite/.
    frontController: '/index.php',
    phpScripts: 'front-controller',
    deny: [
      '^/system/',
      '^/application/(?!maxsite/(?:templates|plugins|common)/.*\\.(?:css|js|png|jpe?g|gif|svg|ico|woff2?)$)',
    ],
    uploadDirs: ['/uploads/'],
  },
  {
    id: 'modx',
    name: msg('MODX Revolution'),
    description: msg('MODX Revolution 2–3 with friendly URLs (index.php?q=…).'),
    variants: [{ id: '3', name: msg('MODX Revolution 2–3'), publicRoot: '' }],
    php: true,
    // docs.modx.com/3.x/en/getting-started/friendly-urls/nginx: `try_files $uri $uri/ @modx-rewrite;`
    // with `rewrite ^/(.*)$ /index.php?q=$1&$args last;`. core/ holds the configuration and
    // must not be served (the same docs advise moving it out of the web root).
    frontController: '/index.php',
    fallbackRewrite: '/index.php?q=$1',
    phpScripts: 'any',
    deny: ['^/core/'],
    uploadDirs: [],
  },
  {
    id: 'phpbb',
    name: msg('phpBB'),
    description: msg('phpBB 3.x; routes without app.php reach app.php.'),
    variants: [{ id: '3', name: msg('phpBB 3.x'), publicRoot: '' }],
    php: true,
    // phpBB's docs/nginx.sample.conf: deny config.php, common.php and the cache/, files/, store/,
    // includes/, phpbb/, vendor/ and config/ folders, and avatars uploads; other scripts
    // (viewtopic.php …) run; routes fall back to app.php, which reads them from the URI.
    frontController: '/app.php',
    phpScripts: 'any',
    deny: ['^/(?:config|common)\\.php$', '^/(?:cache|files|store|includes|phpbb|vendor|config|db/migration/data)/'],
    uploadDirs: ['/images/avatars/upload/'],
  },
  {
    id: 'static',
    name: msg('Static files'),
    description: msg('HTML, images and other files served as they are; PHP never runs.'),
    variants: [{ id: 'default', name: msg('Files in the site folder'), publicRoot: '' }],
    php: false,
    frontController: null,
    // PHP never runs here, so a stray script would be shown as text, secrets and all: refuse it.
    deny: ['\\.(?:php\\d?|phtml|phar|inc)$'],
    uploadDirs: [],
  },
];

export function findPreset(id: string): NginxPreset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}

/** The chosen variant, or the newest when none is given. */
export function findVariant(preset: NginxPreset, variant?: string): PresetVariant | undefined {
  return variant ? preset.variants.find((v) => v.id === variant) : preset.variants[preset.variants.length - 1];
}
