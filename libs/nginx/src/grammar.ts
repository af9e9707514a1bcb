import { isIP } from 'node:net';

/**
 * The strict grammar every value must satisfy before it reaches nginx text. Each
 * check accepts a small, plain language (no quotes, semicolons, braces, `$`,
 * whitespace or control characters unless a rule says so), so no value can close a
 * block, start a directive, include a file or expand a variable.
 */
export type Check<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Check<T> => ({ ok: true, value });
const fail = <T>(message: string): Check<T> => ({ ok: false, message });

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST_NAME = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})+$`);

/** A lower-case ASCII (punycode) host name, as the API stores domains. */
export function hostName(value: string): Check<string> {
  return HOST_NAME.test(value) ? ok(value) : fail('must be a lower-case host name such as example.com');
}

/** An absolute URL path of plain characters, without `..` segments: `/admin/`, `/media`. */
export function urlPath(value: string): Check<string> {
  if (value.length > 200) return fail('must be at most 200 characters');
  if (!/^\/[A-Za-z0-9._~\-/]*$/.test(value))
    return fail('must start with / and use only letters, digits, . _ ~ - and /');
  if (/(^|\/)\.\.?(\/|$)/.test(value) || value.includes('//')) return fail('must not contain . or .. segments or //');
  return ok(value);
}

/** An absolute file system path of plain characters: `/srv/www/ewk3m9qz2a/example.com`. */
export function filePath(value: string): Check<string> {
  if (value.length > 400) return fail('must be at most 400 characters');
  if (!/^\/[A-Za-z0-9._\-/]*$/.test(value)) return fail('must be an absolute path of letters, digits, . _ - and /');
  if (/(^|\/)\.\.?(\/|$)/.test(value) || value.includes('//')) return fail('must not contain . or .. segments or //');
  return ok(value.length > 1 ? value.replace(/\/$/, '') : value);
}

/** An HTTP header name (RFC 9110 token, letters digits and hyphens here). */
export function headerName(value: string): Check<string> {
  return /^[A-Za-z][A-Za-z0-9-]{0,63}$/.test(value)
    ? ok(value)
    : fail('must be letters, digits and hyphens, such as X-Frame-Options');
}

/**
 * An HTTP header value, written inside double quotes: printable ASCII without `"`,
 * `\` (which would end or escape the string) and `$` (which would expand a variable).
 */
export function headerValue(value: string): Check<string> {
  if (value.length < 1 || value.length > 512) return fail('must be 1 to 512 characters');
  return /^[\x20-\x7e]+$/.test(value) && !/["\\$]/.test(value)
    ? ok(value)
    : fail('must be printable ASCII without quotes, backslashes or $');
}

/** A size in nginx units: `64m`, `512k`, `1g`, at most 10g. */
export function size(value: string): Check<string> {
  const match = /^(\d{1,7})([kmg]?)$/i.exec(value);
  if (!match) return fail('must be a number with an optional k, m or g, such as 64m');
  const bytes =
    Number(match[1]) * { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return bytes <= 10 * 1024 ** 3 ? ok(`${match[1]}${match[2]!.toLowerCase()}`) : fail('must be at most 10g');
}

/** A duration in nginx units: `30d`, `12h`, `90s`, at most ten years. */
export function duration(value: string): Check<string> {
  const match = /^(\d{1,6})(ms|s|m|h|d|w|M|y)?$/.exec(value);
  if (!match) return fail('must be a number with a unit (s, m, h, d, w, M, y), such as 30d');
  const seconds =
    Number(match[1]) *
    { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800, M: 2592000, y: 31536000 }[match[2] ?? 's']!;
  return seconds <= 10 * 31536000 ? ok(match[0]) : fail('must be at most 10y');
}

export function port(value: number): Check<number> {
  return Number.isInteger(value) && value >= 1 && value <= 65535 ? ok(value) : fail('must be a port from 1 to 65535');
}

/** The name of an account's app, which is also its socket's file name: `shop-api`. */
export function appName(value: string): Check<string> {
  return /^[a-z][a-z0-9-]{0,31}$/.test(value)
    ? ok(value)
    : fail('must be a name of lower-case letters, digits and hyphens (at most 32), starting with a letter');
}

/** An IPv4 or IPv6 address, optionally with a prefix length: `203.0.113.0/24`, `2001:db8::/32`. */
export function ipRange(value: string): Check<string> {
  // A zone id (`fe80::1%eth0`) names an interface of one machine: nginx's allow and deny take none.
  if (value.includes('%')) return fail('must be an IP address or range without a zone id');
  const [address = '', prefix, extra] = value.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return fail('must be an IP address or range such as 203.0.113.0/24');
  if (prefix !== undefined && !(/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128))) {
    return fail('must have a prefix length that fits the address');
  }
  return ok(value.toLowerCase());
}

/** Where nginx listens: `80`, `127.0.0.1:8080`, `[::]:443`. */
export function listenAddress(value: string): Check<string> {
  const match = /^(?:(\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:]+\]):)?(\d{1,5})$/i.exec(value);
  if (!match) return fail('must be PORT, IPV4:PORT or [IPV6]:PORT');
  const host = match[1];
  if (host && isIP(host.replace(/^\[|\]$/g, '')) === 0) return fail('must name a valid IP address');
  return port(Number(match[2])).ok ? ok(value.toLowerCase()) : fail('must use a port from 1 to 65535');
}

/** A FastCGI address: `unix:/run/php/site.sock` or `127.0.0.1:9000`. */
export function fastcgiAddress(value: string): Check<string> {
  if (value.startsWith('unix:')) {
    const path = filePath(value.slice('unix:'.length));
    return path.ok ? ok(`unix:${path.value}`) : fail(`must be unix:/absolute/path.sock (${path.message})`);
  }
  const address = listenAddress(value);
  return address.ok && value.includes(':') ? address : fail('must be unix:/path.sock or HOST:PORT');
}

/** A user name for HTTP basic authentication (no `:`, which separates the password). */
export function userName(value: string): Check<string> {
  return /^[A-Za-z0-9._-]{1,64}$/.test(value) ? ok(value) : fail('must be 1 to 64 letters, digits, . _ or -');
}
