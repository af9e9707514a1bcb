import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import type { IncomingMessage } from 'node:http';
import type { Config } from '../config.js';

export const SESSION_COOKIE = 'ew_session';
/** The partner code of the referral link a visitor came through, for 30 days. */
export const REFERRAL_COOKIE = 'ew_ref';

/** The bearer token of a request: the Authorization header, else the panel's session cookie. */
export function sessionToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  return cookieOf(req, SESSION_COOKIE);
}

export function cookieOf(req: IncomingMessage, name: string): string | null {
  if (!req.headers.cookie) return null;
  return parseCookies(req.headers.cookie)[name] ?? null;
}

/** An httpOnly, same-site cookie; `secure` whenever the panel is served over HTTPS. */
export function panelCookie(
  config: Config,
  name: string,
  value: string,
  options: { expires?: Date; maxAge?: number },
): string {
  return serializeCookie(name, value, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    path: '/',
    ...options,
  });
}
