import { BlockList, isIP } from 'node:net';
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import * as grammar from './grammar.js';
import type { Check } from './grammar.js';
import {
  DEFAULT_OPTIONS,
  InvalidConfigError,
  type ConfigProblem,
  type CustomLocation,
  type HostLayout,
  type SiteConfig,
  type SiteOptions,
} from './model.js';
import { ALWAYS_DENIED, findPreset, findVariant, type NginxPreset } from './presets.js';

const STATIC_FILES = 'css|js|mjs|map|png|jpe?g|gif|webp|avif|svg|ico|woff2?|ttf|eot|otf|mp4|webm|mp3|ogg|pdf|txt|xml';
const GZIP_TYPES = 'text/plain text/css text/xml application/javascript application/json application/xml image/svg+xml';

interface Valid {
  preset: NginxPreset;
  /** The script pretty URLs reach for the chosen variant, or null. */
  frontController: string | null;
  publicRoot: string;
  domains: string[];
  options: SiteOptions;
  layout: Required<Pick<HostLayout, 'listen' | 'fastcgi'>> & HostLayout & { acmeRoot: string };
}

/**
 * Checks every value against the grammar and returns them normalised, or throws
 * InvalidConfigError listing each problem with the field it concerns.
 */
export function validateConfig(config: SiteConfig): Valid {
  const problems: ConfigProblem[] = [];
  const check = <T>(field: string, result: Check<T>): T | undefined => {
    if (result.ok) return result.value;
    problems.push({ field, message: result.message });
    return undefined;
  };
  const preset = findPreset(config.preset);
  if (!preset) problems.push({ field: 'preset', message: 'is not a known preset' });
  const variant = preset ? findVariant(preset, config.variant) : undefined;
  if (preset && !variant)
    problems.push({ field: 'variant', message: `must be one of ${preset.variants.map((v) => v.id).join(', ')}` });

  if (config.domains.length === 0) problems.push({ field: 'domains', message: 'must name at least one domain' });
  if (config.domains.length > 21) problems.push({ field: 'domains', message: 'must be at most 21 names' });
  const domains = config.domains
    .map((d, i) => check(`domains.${i}`, grammar.hostName(d)))
    .filter((d): d is string => !!d);

  const layout = config.layout;
  const siteRoot = check('layout.siteRoot', grammar.filePath(layout.siteRoot));
  const fastcgi = preset?.php ? check('layout.fastcgi', grammar.fastcgiAddress(layout.fastcgi)) : layout.fastcgi;
  if (layout.listen.length === 0) problems.push({ field: 'layout.listen', message: 'must name at least one address' });
  const listen = layout.listen.map((a, i) => check(`layout.listen.${i}`, grammar.listenAddress(a)));
  const listenTls = (layout.listenTls ?? []).map((a, i) => check(`layout.listenTls.${i}`, grammar.listenAddress(a)));
  const optionalPath = (field: string, value: string | undefined) =>
    value === undefined ? undefined : check(field, grammar.filePath(value));
  const acmeRoot = optionalPath('layout.acmeRoot', layout.acmeRoot);
  const htpasswdDir = optionalPath('layout.htpasswdDir', layout.htpasswdDir);
  const maintenanceRoot = optionalPath('layout.maintenanceRoot', layout.maintenanceRoot);
  const accessLog = optionalPath('layout.accessLog', layout.accessLog);

  const options: SiteOptions = { ...DEFAULT_OPTIONS, ...config.options };
  if (!['none', 'bare', 'www'].includes(options.canonicalHost))
    problems.push({ field: 'options.canonicalHost', message: 'must be none, bare or www' });
  if (options.tls) {
    check('options.tls.certificate', grammar.filePath(options.tls.certificate));
    check('options.tls.key', grammar.filePath(options.tls.key));
    if (listenTls.length === 0)
      problems.push({ field: 'options.tls', message: 'needs the host’s TLS listen addresses' });
  }
  if (!Number.isInteger(options.hstsMaxAge) || options.hstsMaxAge < 0 || options.hstsMaxAge > 63072000) {
    problems.push({ field: 'options.hstsMaxAge', message: 'must be 0 to 63072000 seconds' });
  }
  options.staticCache = check('options.staticCache', grammar.duration(options.staticCache)) ?? options.staticCache;
  options.clientMaxBodySize =
    check('options.clientMaxBodySize', grammar.size(options.clientMaxBodySize)) ?? options.clientMaxBodySize;
  if (options.headers.length > 20) problems.push({ field: 'options.headers', message: 'must be at most 20 headers' });
  options.headers.forEach((header, i) => {
    check(`options.headers.${i}.name`, grammar.headerName(header.name));
    check(`options.headers.${i}.value`, grammar.headerValue(header.value));
  });
  if (options.protectedPaths.length > 0 && htpasswdDir === undefined) {
    problems.push({ field: 'options.protectedPaths', message: 'needs the host’s htpasswd folder' });
  }
  options.protectedPaths.forEach((path, i) => check(`options.protectedPaths.${i}`, grammar.urlPath(path)));
  options.customLocations.forEach((location, i) =>
    validateCustomLocation(location, `options.customLocations.${i}`, check, problems),
  );
  options.allow = options.allow.map((range, i) => check(`options.allow.${i}`, grammar.ipRange(range)) ?? range);
  options.deny = options.deny.map((range, i) => check(`options.deny.${i}`, grammar.ipRange(range)) ?? range);
  checkAllowedOutsideDenied(options, problems);
  if (options.maintenance && maintenanceRoot === undefined) {
    problems.push({ field: 'options.maintenance', message: 'needs the host’s maintenance page folder' });
  }
  if (preset && variant)
    checkLocationsApart(preset, preset.frontControllerOf?.[variant.id] ?? preset.frontController, options, problems);
  if (problems.length > 0) throw new InvalidConfigError(problems);

  const publicRoot = variant!.publicRoot ? `${siteRoot}/${variant!.publicRoot}` : siteRoot!;
  return {
    preset: preset!,
    frontController: preset!.frontControllerOf?.[variant!.id] ?? preset!.frontController,
    publicRoot,
    domains,
    options,
    layout: {
      ...layout,
      siteRoot: siteRoot!,
      fastcgi: fastcgi!,
      listen: listen as string[],
      listenTls: listenTls as string[],
      acmeRoot: acmeRoot ?? publicRoot,
      ...(htpasswdDir ? { htpasswdDir } : {}),
      ...(maintenanceRoot ? { maintenanceRoot } : {}),
      ...(accessLog ? { accessLog } : {}),
    },
  };
}

