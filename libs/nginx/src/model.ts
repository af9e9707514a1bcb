/** What the host reports about itself, and where the site lives on it (DESIGN.md, "Who renders"). */
export interface HostLayout {
  /** The site's directory; the preset's public root is inside it. */
  siteRoot: string;
  /** The site's php-fpm pool: `unix:/run/php/SITE.sock` or `127.0.0.1:9000`. */
  fastcgi: string;
  /** Plain-HTTP listen addresses: `80`, `[::]:80`, `127.0.0.1:8080`. */
  listen: string[];
  /** TLS listen addresses, used when the site has a certificate: `443`, `[::]:443`. */
  listenTls?: string[];
  /** Where the agent keeps ACME HTTP-01 files; the public root when absent. */
  acmeRoot?: string;
  /** Where the agent writes the site's htpasswd files (`<index>.htpasswd`). */
  htpasswdDir?: string;
  /** Folder holding `maintenance.html`, shown while the site is in maintenance. */
  maintenanceRoot?: string;
  /**
   * The site's own access log, written in the host's `elasticweb_json` format (the agent
   * defines it); the agent reads it for traffic and requests. No log when absent.
   */
  accessLog?: string;
}

export interface CustomHeader {
  name: string;
  value: string;
}

/** A location the customer adds: a reverse proxy to a local port, or a redirect. */
/**
 * A path passed to one of the account's own apps, or redirected. An app listens on a
 * Unix socket in the account's home (`~/apps/NAME.sock`), which only the account can
 * create: a TCP port on the host's loopback could be SSH, MariaDB or another tenant's.
 */
export type CustomLocation = { path: string; app: string } | { path: string; redirectTo: string; permanent?: boolean };

/** Options beyond the preset; every one has a safe default (see DEFAULT_OPTIONS). */
export interface SiteOptions {
  /** Redirect `www.` to the bare name, or the other way, or neither. */
  canonicalHost: 'none' | 'bare' | 'www';
  /** Certificate and key paths on the host; null serves plain HTTP only. */
  tls: { certificate: string; key: string } | null;
  redirectToHttps: boolean;
  /** HSTS max-age in seconds; 0 sends no header. Only sent over HTTPS. */
  hstsMaxAge: number;
  gzip: boolean;
  /** How long browsers may keep static files: `30d`. */
  staticCache: string;
  /** Largest request body (uploads): `64m`. */
  clientMaxBodySize: string;
  headers: CustomHeader[];
  /** URL paths that ask for a password (users live in the htpasswd file the agent writes). */
  protectedPaths: string[];
  customLocations: CustomLocation[];
  /** When non-empty, only these addresses and ranges may visit. */
  allow: string[];
  deny: string[];
  maintenance: boolean;
}

export const DEFAULT_OPTIONS: SiteOptions = {
  canonicalHost: 'none',
  tls: null,
  redirectToHttps: false,
  hstsMaxAge: 0,
  gzip: true,
  staticCache: '30d',
  clientMaxBodySize: '64m',
  headers: [],
  protectedPaths: [],
  customLocations: [],
  allow: [],
  deny: [],
  maintenance: false,
};

/** Everything the renderer needs for one site. */
export interface SiteConfig {
  preset: string;
  variant?: string | undefined;
  /** Lower-case punycode names; the first is the primary domain. */
  domains: string[];
  options?: Partial<SiteOptions>;
  layout: HostLayout;
}

/** A value that failed the grammar, named by where it came from (`options.headers.0.value`). */
export interface ConfigProblem {
  field: string;
  message: string;
  /** `duplicate-location`: the path is one nginx would see twice (its own, or the platform's). */
  kind?: 'duplicate-location' | 'allowed-inside-denied';
}

export class InvalidConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
  }
}
