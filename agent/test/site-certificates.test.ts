import { statSync } from 'node:fs';
import { request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { certificatePaths } from '@elasticweb/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  getVia,
  SITE_FIELDS,
  siteBecomes,
  startAgentStack,
  waitFor,
  webStackAvailable,
  type AgentStack,
  type SiteView,
} from './harness.js';
import { pebbleAvailable, startPebble, type Pebble } from './pebble.js';

const DAY = 24 * 3600_000;
const CERTIFICATE = 'certificate { mode status domains notAfter issuer lastError }';

interface Certificate {
  mode: string;
  status: string;
  domains: string[];
  notAfter: string | null;
  issuer: string | null;
  lastError: string | null;
}

/** GET over HTTPS by name (SNI), trusting only the given root. */
function getTls(port: number, host: string, ca: string) {
  return new Promise<{ status: number; body: string; serial: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, servername: host, headers: { host }, ca, path: '/', agent: false },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        const socket = res.socket as TLSSocket;
        const serial = socket.getPeerCertificate().serialNumber;
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, serial }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe.skipIf(!webStackAvailable() || !pebbleAvailable())('certificates from an ACME server (pebble)', () => {
  let stack: AgentStack;
  let pebble: Pebble;
  let httpPort: number;
  let tlsPort: number;
  let site: SiteView;

  const certificateOf = async (siteId: string) =>
    (
      await stack.customerGql<{ site: { certificate: Certificate | null } }>(
        `query ($id: ID!) { site(id: $id) { ${CERTIFICATE} } }`,
        { id: siteId },
      )
    ).site.certificate;
  /** Waits until the certificate has this status and the site runs its newest spec. */
  const settled = async (siteId: string, status: string) => {
    const certificate = await waitFor(
      `the certificate to be ${status}`,
      async () => {
        const current = await certificateOf(siteId);
        return current?.status === status ? current : null;
      },
      60_000,
    );
    await waitFor(
      'the site to run its newest spec',
      async () => {
        const { site: now } = await stack.customerGql<{ site: SiteView }>(
          `query ($id: ID!) { site(id: $id) { ${SITE_FIELDS} } }`,
          { id: siteId },
        );
        return now.appliedVersion === now.specVersion && now.operation === null;
      },
      60_000,
    );
    return certificate;
  };

  beforeAll(async () => {
    httpPort = await freePort();
    tlsPort = await freePort();
    pebble = await startPebble(httpPort);
    stack = await startAgentStack({
      agent: {
        nginx: { manage: true, listen: [`127.0.0.1:${httpPort}`], listenTls: [`127.0.0.1:${tlsPort}`] } as never,
        acme: { enabled: true, directoryUrl: pebble.directoryUrl, caFile: pebble.listenerCaFile },
      },
    });
    stack.startAgent();
  }, 90_000);
  afterAll(async () => {
    await stack?.close();
    await pebble?.close();
  }, 60_000);

  it('issues a certificate once the site is live, and serves it over HTTPS with a redirect from HTTP', async () => {
    const created = await stack.customerGql<{ createSite: SiteView }>(
      `mutation { createSite(input: { domain: "secure.example.com", aliases: ["www.secure.example.com"], preset: "php" }) { ${SITE_FIELDS} } }`,
    );
    site = await siteBecomes(stack, created.createSite.id, 'ACTIVE');
    const certificate = await settled(site.id, 'issued');
    expect(certificate).toMatchObject({ mode: 'acme', domains: ['secure.example.com', 'www.secure.example.com'] });
    expect(new Date(certificate.notAfter!).getTime()).toBeGreaterThan(Date.now() + 30 * DAY);

    const plain = await getVia(httpPort, 'secure.example.com', '/page?x=1');
    expect(plain.status).toBe(301);
    const root = await pebble.issuingRoot();
    const secure = await getTls(tlsPort, 'www.secure.example.com', root);
    expect(secure.status).toBe(200);
    expect(secure.body).toContain('secure.example.com is ready');
    // The key is the host's secret: root only.
    const paths = certificatePaths({ prefix: stack.prefix }, site.id);
    expect(statSync(paths.key).mode & 0o777).toBe(0o600);
  });

  it('renews 30 days before expiry and serves the new certificate', async () => {
    const before = await getTls(tlsPort, 'secure.example.com', await pebble.issuingRoot());
    const { notAfter } = (await certificateOf(site.id))!;
    const expiry = new Date(notAfter!).getTime();
    expect(await stack.api.app.services.certificates.runDue(new Date(expiry - 31 * DAY))).toBe(0);
    expect(await stack.api.app.services.certificates.runDue(new Date(expiry - 29 * DAY))).toBe(1);
    await waitFor(
      'the renewed certificate to be served',
      async () => {
        const now = await getTls(tlsPort, 'secure.example.com', await pebble.issuingRoot());
        return now.serial !== before.serial;
      },
      60_000,
    );
    expect((await certificateOf(site.id))!.status).toBe('issued');
  });

  it('revokes the certificate and serves the site over plain HTTP again', async () => {
    await stack.customerGql(`mutation ($id: ID!) { revokeCertificate(siteId: $id) { status } }`, { id: site.id });
    await settled(site.id, 'revoked');
    const plain = await getVia(httpPort, 'secure.example.com');
    expect(plain.status).toBe(200);
    expect(() => statSync(certificatePaths({ prefix: stack.prefix }, site.id).key)).toThrow();
  });

  it('tells administrators and the customer when a domain does not point to the host, and keeps serving HTTP', async () => {
    await pebble.pointElsewhere('elsewhere.example.com', '127.0.0.2');
    const created = await stack.customerGql<{ createSite: SiteView }>(
      `mutation { createSite(input: { domain: "elsewhere.example.com", preset: "php" }) { ${SITE_FIELDS} } }`,
    );
    const other = await siteBecomes(stack, created.createSite.id, 'ACTIVE');
    const certificate = await waitFor(
      'the certificate to fail',
      async () => {
        const current = await certificateOf(other.id);
        return current?.status === 'failed' ? current : null;
      },
      60_000,
    );
    expect(certificate.lastError).toMatch(/certificate authority refused/);
    const { alerts } = await stack.adminGql<{ alerts: Array<{ kind: string; siteDomain: string | null }> }>(
      '{ alerts { kind siteDomain } }',
    );
    expect(alerts).toContainEqual({ kind: 'certificate_failed', siteDomain: 'elsewhere.example.com' });
    await waitFor('the customer’s notice', () =>
      stack.api.mails.some((m) => m.subject === 'We could not get a certificate for elsewhere.example.com'),
    );
    expect((await getVia(httpPort, 'elsewhere.example.com')).status).toBe(200);
    expect((await siteBecomes(stack, other.id, 'ACTIVE')).status).toBe('ACTIVE');
  });
});
