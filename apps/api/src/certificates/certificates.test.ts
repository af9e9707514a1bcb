import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest, startTestApi, type TestApi } from '../../test/harness.js';
import { enrollProtocolAgent, HOST_INFO, type ProtocolAgent } from '../../test/protocol-agent.js';

const DAY = 24 * 3600_000;
const UPLOAD =
  'mutation ($id: ID!, $certificate: String!, $key: String!) { uploadCertificate(siteId: $id, certificate: $certificate, key: $key) { mode status domains notAfter } }';

/** A private CA and certificates it signs, made with openssl (a customer's own certificate). */
function privateCa(dir: string) {
  const run = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const file = (name: string) => join(dir, name);
  run(
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-days',
    '30',
    '-subj',
    '/CN=Customer CA',
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem'),
  );
  const issue = (name: string, names: string[], days = 90) => {
    run(
      'req',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-subj',
      `/CN=${names[0]}`,
      '-keyout',
      file(`${name}.key`),
      '-out',
      file(`${name}.csr`),
    );
    writeFileSync(file(`${name}.cnf`), `subjectAltName=${names.map((n) => `DNS:${n}`).join(',')}\n`);
    run(
      'x509',
      '-req',
      '-in',
      file(`${name}.csr`),
      '-CA',
      file('ca.pem'),
      '-CAkey',
      file('ca.key'),
      '-CAcreateserial',
      '-days',
      String(days),
      '-extfile',
      file(`${name}.cnf`),
      '-out',
      file(`${name}.pem`),
    );
    return { certificate: readFileSync(file(`${name}.pem`), 'utf8'), key: readFileSync(file(`${name}.key`), 'utf8') };
  };
  return { caFile: file('ca.pem'), issue };
}

describe.each(dialectsUnderTest())('uploaded certificates on %s', (dialect) => {
  let api: TestApi;
  let agent: ProtocolAgent;
  let dir: string;
  let ca: ReturnType<typeof privateCa>;
  let owner: { token: string; id: string; email: string };
  let siteId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ew-certs-'));
    ca = privateCa(dir);
    api = await startTestApi(dialect, { CERTIFICATE_TRUSTED_CA_FILE: ca.caFile });
    agent = await enrollProtocolAgent(api, await api.adminToken(), 'tls host', {
      // HTTPS listeners, but no ACME client: certificates come from customers here.
      layout: { ...HOST_INFO.layout, listenTls: ['443'], certificates: false },
    } as never);
    owner = await api.signUp();
    const { data } = await api.gql<{ createSite: { id: string } }>(
      'mutation { createSite(input: { domain: "own-cert.example", aliases: ["www.own-cert.example"] }) { id } }',
      {},
      { token: owner.token },
    );
    siteId = data!.createSite.id;
    await agent.poll().then((commands) => Promise.all(commands.map((c) => agent.report(c, true))));
  });
  afterAll(async () => {
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses what is not a matching, trusted, current certificate for every name, saying which', async () => {
    const good = ca.issue('good', ['own-cert.example', 'www.own-cert.example']);
    const other = ca.issue('other', ['own-cert.example', 'www.own-cert.example']);
    const narrow = ca.issue('narrow', ['own-cert.example']);
    const cases: Array<[{ certificate: string; key: string }, string, RegExp]> = [
      [{ certificate: 'not a certificate', key: good.key }, 'certificate', /not a PEM certificate/],
      [{ certificate: good.certificate, key: 'not a key' }, 'key', /not a PEM private key/],
      [{ certificate: good.certificate, key: other.key }, 'key', /does not belong/],
      [narrow, 'certificate', /does not cover www\.own-cert\.example/],
    ];
    for (const [input, field, message] of cases) {
      const { errors } = await api.gql(UPLOAD, { id: siteId, ...input }, { token: owner.token });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(errors?.[0]?.message).toMatch(message);
    }
    // Signed by a CA nobody trusts: refused.
    const stranger = privateCa(mkdtempSync(join(tmpdir(), 'ew-stranger-'))).issue('s', [
      'own-cert.example',
      'www.own-cert.example',
    ]);
    expect((await api.gql(UPLOAD, { id: siteId, ...stranger }, { token: owner.token })).errors?.[0]?.message).toMatch(
      /trusted/,
    );
    // Another customer cannot touch the site.
    const intruder = await api.signUp();
    expect(
      (await api.gql(UPLOAD, { id: siteId, ...good }, { token: intruder.token })).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('installs a good one on the host and switches the site to HTTPS with a redirect, then warns before it expires', async () => {
    const good = ca.issue('installed', ['own-cert.example', 'www.own-cert.example'], 20);
    const { data } = await api.gql<{ uploadCertificate: { mode: string; status: string } }>(
      UPLOAD,
      { id: siteId, ...good },
      { token: owner.token },
    );
    expect(data!.uploadCertificate).toMatchObject({ mode: 'uploaded', status: 'pending' });
    const [install] = await agent.poll();
    expect(install).toMatchObject({
      type: 'site.certificate',
      args: { action: 'install', certificate: good.certificate },
    });
    const facts = {
      notBefore: new Date().toISOString(),
      notAfter: new Date(Date.now() + 20 * DAY).toISOString(),
      serial: '01',
      issuer: 'CN=Customer CA',
      domains: ['own-cert.example', 'www.own-cert.example'],
    };
    await agent.report(install!, true, { result: JSON.stringify(facts) });
    // The key is not kept in the queue's history once delivered.
    const [stored] = (await api.dataSource.query('SELECT args AS args_json FROM commands WHERE id = ?', [
      install!.commandId,
    ])) as Array<{ args_json: string }>;
    expect(stored!.args_json).not.toContain('PRIVATE KEY');
    const [apply] = await agent.poll();
    expect(apply!.type).toBe('site.apply');
    const vhost = (apply!.args as { spec: { vhost: string } }).spec.vhost;
    expect(vhost).toContain('ssl_certificate /etc/elasticweb/certificates/');
    expect(vhost).toContain('return 301 https://$host$request_uri;');
    await agent.report(apply!, true);

    const mails = () => api.mails.filter((m) => m.to === owner.email && m.subject.includes('expires soon'));
    await api.app.services.certificates.runDue(new Date(Date.now() + 5 * DAY));
    expect(mails()).toHaveLength(0);
    await api.app.services.certificates.runDue(new Date(Date.now() + 7 * DAY));
    await api.app.services.certificates.runDue(new Date(Date.now() + 8 * DAY));
    expect(mails()).toHaveLength(1);
    // An uploaded certificate is the customer's to renew: nothing is asked of the host.
    expect(await agent.poll()).toEqual([]);
  });
});
