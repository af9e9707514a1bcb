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
  /** Whether PHP runs at all. */
  php: boolean;
  /** The script pretty URLs fall back to, or null to answer 404 for missing files. */
  frontController: string | null;
  /**
   * Regular expressions (nginx PCRE, matched against the URI) of paths that must never
   * be served: configuration with passwords, vendor code, logs, backups.
   */
  deny: string[];
  /** URL prefixes that receive uploads: files there are served, PHP there never runs. */
  uploadDirs: string[];
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
    name: 'PHP (generic)',
    description: 'Any PHP application with a front controller at index.php in the site folder.',
    variants: [{ id: 'default', name: 'index.php in the site folder', publicRoot: '' }],
    php: true,
    frontController: '/index.php',
    // Composer's vendor folder holds code, not pages (getcomposer.org, "Autoloading"): never served.
    deny: ['^/vendor/', '^/composer\\.(?:json|lock)$'],
    uploadDirs: ['/uploads/'],
  },
  {
    id: 'static',
    name: 'Static files',
    description: 'HTML, images and other files served as they are; PHP never runs.',
    variants: [{ id: 'default', name: 'Files in the site folder', publicRoot: '' }],
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
