import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest, startTestApi, type TestApi } from '@elasticweb/api/test/harness';
import { ApiClient, checkApiUrl } from '../src/api-client.js';
import { enroll } from '../src/cli.js';
import { startApiProxy, type ApiProxy } from './api-proxy.js';
import { makeTestCa, type TestCa } from './certificates.js';
import { siteBecomes, startAgentStack, webStackAvailable } from './harness.js';

describe('the agent’s transport', () => {
  it('talks plain http only to a loopback address', () => {
    expect(checkApiUrl('http://127.0.0.1:4000').hostname).toBe('127.0.0.1');
    expect(checkApiUrl('http://[::1]:4000').hostname).toBe('[::1]');
    expect(checkApiUrl('https://panel.example.com').protocol).toBe('https:');
    expect(() => checkApiUrl('http://panel.example.com')).toThrow(/https/);
    expect(() => checkApiUrl('http://10.0.0.5:4000')).toThrow(/https/);
    expect(() => new ApiClient({ url: 'http://192.0.2.1' })).toThrow(/loopback/);
  });
});

describe.each(dialectsUnderTest().slice(-1))('HTTPS with the CA pinned at enrollment (%s)', (dialect) => {
  let dir: string;
  let trusted: TestCa;
  let stranger: TestCa;
  let api: TestApi;
  let proxy: ApiProxy;
  let adminToken: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ew-transport-'));
    trusted = makeTestCa(dir, 'trusted');
    stranger = makeTestCa(dir, 'stranger');
    api = await startTestApi(dialect);
    adminToken = await api.adminToken();
    proxy = await startApiProxy(api.url, trusted.leaf);
  });
  afterAll(async () => {
    await proxy?.close();
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const enrollmentToken = async () =>
    (
      await api.gql<{ createHostEnrollment: { token: string } }>(
        'mutation { createHostEnrollment(name: "tls host") { token } }',
        {},
        { token: adminToken },
      )
    ).data!.createHostEnrollment.token;

  it('refuses an API whose certificate comes from a CA other than the pinned one', async () => {
    const token = await enrollmentToken();
    await expect(
      enroll({ api: proxy.url, token, state: join(dir, 'state-stranger'), ca: stranger.caFile }),
    ).rejects.toThrow(/certificate/);
    // The token was not spent on a connection that never reached the API.
    await expect(
      enroll({ api: proxy.url, token, state: join(dir, 'state-trusted'), ca: trusted.caFile }),
    ).resolves.toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends no request to an API certified by another CA, and talks to the pinned one', async () => {
    const client = new ApiClient({ url: proxy.url, ca: stranger.cert });
    await expect(client.graphql('{ __typename }')).rejects.toThrow(/certificate/);
    const good = new ApiClient({ url: proxy.url, ca: trusted.cert });
    await expect(good.graphql<{ __typename: string }>('{ __typename }')).resolves.toEqual({ __typename: 'Query' });
  });
});

describe.skipIf(!webStackAvailable())('an agent over HTTPS', () => {
  it('enrolls with the pinned CA and runs a site to active through TLS', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ew-tls-agent-'));
    const ca = makeTestCa(dir, 'panel');
    let proxy: ApiProxy | undefined;
    const stack = await startAgentStack({
      apiUrl: async (url) => (proxy = await startApiProxy(url, ca.leaf)).url,
      ca: ca.caFile,
    });
    try {
      expect(proxy!.url).toMatch(/^https:/);
      stack.startAgent();
      const { createSite } = await stack.customerGql<{ createSite: { id: string } }>(
        'mutation { createSite(input: { domain: "tls.example.com" }) { id } }',
      );
      await siteBecomes(stack, createSite.id, 'ACTIVE');
    } finally {
      await stack.close();
      await proxy?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