/**
 * Deny rules are checked first, so an allowed range inside a denied one would never let
 * anyone in; refusing it also keeps the `geo` table (most specific range wins) and the
 * `allow`/`deny` rules (first match wins) in agreement (accessMaps).
 */
function checkAllowedOutsideDenied(options: SiteOptions, problems: ConfigProblem[]): void {
  const parse = (range: string) => {
    const [address = '', prefix] = range.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    return { address, family, prefix: prefix === undefined ? (family === 'ipv6' ? 128 : 32) : Number(prefix) } as const;
  };
  const denied = options.deny.filter((range) => isIP(range.split('/')[0] ?? '')).map(parse);
  options.allow.forEach((range, i) => {
    if (!isIP(range.split('/')[0] ?? '')) return;
    const allowed = parse(range);
    const inside = denied.some((deny) => {
      if (deny.family !== allowed.family || allowed.prefix < deny.prefix) return false;
      const list = new BlockList();
      list.addSubnet(deny.address, deny.prefix, deny.family);
      return list.check(allowed.address, allowed.family);
    });
    if (inside)
      problems.push({
        field: `options.allow.${i}`,
        message: 'lies inside a denied range, so it would never be admitted',
        kind: 'allowed-inside-denied',
      });
  });
}

/**
 * nginx refuses a server with two prefix locations (`^~ /x` and `/x` alike) or two exact
 * ones on the same path ("duplicate location"), so a site's own paths may meet neither
 * each other nor the ones the renderer always writes.
 */
