import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';
import { msg } from '../common/msg.js';

export type DomainCheck =
  { ok: true; domain: string } | { ok: false; message: string; params?: Record<string, string> };

const MAX_DOMAIN_LENGTH = 253;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Names that must never reach public DNS or a shared web server (RFC 6761, RFC 6762,
 * RFC 7686 and ICANN's `.internal`); `.example` stays allowed for tests and docs.
 */
const SPECIAL_USE_SUFFIXES = ['localhost', 'local', 'test', 'invalid', 'internal', 'arpa', 'onion'];

/**
 * Turns what a customer typed into the lower-case punycode host name we store
 * (`Bücher.Example` -> `xn--bcher-kva.example`), or says in words what to fix.
 */
export function normalizeDomain(input: string): DomainCheck {
  const raw = input.trim().replace(/\.$/, '');
  if (raw === '') return { ok: false, message: msg('Enter a domain name, such as example.com.') };
  if (raw.length > MAX_DOMAIN_LENGTH) {
    return { ok: false, message: msg('A domain name can be at most 253 characters long.') };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) || /[/?#@\\]/.test(raw)) {
    return { ok: false, message: msg('Enter the domain name only, without http:// or a path, such as example.com.') };
  }
  if (isIP(raw) !== 0 || isIP(raw.replace(/^\[|\]$/g, '')) !== 0 || /^[\d.]+$/.test(raw)) {
    return {
      ok: false,
      message: msg('An IP address cannot be a site’s domain. Enter a domain name, such as example.com.'),
    };
  }
  if (/[\s:[\]]/.test(raw)) {
    return { ok: false, message: msg('A domain name cannot contain spaces, colons or brackets.') };
  }
  // WHATWG's URL parser reads a numeric last label as IPv4, so say it plainly first.
  if (/^\d+$/.test(raw.split('.').pop() ?? '')) {
    return { ok: false, message: msg('The last part of a domain name cannot be a number.') };
  }
  // WHATWG's UTS #46 mapping: lower-cases, maps IDN to punycode, and refuses
  // invalid code points; it does not check hyphens or empty labels, done below.
  const ascii = domainToASCII(raw.toLowerCase());
  if (ascii === '')
    return { ok: false, message: msg('“{{domain}}” is not a valid domain name.'), params: { domain: raw } };
  if (ascii.length > MAX_DOMAIN_LENGTH) {
    return { ok: false, message: msg('A domain name can be at most 253 characters long.') };
  }
  const labels = ascii.split('.');
  if (labels.length < 2) {
    return { ok: false, message: msg('A domain name needs at least two parts, such as example.com.') };
  }
  for (const label of labels) {
    if (label === '')
      return { ok: false, message: msg('A domain name cannot contain empty parts (two dots in a row).') };
    if (label.length > 63)
      return { ok: false, message: msg('Each part of a domain name can be at most 63 characters long.') };
    if (!LABEL.test(label)) {
      return {
        ok: false,
        message: msg(
          '“{{label}}” is not allowed in a domain name: use letters, digits and hyphens, not starting or ending with a hyphen.',
        ),
        params: { label },
      };
    }
  }
  const topLevel = labels[labels.length - 1]!;
  if (SPECIAL_USE_SUFFIXES.includes(topLevel)) {
    return {
      ok: false,
      message: msg('Names ending in .{{suffix}} are reserved and cannot be hosted.'),
      params: { suffix: topLevel },
    };
  }
  return { ok: true, domain: ascii };
}
