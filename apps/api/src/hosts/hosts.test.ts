import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest, startTestApi, type TestApi } from '../../test/harness.js';
import { Host, HostEnrollment } from './host.entity.js';

const info = {
  os: 'Debian GNU/Linux 12 (bookworm)',
  nginxVersion: '1.22.1',
  phpVersions: ['8.2'],
  cpuCores: 8,
  memoryMb: 32768,
  diskGb: 500,
  layout: {
    prefix: '/',
    listen: ['80', '[::]:80'],
    listenTls: ['443'],
    phpFpmSocketDir: '/run/php',
    acmeRoot: '/var/lib/elasticweb/acme',
  },
};
const CREATE = 'mutation ($name: String!) { createHostEnrollment(name: $name) { token expiresAt } }';
const ENROLL =
  'mutation ($token: String!, $info: HostInfoInput!) { enrollHost(enrollmentToken: $token, info: $info) { hostId hostToken panelKeys { keyid publicKey } } }';
const REPORT = 'mutation ($info: HostInfoInput!) { reportHostInfo(info: $info) { id nginxVersion lastSeenAt } }';

describe.each(dialectsUnderTest())('hosts on %s', (dialect) => {
  let api: TestApi;
  let admin: string;
  let customer: string;

  beforeAll(async () => {
    api = await startTestApi(dialect);
    admin = await api.adminToken();
    customer = (await api.signUp()).token;
  });
  afterAll(async () => {
    await api.close();
  });

  async function enrollmentToken(name = 'web-1'): Promise<string> {
    const result = await api.gql<{ createHostEnrollment: { token: string; expiresAt: string } }>(
      CREATE,
      { name },
      { token: admin },
    );
    return result.data!.createHostEnrollment.token;
  }

  it('lets only administrators create enrollment tokens, valid one hour', async () => {
    const denied = await api.gql(CREATE, { name: 'web-1' }, { token: customer });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const result = await api.gql<{ createHostEnrollment: { token: string; expiresAt: string } }>(
      CREATE,
      { name: 'web-1' },
      { token: admin },
    );
    const minutes = (Date.parse(result.data!.createHostEnrollment.expiresAt) - Date.now()) / 60000;
    expect(minutes).toBeGreaterThan(58);
    expect(minutes).toBeLessThanOrEqual(60);
  });

  it('enrolls a host once per token, handing out a host token and the panel keys to pin', async () => {
    const token = await enrollmentToken();
    const enrolled = await api.gql<{
      enrollHost: { hostId: string; hostToken: string; panelKeys: Array<{ keyid: string; publicKey: string }> };
    }>(ENROLL, { token, info });
    expect(enrolled.errors).toBeUndefined();
    const result = enrolled.data!.enrollHost;
    expect(result.hostToken).toMatch(/^ewh_[\w-]{43}$/);
    expect(result.panelKeys[0]).toMatchObject({
      keyid: expect.stringMatching(/^[0-9a-f]{16}$/),
      publicKey: expect.stringContaining('BEGIN PUBLIC KEY'),
    });
    const again = await api.gql(ENROLL, { token, info });
    expect(again.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/expired or was already used/),
      extensions: { code: 'UNAUTHENTICATED' },
    });

    const hosts = await api.gql<{
      hosts: Array<{ id: string; name: string; status: string; phpVersions: string[]; layout: { prefix: string } }>;
    }>('{ hosts { id name status phpVersions layout } }', {}, { token: admin });
    expect(hosts.data!.hosts.find((h) => h.id === result.hostId)).toMatchObject({
      name: 'web-1',
      status: 'ACTIVE',
      phpVersions: ['8.2'],
      layout: { prefix: '/' },
    });
    const [row] = await api.dataSource.query('SELECT token_hash FROM hosts WHERE id = ?', [result.hostId]);
    expect(row.token_hash).not.toBe(result.hostToken);
  });

  it('refuses an expired enrollment token and explains bad host information', async () => {
    const token = await enrollmentToken('late');
    await api.dataSource
      .getRepository(HostEnrollment)
      .update({ name: 'late' }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await api.gql(ENROLL, { token, info })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const fresh = await enrollmentToken('odd');
    const bad = await api.gql(ENROLL, { token: fresh, info: { ...info, cpuCores: 0 } });
    expect(bad.errors?.[0]).toMatchObject({
      message: 'A host has at least one CPU core.',
      extensions: { code: 'BAD_USER_INPUT', field: 'info.cpuCores' },
    });
  });

  it('authenticates the agent by its host token, and stops at once when the host is disabled', async () => {
    const token = await enrollmentToken('web-2');
    const { hostId, hostToken } = (
      await api.gql<{ enrollHost: { hostId: string; hostToken: string } }>(ENROLL, { token, info })
    ).data!.enrollHost;
    const report = await api.gql<{ reportHostInfo: { id: string; nginxVersion: string } }>(
      REPORT,
      { info: { ...info, nginxVersion: '1.22.2' } },
      { token: hostToken },
    );
    expect(report.data?.reportHostInfo).toMatchObject({ id: hostId, nginxVersion: '1.22.2' });
    // A host token is not a customer session, and a customer session is not a host.
    expect((await api.gql('{ me { id } }', {}, { token: hostToken })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await api.gql(REPORT, { info }, { token: customer })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );

    const disabled = await api.gql<{ disableHost: { status: string } }>(
      'mutation ($id: ID!) { disableHost(id: $id) { status } }',
      { id: hostId },
      { token: admin },
    );
    expect(disabled.data?.disableHost.status).toBe('DISABLED');
    expect((await api.gql(REPORT, { info }, { token: hostToken })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses the token of a host silent for ninety days: it must enroll again', async () => {
    const token = await enrollmentToken();
    const enrolled = await api.gql<{ enrollHost: { hostId: string; hostToken: string } }>(ENROLL, { token, info });
    const { hostId, hostToken } = enrolled.data!.enrollHost;
    const POLL = '{ pendingCommands(waitSeconds: 0) { payload } }';
    expect((await api.gql(POLL, {}, { token: hostToken })).errors).toBeUndefined();
    await api.dataSource
      .getRepository(Host)
      .update({ id: hostId }, { lastSeenAt: new Date(Date.now() - 91 * 24 * 3600_000) });
    expect((await api.gql(POLL, {}, { token: hostToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