function checkLocationsApart(
  preset: NginxPreset,
  frontController: string | null,
  options: SiteOptions,
  problems: ConfigProblem[],
): void {
  const prefix = new Map<string, string>([
    ['/', 'the site’s pages'],
    ['/.well-known/acme-challenge/', 'certificate checks'],
    ...preset.uploadDirs.map((dir) => [dir, 'the preset’s upload folder'] as [string, string]),
    ...(preset.rewrites ?? []).map((rewrite) => [rewrite.prefix, 'the preset’s rewrite'] as [string, string]),
  ]);
  const exact = new Map<string, string>([['/maintenance.html', 'the maintenance page']]);
  if (preset.homeRedirect) exact.set('/', 'the preset’s home page');
  if (frontController) exact.set(frontController, 'the front controller');
  const claim = (taken: Map<string, string>, path: string, field: string) => {
    const owner = taken.get(path);
    if (owner) problems.push({ field, message: `is already used by ${owner}`, kind: 'duplicate-location' });
    else taken.set(path, 'another location of this site');
  };
  options.protectedPaths.forEach((path, i) => claim(prefix, path, `options.protectedPaths.${i}`));
  options.customLocations.forEach((location, i) =>
    claim('app' in location ? prefix : exact, location.path, `options.customLocations.${i}.path`),
  );
}

function validateCustomLocation(
  location: CustomLocation,
  field: string,
  check: <T>(field: string, result: Check<T>) => T | undefined,
  problems: ConfigProblem[],
): void {
  check(`${field}.path`, grammar.urlPath(location.path));
  if ('app' in location) {
    check(`${field}.app`, grammar.appName(location.app));
  } else if ('redirectTo' in location) {
    const target = location.redirectTo;
    const absolute = /^https?:\/\/([a-z0-9.-]+)(?::(\d{1,5}))?(\/[A-Za-z0-9._~\-/]*)?$/.exec(target);
    const valid = absolute ? grammar.hostName(absolute[1]!).ok : grammar.urlPath(target).ok;
    if (!valid)
      problems.push({ field: `${field}.redirectTo`, message: 'must be a path or an http(s) URL of plain characters' });
  } else {
    problems.push({ field, message: 'must pass to one of the account’s apps or redirect' });
  }
}

/** The account's home holds its sites' folders; its apps' sockets are in `apps/` there. */
export function appSocket(siteRoot: string, app: string): string {
  return `${posix.dirname(siteRoot)}/apps/${app}.sock`;
}

const DEFAULT_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];

const TLS12_CIPHERS = [
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
].join(':');

/** One nginx line, indented. */
const line = (depth: number, text: string) => `${'    '.repeat(depth)}${text}`;

/**
 * Where PHP runs. Inside a prefix location (`nested`), a front-controller preset only
 * refuses scripts: the fallback to the front controller is an internal redirect,
 * handled by the server-level location after this one has checked access.
 */
function phpHandler(depth: number, site: Valid, nested = false): string[] {
  const { fastcgi } = site.layout;
  const only = site.preset.phpScripts === 'front-controller' && site.frontController;
  const lines: string[] = [];
  if (site.preset.phpOnly) {
    // Only the listed entry points run; any other .php answers 404.
    if (nested) return [line(depth, 'location ~ \\.php$ {'), line(depth + 1, 'return 404;'), line(depth, '}')];
    lines.push(line(depth, 'location ~ \\.php$ {'), line(depth + 1, 'return 404;'), line(depth, '}'));
  } else if (only) {
    // Only the front controller runs; any other .php answers 404 rather than running or showing.
    lines.push(line(depth, 'location ~ \\.php$ {'), line(depth + 1, 'return 404;'), line(depth, '}'));
    if (nested) return lines;
  }
  return [
    site.preset.phpOnly
      ? line(depth, `location ~ ${site.preset.phpOnly} {`)
      : only
        ? line(depth, `location = ${site.frontController} {`)
        : line(depth, 'location ~ \\.php$ {'),
    // Only scripts that exist run: no PATH_INFO tricks that make /upload.jpg/x.php execute the image.
    line(depth + 1, 'try_files $uri =404;'),
    line(depth + 1, 'include fastcgi_params;'),
    line(depth + 1, 'fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;'),
    line(depth + 1, 'fastcgi_param HTTP_PROXY "";'),
    line(depth + 1, `fastcgi_pass ${fastcgi};`),
    line(depth, '}'),
    ...lines,
  ];
}

