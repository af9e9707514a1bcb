/**
 * Suggests a preset from the files of a site directory, with the evidence that led
 * there and, where the software records it, its version. Markers are files only that
 * software ships together, so a lone plugin folder or a copied file is no match.
 */
export interface Detection {
  preset: string;
  variant: string | null;
  version: string | null;
  evidence: string[];
}

/** Answers whether a file exists in the site directory (a Set of paths works). */
export interface FileLookup {
  has(path: string): boolean;
}

/** Reads a small file of the site for a version number; undefined when absent. */
export type ReadFile = (path: string) => string | undefined;

interface Rule {
  preset: string;
  /** Every one of these files must exist. */
  all: string[];
  /** At least one of these must exist, when given. */
  any?: string[];
  variant?: string;
  /** When the variant depends on the version the files record. */
  variantOf?: (version: string | null) => string;
  version?: (read: ReadFile) => string | null;
}

const versionFrom = (path: string, pattern: RegExp) => (read: ReadFile) => pattern.exec(read(path) ?? '')?.[1] ?? null;

/** Most specific first: the first rule whose files are all there wins. */
const RULES: Rule[] = [
  {
    preset: 'wordpress',
    all: ['wp-includes/version.php', 'wp-login.php'],
    variant: '6',
    version: versionFrom('wp-includes/version.php', /\$wp_version\s*=\s*'([^']+)'/),
  },
  {
    preset: 'joomla',
    all: ['index.php', 'administrator/index.php'],
    any: ['libraries/src/Version.php', 'libraries/cms/version/version.php'],
    // Joomla 3.8+ and 4+ both have libraries/src/Version.php; its MAJOR_VERSION tells them apart.
    version: (read) => {
      const text = read('libraries/src/Version.php') ?? read('libraries/cms/version/version.php') ?? '';
      const major = /MAJOR_VERSION\s*=\s*(\d+)/.exec(text)?.[1];
      const minor = /MINOR_VERSION\s*=\s*(\d+)/.exec(text)?.[1];
      return major ? `${major}.${minor ?? 0}` : (/RELEASE\s*=\s*'([^']+)'/.exec(text)?.[1] ?? null);
    },
    variantOf: (version) => (version && Number(version.split('.')[0]) >= 4 ? '4' : '3'),
  },
  {
    preset: 'octobercms',
    all: ['artisan', 'index.php', 'modules/system/ServiceProvider.php'],
    variant: '3',
  },
  {
    preset: 'opencart',
    all: ['index.php', 'system/startup.php'],
    any: ['catalog/controller/common/home.php', 'catalog/controller/common/header.php'],
    version: versionFrom('index.php', /define\('VERSION', '([^']+)'\)/),
    variantOf: (version) => (version?.startsWith('1.') ? '1.5' : '2'),
  },
  {
    preset: 'zencart',
    all: ['index.php', 'includes/application_top.php', 'includes/version.php'],
    variant: '1.5',
  },
  {
    preset: 'cmsmadesimple',
    all: ['index.php', 'lib/version.php'],
    any: ['moduleinterface.php', 'lib/classes/class.cms_config.php'],
    variant: '2',
    version: versionFrom('lib/version.php', /\$CMS_VERSION\s*=\s*["']([^"']+)["']/),
  },
  {
    // KodiCMS 13 keeps its own code in cms/ beside Kohana's system/.
    preset: 'kodicms',
    all: ['index.php', 'cms/application/bootstrap.php'],
    variant: '13',
  },
  {
    preset: 'maxsite',
    all: ['index.php', 'application/maxsite/common/common.php'],
    variant: '108',
  },
  {
    preset: 'modx',
    all: ['index.php', 'config.core.php'],
    any: ['core/model/modx/modx.class.php', 'core/src/Revolution/modX.php'],
    variant: '3',
  },
  {
    preset: 'phpbb',
    all: ['viewtopic.php', 'app.php'],
    any: ['includes/constants.php'],
    variant: '3',
    version: versionFrom('includes/constants.php', /define\('PHPBB_VERSION', '([^']+)'\)/),
  },
  {
    preset: 'drupal',
    all: ['core/lib/Drupal.php', 'index.php'],
    variant: '8',
    version: versionFrom('core/lib/Drupal.php', /const VERSION = '([^']+)'/),
  },
  {
    preset: 'drupal',
    all: ['includes/bootstrap.inc', 'index.php'],
    any: ['modules/system/system.module'],
    variant: '7',
    version: versionFrom('includes/bootstrap.inc', /define\('VERSION', '([^']+)'\)/),
  },
  {
    preset: 'mediawiki',
    all: ['index.php', 'includes/Defines.php'],
    any: ['LocalSettings.php', 'includes/DefaultSettings.php'],
    variant: '1',
    version: versionFrom('includes/Defines.php', /define\(\s*'MW_VERSION',\s*'([^']+)'/),
  },
  {
    preset: 'asgardcms',
    all: ['artisan', 'public/index.php', 'Modules/Core/module.json'],
    variant: '3',
  },
  {
    preset: 'laravel',
    all: ['artisan', 'bootstrap/app.php', 'public/index.php'],
    variant: '11',
    version: versionFrom(
      'vendor/laravel/framework/src/Illuminate/Foundation/Application.php',
      /const VERSION = '([^']+)'/,
    ),
  },
  {
    preset: 'symfony',
    all: ['bin/console', 'public/index.php'],
    any: ['symfony.lock', 'config/bundles.php'],
    variant: '4',
    version: versionFrom('vendor/symfony/http-kernel/Kernel.php', /const VERSION = '([^']+)'/),
  },
  {
    preset: 'symfony',
    all: ['web/app.php'],
    any: ['bin/console', 'app/console'],
    variant: '3',
    version: versionFrom(
      'vendor/symfony/symfony/src/Symfony/Component/HttpKernel/Kernel.php',
      /const VERSION = '([^']+)'/,
    ),
  },
  {
    preset: 'yii',
    all: ['yii', 'web/index.php', 'config/web.php'],
    variant: 'basic',
    version: versionFrom('vendor/yiisoft/yii2/BaseYii.php', /return '([^']+)'/),
  },
  {
    preset: 'yii',
    all: ['yii', 'frontend/web/index.php', 'common/config/main.php'],
    variant: 'advanced',
    version: versionFrom('vendor/yiisoft/yii2/BaseYii.php', /return '([^']+)'/),
  },
  {
    preset: 'codeigniter',
    all: ['spark', 'public/index.php', 'app/Config/App.php'],
    variant: '4',
    version: versionFrom('vendor/codeigniter4/framework/system/CodeIgniter.php', /CI_VERSION = '([^']+)'/),
  },
  {
    preset: 'codeigniter',
    all: ['index.php', 'system/core/CodeIgniter.php'],
    variant: '3',
    version: versionFrom('system/core/CodeIgniter.php', /define\('CI_VERSION', '([^']+)'\)/),
  },
  {
    preset: 'zend',
    all: ['public/index.php', 'config/application.config.php'],
    variant: '3',
  },
  {
    preset: 'kohana',
    all: ['index.php', 'application/bootstrap.php'],
    any: ['system/classes/Kohana/Core.php', 'system/classes/kohana/core.php'],
    variant: '3',
    version: versionFrom('system/classes/Kohana/Core.php', /const VERSION\s*=\s*'([^']+)'/),
  },
];

/** `files` are paths relative to the site directory, such as `index.php` or `wp-includes/version.php`. */
export function detectPreset(files: FileLookup, read: ReadFile = () => undefined): Detection {
  for (const rule of RULES) {
    const anyFound = rule.any ? rule.any.filter((file) => files.has(file)) : [];
    if (rule.all.every((file) => files.has(file)) && (!rule.any || anyFound.length > 0)) {
      const version = rule.version?.(read) ?? null;
      const variant = rule.variantOf ? rule.variantOf(version) : (rule.variant ?? null);
      return { preset: rule.preset, variant, version, evidence: [...rule.all, ...anyFound] };
    }
  }
  if (files.has('index.php')) return { preset: 'php', variant: null, version: null, evidence: ['index.php'] };
  return { preset: 'static', variant: null, version: null, evidence: files.has('index.html') ? ['index.html'] : [] };
}
