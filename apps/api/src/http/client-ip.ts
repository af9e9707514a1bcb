import type { IncomingMessage } from 'node:http';

/**
 * The caller's address for per-IP limits. With `trustedProxies` = n, the n-th address
 * from the right of X-Forwarded-For is the one our own proxies saw; anything further
 * left was written by the client and cannot be trusted.
 */
export function clientIp(req: IncomingMessage, trustedProxies: number): string {
  const socketAddress = req.socket.remoteAddress ?? 'unknown';
  if (trustedProxies <= 0) return socketAddress;
  const header = req.headers['x-forwarded-for'];
  const chain = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return chain[chain.length - trustedProxies] ?? chain[0] ?? socketAddress;
}