function acmeLocation(acmeRoot: string): string[] {
  return [
    // Served from the agent's folder, so certificates can be issued before the site has files.
    line(1, 'location ^~ /.well-known/acme-challenge/ {'),
    line(2, `root ${acmeRoot};`),
    // The certificate authority must reach it even when the site admits only some addresses.
    line(2, 'allow all;'),
    line(2, 'default_type text/plain;'),
    line(2, 'try_files $uri =404;'),
    line(1, '}'),
  ];
}

/** Existing files and folders first, then the front controller with the query, or a 404. */
function tryFiles(site: Valid): string {
  return site.frontController
    ? `try_files $uri $uri/ ${site.frontController}?$query_string;`
    : 'try_files $uri $uri/ =404;';
}

/** Static files straight from disk, with the lifetime browsers may keep them. */
function gzipLines(depth: number): string[] {
  return [line(depth, 'gzip on;'), line(depth, `gzip_types ${GZIP_TYPES};`), line(depth, 'gzip_vary on;')];
}

function staticFiles(depth: number, lifetime: string, compress = false): string[] {
  return [
    line(depth, `location ~* \\.(?:${STATIC_FILES})$ {`),
    line(depth + 1, `expires ${lifetime};`),
    ...(compress ? gzipLines(depth + 1) : []),
    line(depth + 1, 'try_files $uri =404;'),
    line(depth, '}'),
  ];
}

function denyLocations(depth: number, patterns: readonly string[]): string[] {
  return patterns.flatMap((pattern) => [
    line(depth, `location ~* ${pattern} {`),
    line(depth + 1, 'deny all;'),
    line(depth, '}'),
  ]);
}

/** The site's own locations: protections first, then its pages. */
function siteLocations(site: Valid, scheme: string): string[] {
  const { preset, options, layout } = site;
  // Over HTTPS, gzip is on in the static files' locations only (commonDirectives).
  const compressStatic = options.gzip && scheme === 'https';
  const out: string[] = denyLocations(1, [...ALWAYS_DENIED, ...preset.deny]);
  for (const dir of preset.uploadDirs) {
    out.push(line(1, `location ^~ ${dir} {`));
    // A ^~ prefix stops nginx from trying the server's regex locations: repeat the protections.
    out.push(...denyLocations(2, [...ALWAYS_DENIED, ...preset.deny]));
    // Uploaded files are served as they are; a script dropped here is refused, never run or shown.
    out.push(line(2, 'location ~* \\.(?:php\\d?|phtml|phar|pht)$ {'), line(3, 'deny all;'), line(2, '}'));
    out.push(...staticFiles(2, options.staticCache, compressStatic));
    out.push(line(2, 'try_files $uri =404;'), line(1, '}'));
  }
  options.protectedPaths.forEach((path, index) => {
    out.push(line(1, `location ^~ ${path} {`));
    out.push(
      line(2, 'auth_basic "Restricted";'),
      line(2, `auth_basic_user_file ${layout.htpasswdDir}/${index}.htpasswd;`),
    );
    out.push(...denyLocations(2, [...ALWAYS_DENIED, ...preset.deny]));
    if (preset.php) out.push(...phpHandler(2, site, true));
    out.push(line(2, tryFiles(site)));
    out.push(line(1, '}'));
  });
  for (const location of options.customLocations) {
    if ('app' in location) {
      out.push(line(1, `location ^~ ${location.path} {`));
      out.push(line(2, `proxy_pass http://unix:${appSocket(layout.siteRoot, location.app)}:;`));
      out.push(line(2, 'proxy_set_header Host $host;'));
      out.push(line(2, 'proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;'));
      out.push(line(2, 'proxy_set_header X-Forwarded-Proto $scheme;'));
      out.push(line(1, '}'));
    } else {
      out.push(
        line(1, `location = ${location.path} {`),
        line(2, `return ${location.permanent ? 301 : 302} ${location.redirectTo};`),
        line(1, '}'),
      );
    }
  }
  // Before the static files' location, which would answer a file not made yet with a 404.
  for (const pattern of preset.generated ?? [])
    out.push(
      line(1, `location ~ ${pattern} {`),
      line(2, `expires ${options.staticCache};`),
      line(2, tryFiles(site)),
      line(1, '}'),
    );
  out.push(...staticFiles(1, options.staticCache, compressStatic));
  if (preset.php) out.push(...phpHandler(1, site));
  for (const rewrite of preset.rewrites ?? []) {
    // The script reads the page from the original URI ($request_uri), so no query is added.
    out.push(line(1, `location ^~ ${rewrite.prefix} {`), line(2, `rewrite ^ ${rewrite.to} last;`), line(1, '}'));
  }
  if (preset.homeRedirect)
    out.push(line(1, 'location = / {'), line(2, `return 301 ${preset.homeRedirect};`), line(1, '}'));
  if (preset.fallbackRewrite) {
    // The path becomes a query argument, as the software's own rewrite rules do; $args keeps the rest.
    out.push(line(1, 'location / {'), line(2, 'try_files $uri $uri/ @front;'), line(1, '}'));
    out.push(line(1, 'location @front {'), line(2, `rewrite ^/(.*)$ ${preset.fallbackRewrite} last;`), line(1, '}'));
    return out;
  }
  out.push(line(1, 'location / {'));
  out.push(line(2, tryFiles(site)));
  out.push(line(1, '}'));
  return out;
}

