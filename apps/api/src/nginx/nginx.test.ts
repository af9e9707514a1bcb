import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest, startTestApi, type TestApi } from '../../test/harness.js';

const PREVIEW = `query ($siteId: ID!, $input: NginxConfigInput!) {
  previewNginxConfig(siteId: $siteId, input: $input) { text diff problems { field message severity } }
}`;
const UPDATE =
  'mutation ($siteId: ID!, $input: NginxConfigInput!) { updateSiteNginx(siteId: $siteId, input: $input) { revision preset variant options text } }';
const REVISIONS = 'query ($siteId: ID!) { siteNginxRevisions(siteId: $siteId) { revision preset options text } }';
const ROLLBACK =
  'mutation ($siteId: ID!, $revision: Int!) { rollbackSiteNginx(siteId: $siteId, revision: $revision) { revision preset options } }';

describe.each(dialectsUnderTest())('nginx configuration on %s', (dialect) => {
  let api: TestApi;
  let alice: string;
  let bob: string;
  let siteId: string;

  beforeAll(async () => {
    api = await startTestApi(dialect);
    alice = (await api.signUp()).token;
    bob = (await api.signUp()).token;
    const site = await api.gql<{ createSite: { id: string; preset: string } }>(
      'mutation { createSite(input: { domain: "shop.example", aliases: ["www.shop.example"] }) { id preset } }',
      {},
      { token: alice },
    );
    siteId = site.data!.createSite.id;
    expect(site.data!.createSite.preset).toBe('php');
  });
  afterAll(async () => {
    await api.close();
  });

  it('lists all 21 presets with their variants', async () => {
    const result = await api.gql<{
      nginxPresets: Array<{ id: string; variants: Array<{ id: string }>; publicRoot: string }>;
    }>('{ nginxPresets { id publicRoot variants { id } } }', {}, { token: alice });
    const presets = result.data!.nginxPresets;
    expect(presets).toHaveLength(21);
    expect(presets.find((p) => p.id === 'symfony')).toEqual({
      id: 'symfony',
      publicRoot: 'public',
      variants: [{ id: '3' }, { id: '4' }],
    });
  });

  it('previews a configuration with its diff against the live one, and warns about risky options', async () => {
    const result = await api.gql<{
      previewNginxConfig: {
        text: string;
        diff: string;
        problems: Array<{ field: string; severity: string; message: string }>;
      };
    }>(
      PREVIEW,
      { siteId, input: { preset: 'wordpress', options: { canonicalHost: 'bare', hstsMaxAge: 31536000 } } },
      { token: alice },
    );
    const preview = result.data!.previewNginxConfig;
    expect(preview.text).toContain('server_name shop.example www.shop.example;');
    expect(preview.text).toContain('^/wp-config\\.php$');
    expect(preview.diff).toMatch(/^\+.*wp-config/m);
    expect(preview.diff).toMatch(/^-.*preset php/m);
    expect(preview.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'options.hstsMaxAge',
          severity: 'WARNING',
          message: 'HSTS only works over HTTPS, which is not set up yet.',
        }),
      ]),
    );
  });

  it('explains a hostile value on the option it concerns, in the reader’s language, and saves nothing', async () => {
    const input = { preset: 'php', options: { headers: [{ name: 'X-Test', value: 'a"; include /etc/passwd; "' }] } };
    const preview = await api.gql<{
      previewNginxConfig: { text: string; problems: Array<{ field: string; severity: string; message: string }> };
    }>(PREVIEW, { siteId, input }, { token: alice, headers: { 'x-panel-language': 'ru' } });
    expect(preview.data!.previewNginxConfig.text).toBe('');
    expect(preview.data!.previewNginxConfig.problems[0]).toMatchObject({
      field: 'options.headers.0.value',
      severity: 'ERROR',
      message: expect.stringMatching(/^Имена заголовков/),
    });
    const saved = await api.gql(UPDATE, { siteId, input }, { token: alice });
    expect(saved.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'options.headers.0.value' });
    const unknownOption = await api.gql(
      UPDATE,
      { siteId, input: { preset: 'php', options: { includeFile: '/etc/passwd' } } },
      { token: alice },
    );
    expect(unknownOption.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const revisions = await api.gql<{ siteNginxRevisions: unknown[] }>(REVISIONS, { siteId }, { token: alice });
    expect(revisions.data!.siteNginxRevisions).toEqual([]);
  });

  it('never lets a customer name the certificate files a site is served with', async () => {
    // Another tenant's key is a file on the same host: only the platform chooses these paths.
    const tls = {
      certificate: '/etc/elasticweb/certs/other-site/fullchain.pem',
      key: '/etc/elasticweb/certs/other-site/key.pem',
    };
    const input = { preset: 'php', options: { tls } };
    const saved = await api.gql(UPDATE, { siteId, input }, { token: alice });
    expect(saved.errors?.[0]).toMatchObject({
      message: 'Certificates are set up in the site’s HTTPS section, not here.',
      extensions: { code: 'BAD_USER_INPUT', field: 'options.tls' },
    });
    const preview = await api.gql(PREVIEW, { siteId, input }, { token: alice });
    expect(preview.errors?.[0]?.extensions?.field).toBe('options.tls');
    const revisions = await api.gql<{ siteNginxRevisions: unknown[] }>(REVISIONS, { siteId }, { token: alice });
    expect(revisions.data!.siteNginxRevisions).toEqual([]);
  });

  it('refuses, on the option concerned, what nginx would refuse on the host', async () => {
    const refused = async (options: Record<string, unknown>) =>
      (await api.gql(UPDATE, { siteId, input: { preset: 'php', options } }, { token: alice })).errors?.[0];
    const taken =
      'This path is taken: by another location of the site, or by the platform (/ and /.well-known/acme-challenge/).';
    expect(await refused({ protectedPaths: ['/'] })).toMatchObject({
      message: taken,
      extensions: { code: 'BAD_USER_INPUT', field: 'options.protectedPaths.0' },
    });
    expect((await refused({ protectedPaths: ['/.well-known/acme-challenge/'] }))?.message).toBe(taken);
    expect((await refused({ protectedPaths: ['/admin/', '/admin/'] }))?.extensions?.field).toBe(
      'options.protectedPaths.1',
    );
    expect(
      (await refused({ protectedPaths: ['/admin/'], customLocations: [{ path: '/admin/', app: 'shop-api' }] }))
        ?.extensions?.field,
    ).toBe('options.customLocations.0.path');
    expect(await refused({ allow: ['fe80::1%eth0'] })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'options.allow.0' },
    });
    // An allowed range inside a denied one would never let anyone in.
    expect(await refused({ allow: ['203.0.113.0/28'], deny: ['203.0.113.0/24'] })).toMatchObject({
      message: 'This address lies inside a range you deny, so it would never be let in.',
      extensions: { field: 'options.allow.0' },
    });
    const revisions = await api.gql<{ siteNginxRevisions: unknown[] }>(REVISIONS, { siteId }, { token: alice });
    expect(revisions.data!.siteNginxRevisions).toEqual([]);
  });

  it('warns that 0.0.0.0/0 admits IPv4 visitors only', async () => {
    const preview = await api.gql<{ previewNginxConfig: { problems: Array<{ field: string; message: string }> } }>(
      PREVIEW,
      { siteId, input: { preset: 'php', options: { allow: ['0.0.0.0/0'] } } },
      { token: alice },
    );
    expect(preview.data!.previewNginxConfig.problems).toContainEqual(
      expect.objectContaining({
        field: 'options.allow.0',
        message: 'Everyone over IPv4 only: 0.0.0.0/0 leaves out visitors over IPv6. Add ::/0 to let them in too.',
      }),
    );
  });

  it('keeps every saved revision and restores an earlier one as the newest', async () => {
    const first = await api.gql<{ updateSiteNginx: { revision: number; text: string } }>(
      UPDATE,
      { siteId, input: { preset: 'wordpress' } },
      { token: alice },
    );
    expect(first.data!.updateSiteNginx.revision).toBe(1);
    const second = await api.gql<{ updateSiteNginx: { revision: number } }>(
      UPDATE,
      { siteId, input: { preset: 'laravel', options: { clientMaxBodySize: '128m' } } },
      { token: alice },
    );
    expect(second.data!.updateSiteNginx.revision).toBe(2);
    const restored = await api.gql<{ rollbackSiteNginx: { revision: number; preset: string; options: unknown } }>(
      ROLLBACK,
      { siteId, revision: 1 },
      { token: alice },
    );
    expect(restored.data!.rollbackSiteNginx).toEqual({ revision: 3, preset: 'wordpress', options: {} });
    const list = await api.gql<{ siteNginxRevisions: Array<{ revision: number; preset: string; text: string }> }>(
      REVISIONS,
      { siteId },
      { token: alice },
    );
    expect(list.data!.siteNginxRevisions.map((r) => [r.revision, r.preset])).toEqual([
      [3, 'wordpress'],
      [2, 'laravel'],
      [1, 'wordpress'],
    ]);
    expect(list.data!.siteNginxRevisions[1]!.text).toContain('client_max_body_size 128m;');
    const site = await api.gql<{ site: { preset: string } }>(
      'query ($id: ID!) { site(id: $id) { preset } }',
      { id: siteId },
      { token: alice },
    );
    expect(site.data!.site.preset).toBe('wordpress');
  });

  it('detects the preset from an uploaded file list', async () => {
    const result = await api.gql<{ detectSitePreset: { preset: string; variant: string; evidence: string[] } }>(
      'mutation ($siteId: ID!, $files: [String!]!) { detectSitePreset(siteId: $siteId, files: $files) { preset variant evidence } }',
      { siteId, files: ['./index.php', 'wp-login.php', 'wp-includes/version.php', 'wp-content/index.php'] },
      { token: alice },
    );
    expect(result.data!.detectSitePreset).toEqual({
      preset: 'wordpress',
      variant: '6',
      evidence: ['wp-includes/version.php', 'wp-login.php'],
    });
  });

  it('switches a site without a saved configuration to the detected preset', async () => {
    const created = await api.gql<{ createSite: { id: string } }>(
      'mutation { createSite(input: { domain: "fresh.example" }) { id } }',
      {},
      { token: alice },
    );
    const id = created.data!.createSite.id;
    await api.gql(
      'mutation ($id: ID!, $files: [String!]!) { detectSitePreset(siteId: $id, files: $files) { preset } }',
      { id, files: ['artisan', 'bootstrap/app.php', 'public/index.php'] },
      { token: alice },
    );
    const site = await api.gql<{ site: { preset: string } }>(
      'query ($id: ID!) { site(id: $id) { preset } }',
      { id },
      { token: alice },
    );
    expect(site.data!.site.preset).toBe('laravel');
  });

  it('shows another customer nothing: NOT_FOUND for every operation on the site', async () => {
    for (const [query, variables] of [
      [PREVIEW, { siteId, input: { preset: 'php' } }],
      [UPDATE, { siteId, input: { preset: 'php' } }],
      [REVISIONS, { siteId }],
      [ROLLBACK, { siteId, revision: 1 }],
    ] as const) {
      const result = await api.gql(query, variables, { token: bob });
      expect(result.errors?.[0]?.extensions?.code, query).toBe('NOT_FOUND');
    }
  });

  it('refuses an unknown preset when a site is created', async () => {
    const result = await api.gql(
      'mutation { createSite(input: { domain: "other.example", preset: "frontpage" }) { id } }',
      {},
      { token: alice },
    );
    expect(result.errors?.[0]).toMatchObject({
      message: 'Choose a preset from the list.',
      extensions: { code: 'BAD_USER_INPUT', field: 'preset' },
    });
  });

  it('keeps who may open a protected path, with the password as a bcrypt hash only', async () => {
    const SET =
      'mutation ($siteId: ID!, $input: ProtectedPathUserInput!) { setProtectedPathUser(siteId: $siteId, input: $input) { path usernames } }';
    const input = { path: '/private/', username: 'editor', password: 'a door password' };
    // Only a path the settings protect.
    const notProtected = await api.gql(SET, { siteId, input }, { token: alice });
    expect(notProtected.errors?.[0]).toMatchObject({
      message: 'Protect this path in the web server settings first.',
      extensions: { code: 'BAD_USER_INPUT', field: 'path' },
    });
    const saved = await api.gql(
      UPDATE,
      { siteId, input: { preset: 'php', options: { protectedPaths: ['/private/'] } } },
      { token: alice },
    );
    expect(saved.errors).toBeUndefined();
    const set = await api.gql<{ setProtectedPathUser: unknown }>(SET, { siteId, input }, { token: alice });
    expect(set.data!.setProtectedPathUser).toEqual([{ path: '/private/', usernames: ['editor'] }]);
    const weak = await api.gql(SET, { siteId, input: { ...input, password: 'short' } }, { token: alice });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const colon = await api.gql(SET, { siteId, input: { ...input, username: 'a:b' } }, { token: alice });
    expect(colon.errors?.[0]?.extensions?.field).toBe('username');
    // Another customer neither sees nor changes them.
    expect((await api.gql(SET, { siteId, input }, { token: bob })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [row] = (await api.dataSource.query('SELECT password_hash FROM protected_path_users WHERE site_id = ?', [
      siteId,
    ])) as Array<{ password_hash: string }>;
    expect(row!.password_hash).toMatch(/^\$2b\$10\$/);
    const removed = await api.gql<{ removeProtectedPathUser: unknown }>(
      'mutation ($siteId: ID!) { removeProtectedPathUser(siteId: $siteId, path: "/private/", username: "editor") { path usernames } }',
      { siteId },
      { token: alice },
    );
    expect(removed.data!.removeProtectedPathUser).toEqual([{ path: '/private/', usernames: [] }]);
    await api.gql(UPDATE, { siteId, input: { preset: 'php', options: {} } }, { token: alice });
  });
});
