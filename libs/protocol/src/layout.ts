/**
 * Where things live on a host. The agent reports its layout; the API renders each
 * vhost for it and the agent creates the same paths, so both sides use this one
 * function and can never disagree about a path.
 */
export interface HostReportedLayout {
  /** Filesystem prefix: "/" in production, a folder in tests and the local demo. */
  prefix: string;
  /** nginx listen addresses for plain HTTP: `80`, `[::]:80`, `127.0.0.1:8080`. */
  listen: string[];
  listenTls?: string[] | null;
  /** Where each site's php-fpm pool puts its socket. */
  phpFpmSocketDir: string;
  /** Where the agent keeps ACME HTTP-01 files. */
  acmeRoot: string;
  /** Whether the agent issues certificates through ACME (the panel then asks it for one per site). */
  certificates?: boolean;
}

export interface SitePaths {
  /** The account's home: `PREFIX/srv/www/ewk3m9qz2a`. */
  home: string;
  /** The site's files: `HOME/example.com`. */
  siteRoot: string;
  /** The site's php-fpm pool socket. */
  fpmSocket: string;
  htpasswdDir: string;
  /** Holds `maintenance.html` shown while the customer has the site in maintenance. */
  maintenanceRoot: string;
  /** Holds the page a blocked site answers with (also named `maintenance.html`, for the renderer). */
  suspendedRoot: string;
  /** The site's access log, one JSON object a request, which the agent reads for traffic. */
  accessLog: string;
}

/** Where a site's certificate and key live on its host (the key readable by root only). */
export function certificatePaths(layout: Pick<HostReportedLayout, 'prefix'>, siteId: string) {
  const dir = `${prefixRoot(layout)}/etc/elasticweb/certificates/${siteId}`;
  return { dir, certificate: `${dir}/fullchain.pem`, key: `${dir}/privkey.pem` };
}

/** The prefix as a path to put in front of absolute paths: "/" becomes "". */
export function prefixRoot(layout: Pick<HostReportedLayout, 'prefix'>): string {
  return layout.prefix.replace(/\/+$/, '');
}

export function sitePaths(layout: HostReportedLayout, account: string, siteId: string, domain: string): SitePaths {
  const root = prefixRoot(layout);
  const home = `${root}/srv/www/${account}`;
  return {
    home,
    siteRoot: `${home}/${domain}`,
    fpmSocket: `${layout.phpFpmSocketDir.replace(/\/+$/, '')}/${siteId}.sock`,
    htpasswdDir: `${root}/var/lib/elasticweb/htpasswd/${siteId}`,
    maintenanceRoot: `${root}/usr/share/elasticweb/maintenance`,
    suspendedRoot: `${root}/usr/share/elasticweb/suspended`,
    accessLog: `${root}/var/log/elasticweb/sites/${siteId}.log`,
  };
}

/**
 * The access log format every vhost uses (`log_format elasticweb_json escape=json …`):
 * time, status, bytes sent and request length, one JSON object a line.
 */
export const ACCESS_LOG_FORMAT =
  'log_format elasticweb_json escape=json \'{"t":$msec,"status":$status,"out":$bytes_sent,"in":$request_length}\';';

/** The layout of a standard Debian host; used for previews before an account has a home host. */
export const DEBIAN_LAYOUT: HostReportedLayout = {
  prefix: '/',
  listen: ['80', '[::]:80'],
  listenTls: ['443', '[::]:443'],
  phpFpmSocketDir: '/run/elasticweb/php',
  acmeRoot: '/var/lib/elasticweb/acme',
};