function maintenanceLocations(site: Valid): string[] {
  return [
    line(1, 'error_page 503 /maintenance.html;'),
    line(1, 'location = /maintenance.html {'),
    line(2, `root ${site.layout.maintenanceRoot};`),
    line(2, 'internal;'),
    line(1, '}'),
    line(1, 'location / {'),
    line(2, 'return 503;'),
    line(1, '}'),
  ];
}

/**
 * nginx runs `return` (redirects, the HTTPS redirect, maintenance) before `allow` and
 * `deny`, so a refused address would still get them. The site's address rules are also
 * written as a `geo` table, and the server's first directive answers a refused address
 * 403 for everything but certificate checks. `geo` picks the most specific range where
 * `allow`/`deny` take the first that matches; deny rules come first and an allowed range
 * may not lie inside a denied one (validateConfig), so the two always agree.
 */
function accessMaps(site: Valid): string[] {
  const { allow, deny } = site.options;
  if (allow.length === 0 && deny.length === 0) return [];
  const id = accessId(site);
  return [
    `geo $ew_refused_${id} {`,
    line(1, `default ${allow.length > 0 ? 1 : 0};`),
    ...allow.map((range) => line(1, `${range} 0;`)),
    ...deny.map((range) => line(1, `${range} 1;`)),
    '}',
    `map "$ew_refused_${id}:$uri" $ew_block_${id} {`,
    line(1, 'default 0;'),
    line(1, '"~^1:(?!/\\.well-known/acme-challenge/)" 1;'),
    '}',
  ];
}

function refuseFirst(site: Valid): string[] {
  if (site.options.allow.length === 0 && site.options.deny.length === 0) return [];
  return [line(1, `if ($ew_block_${accessId(site)}) {`), line(2, 'return 403;'), line(1, '}')];
}

/** Names the site's variables: they live in the http block, beside every other site's. */
function accessId(site: Valid): string {
  return createHash('sha256').update(site.domains[0]!).digest('hex').slice(0, 12);
}

/** Redirects a `www.` name to the bare one or back, per the option; nothing when off. */
function canonicalRedirect(site: Valid, scheme: string): string[] {
  const primary = site.domains[0]!;
  const bare = primary.replace(/^www\./, '');
  const www = `www.${bare}`;
  if (site.options.canonicalHost === 'none' || !site.domains.includes(bare) || !site.domains.includes(www)) return [];
  const [from, to] = site.options.canonicalHost === 'bare' ? [www, bare] : [bare, www];
  return [line(1, `if ($host = ${from}) {`), line(2, `return 301 ${scheme}://${to}$request_uri;`), line(1, '}')];
}

