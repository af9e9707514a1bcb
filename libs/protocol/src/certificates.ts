import { createPrivateKey, X509Certificate } from 'node:crypto';
import type { CertificateFacts } from './commands.js';

/** The CERTIFICATE blocks of a PEM chain, leaf first. */
export function splitPemChain(pem: string): string[] {
  return pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
}

/** The facts of a chain's leaf certificate: validity, serial, issuer and the names it covers. */
export function certificateFacts(chainPem: string): CertificateFacts {
  const [leafPem] = splitPemChain(chainPem);
  if (!leafPem) throw new Error('no certificate in the PEM text');
  const leaf = new X509Certificate(leafPem);
  const domains = (leaf.subjectAltName ?? '')
    .split(/,\s*/)
    .filter((name) => name.startsWith('DNS:'))
    .map((name) => name.slice(4));
  return {
    notBefore: new Date(leaf.validFrom).toISOString(),
    notAfter: new Date(leaf.validTo).toISOString(),
    serial: leaf.serialNumber,
    issuer: leaf.issuer.replace(/\n/g, ', ').slice(0, 500),
    domains,
  };
}

export type CertificateProblem =
  | 'not-a-certificate'
  | 'not-a-key'
  | 'key-mismatch'
  | 'chain-broken'
  | 'untrusted'
  | 'expired'
  | 'not-yet-valid'
  | 'domain-not-covered';

/**
 * Checks a certificate a customer uploads: the key must be its key, each certificate
 * of the chain must be signed by the next, the last by a trusted root (when roots are
 * given), it must be valid now and cover every domain. Returns the problems found.
 */
export function checkCertificate(input: {
  chain: string;
  key: string;
  domains: readonly string[];
  trustedRoots?: readonly string[];
  now?: Date;
}): { problems: Array<{ problem: CertificateProblem; detail?: string }>; facts: CertificateFacts | null } {
  const problems: Array<{ problem: CertificateProblem; detail?: string }> = [];
  let certificates: X509Certificate[];
  try {
    certificates = splitPemChain(input.chain).map((pem) => new X509Certificate(pem));
  } catch {
    certificates = [];
  }
  if (certificates.length === 0) return { problems: [{ problem: 'not-a-certificate' }], facts: null };
  const leaf = certificates[0]!;
  try {
    if (!leaf.checkPrivateKey(createPrivateKey(input.key))) problems.push({ problem: 'key-mismatch' });
  } catch {
    problems.push({ problem: 'not-a-key' });
  }
  for (let i = 0; i + 1 < certificates.length; i++)
    if (!certificates[i]!.checkIssued(certificates[i + 1]!) || !certificates[i]!.verify(certificates[i + 1]!.publicKey))
      problems.push({ problem: 'chain-broken', detail: certificates[i]!.subject });
  if (input.trustedRoots) {
    const top = certificates.at(-1)!;
    const roots = input.trustedRoots.map((pem) => new X509Certificate(pem));
    const anchored = roots.some(
      (root) => root.fingerprint256 === top.fingerprint256 || (top.checkIssued(root) && top.verify(root.publicKey)),
    );
    if (!anchored) problems.push({ problem: 'untrusted', detail: top.issuer });
  }
  const now = input.now ?? new Date();
  if (new Date(leaf.validTo) <= now) problems.push({ problem: 'expired', detail: leaf.validTo });
  if (new Date(leaf.validFrom) > now) problems.push({ problem: 'not-yet-valid', detail: leaf.validFrom });
  for (const domain of input.domains)
    if (!leaf.checkHost(domain)) problems.push({ problem: 'domain-not-covered', detail: domain });
  return { problems, facts: certificateFacts(input.chain) };
}