function commonDirectives(site: Valid, scheme: string): string[] {
  const { options } = site;
  const out = [line(1, `server_name ${site.domains.join(' ')};`), line(1, `root ${site.publicRoot};`)];
  out.push(line(1, site.preset.php ? 'index index.php index.html;' : 'index index.html index.htm;'));
  out.push(line(1, `client_max_body_size ${options.clientMaxBodySize};`));
  out.push(line(1, 'server_tokens off;'));
  // Traffic and requests are billed per site from this log (the agent reads and rotates it).
  if (site.layout.accessLog) out.push(line(1, `access_log ${site.layout.accessLog} elasticweb_json;`));
  // Over HTTPS only static files are compressed: compressing pages that mix a secret with
  // what a visitor sends is the BREACH attack (testssl.sh reports it).
  if (options.gzip && scheme === 'http') out.push(...gzipLines(1));
  // Safe for every site, and what scanners look for first; a header of the customer's own name wins.
  const own = new Set(options.headers.map((header) => header.name.toLowerCase()));
  for (const [name, value] of DEFAULT_HEADERS)
    if (!own.has(name.toLowerCase())) out.push(line(1, `add_header ${name} "${value}" always;`));
  for (const header of options.headers) out.push(line(1, `add_header ${header.name} "${header.value}" always;`));
  for (const range of options.deny) out.push(line(1, `deny ${range};`));
  for (const range of options.allow) out.push(line(1, `allow ${range};`));
  if (options.allow.length > 0) out.push(line(1, 'deny all;'));
  return out;
}

/**
 * Renders a site's complete nginx `server` block(s), deterministically: the same
 * config always gives the same text. Throws InvalidConfigError before writing
 * anything when a value fails the grammar.
 */
export function renderServerBlock(config: SiteConfig): string {
  const site = validateConfig(config);
  const { options, layout } = site;
  const https = options.tls !== null;
  const blocks: string[][] = [];
  const body = (scheme: string) => [
    ...canonicalRedirect(site, scheme),
    ...acmeLocation(layout.acmeRoot),
    ...(options.maintenance ? maintenanceLocations(site) : siteLocations(site, scheme)),
  ];
  const header = [
    `# Elasticweb site ${site.domains[0]}: preset ${site.preset.id}. Generated; edit the site's options, not this file.`,
    ...accessMaps(site),
  ];
  if (!https || !options.redirectToHttps) {
    blocks.push([
      'server {',
      ...layout.listen.map((a) => line(1, `listen ${a};`)),
      ...refuseFirst(site),
      ...commonDirectives(site, 'http'),
      ...body('http'),
      '}',
    ]);
  } else {
    blocks.push([
      'server {',
      ...layout.listen.map((a) => line(1, `listen ${a};`)),
      line(1, `server_name ${site.domains.join(' ')};`),
      line(1, 'server_tokens off;'),
      ...refuseFirst(site),
      ...acmeLocation(layout.acmeRoot),
      line(1, 'location / {'),
      line(2, 'return 301 https://$host$request_uri;'),
      line(1, '}'),
      '}',
    ]);
  }
  if (https) {
    blocks.push([
      'server {',
      ...(layout.listenTls ?? []).map((a) => line(1, `listen ${a} ssl;`)),
      line(1, `ssl_certificate ${options.tls!.certificate};`),
      line(1, `ssl_certificate_key ${options.tls!.key};`),
      line(1, 'ssl_protocols TLSv1.2 TLSv1.3;'),
      // Mozilla's "intermediate" suites for TLS 1.2: forward secret and AEAD only (no CBC, so
      // no LUCKY13), TLS 1.3's own; the client picks, as those guidelines say.
      line(1, `ssl_ciphers ${TLS12_CIPHERS};`),
      line(1, 'ssl_prefer_server_ciphers off;'),
      line(1, 'ssl_session_tickets off;'),
      ...refuseFirst(site),
      ...(options.hstsMaxAge > 0
        ? [line(1, `add_header Strict-Transport-Security "max-age=${options.hstsMaxAge}" always;`)]
        : []),
      ...commonDirectives(site, 'https'),
      ...body('https'),
      '}',
    ]);
  }
  return `${header.join('\n')}\n${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}
