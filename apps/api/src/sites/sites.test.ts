import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest, startTestApi, type TestApi } from '../../test/harness.js';
import { startDnsServer } from '../../test/dns-server.js';
import { ownershipRecord } from './domain-ownership.js';

const CREATE = 'mutation ($input: CreateSiteInput!) { createSite(input: $input) { id domain aliases status preset } }';
const SITES = '{ sites { id domain aliases status } }';
const SITE = 'query ($id: ID!) { site(id: $id) { id domain } }';
const DELETE = 'mutation ($id: ID!) { deleteSite(id: $id) { id status deletedAt } }';

interface SiteView {
  id: string;
  domain: string;
  aliases: string[];
  status: string;
}

describe.each(dialectsUnderTest())('sites on %s', (dialect) => {
  let api: TestApi;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    api = await startTestApi(dialect);
    alice = (await api.signUp()).token;
    bob = (await api.signUp()).token;
  });
  afterAll(async () => {
    await api.close();
  });

  async function create(token: string, input: Record<string, unknown>) {
    return api.gql<{ createSite: SiteView }>(CREATE, { input }, { token });
  }

  async function siteCount(): Promise<number> {
    const [row] = await api.dataSource.query('SELECT COUNT(*) AS n FROM sites');
    return Number(row.n);
  }

  it('adds example.com and an international domain stored as punycode, both listed', async () => {
    const first = await create(alice, { domain: 'example.com', aliases: ['www.example.com'] });
    expect(first.data?.createSite).toMatchObject({
      domain: 'example.com',
      aliases: ['www.example.com'],
      status: 'PENDING',
    });
    expect(first.data?.createSite.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const idn = await create(alice, { domain: 'bücher.example' });
    expect(idn.data?.createSite.domain).toBe('xn--bcher-kva.example');

    const list = await api.gql<{ sites: SiteView[] }>(SITES, {}, { token: alice });
    expect(list.data?.sites.map((s) => s.domain)).toEqual(['xn--bcher-kva.example', 'example.com']);
  });

  it.each([
    ['-bad-.com', /hyphen/],
    ['a..b', /empty parts/],
    ['localhost', /two parts/],
    ['127.0.0.1', /IP address/],
    ['x'.repeat(300), /253 characters/],
    ['shop.local', /reserved/],
    ['http://example.org/', /without http/],
  ])('refuses %s with a clear message and writes nothing', async (domain, message) => {
    const before = await siteCount();
    const result = await create(alice, { domain });
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(message),
      extensions: { code: 'BAD_USER_INPUT', field: 'domain' },
    });
    expect(await siteCount()).toBe(before);
  });

  it('refuses a domain another customer already hosts, and an alias that is taken', async () => {
    await create(alice, { domain: 'taken.example' });
    const clash = await create(bob, { domain: 'TAKEN.example' });
    expect(clash.errors?.[0]).toMatchObject({
      message: 'taken.example is already hosted on Elasticweb. If it is yours, contact support.',
      extensions: { code: 'CONFLICT', field: 'domain' },
    });
    const aliasClash = await create(bob, { domain: 'bobs.example', aliases: ['taken.example'] });
    expect(aliasClash.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'aliases' });
    const bobs = await api.gql<{ sites: SiteView[] }>(SITES, {}, { token: bob });
    expect(bobs.data?.sites.map((s) => s.domain)).not.toContain('bobs.example');
  });

  it('refuses a bad alias naming it, and more than 20 aliases', async () => {
    const bad = await create(alice, {
      domain: 'aliased.example',
      aliases: ['www.aliased.example', 'bad_name.example'],
    });
    expect(bad.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Alias “bad_name.example”/),
      extensions: { code: 'BAD_USER_INPUT', field: 'aliases.1' },
    });
    const many = await create(alice, {
      domain: 'aliased.example',
      aliases: Array.from({ length: 21 }, (_, i) => `a${i}.aliased.example`),
    });
    expect(many.errors?.[0]).toMatchObject({
      message: 'A site can have at most 20 aliases.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const twenty = await create(alice, {
      domain: 'aliased.example',
      aliases: Array.from({ length: 20 }, (_, i) => `a${i}.aliased.example`),
    });
    expect(twenty.data?.createSite.aliases).toHaveLength(20);
  });

  it('keeps the names under a hosted domain for the account that hosts it', async () => {
    expect((await create(alice, { domain: 'alice-corp.example' })).errors).toBeUndefined();
    const squatted = await create(bob, { domain: 'login.alice-corp.example' });
    expect(squatted.errors?.[0]).toMatchObject({
      message: expect.stringMatching(
        /^login\.alice-corp\.example is under alice-corp\.example, which another account hosts on Elasticweb\. If the name is yours, add a TXT record _elasticweb\.login\.alice-corp\.example with the value elasticweb-verification=[0-9a-f]{32} to its DNS, then try again\.$/,
      ),
      extensions: { code: 'CONFLICT', field: 'domain' },
    });
    const asAlias = await create(bob, { domain: 'bob-own.example.org', aliases: ['pay.alice-corp.example'] });
    expect(asAlias.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'aliases' });
    // The owner may, and names under a public suffix belong to whoever registered them.
    expect((await create(alice, { domain: 'login.alice-corp.example' })).errors).toBeUndefined();
    expect((await create(alice, { domain: 'alice.github.io' })).errors).toBeUndefined();
    expect((await create(bob, { domain: 'bob.github.io' })).errors).toBeUndefined();
    const suffix = await create(bob, { domain: 'co.uk' });
    expect(suffix.errors?.[0]).toMatchObject({
      message: 'co.uk is a public suffix that many owners share, not a domain of its own.',
      extensions: { code: 'BAD_USER_INPUT', field: 'domain' },
    });
  });

  it('refuses unknown input fields and wrong types before anything runs', async () => {
    const unknown = await create(alice, { domain: 'unknown-field.example', color: 'blue' });
    expect(unknown.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/Field "color" is not defined/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const wrongType = await create(alice, { domain: 42 });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows another customer nothing: null for reads, NOT_FOUND for deletes, same as a missing site', async () => {
    const mine = await create(alice, { domain: 'private.example' });
    const id = mine.data!.createSite.id;
    const peek = await api.gql<{ site: SiteView | null }>(SITE, { id }, { token: bob });
    expect(peek.data?.site).toBeNull();
    expect(peek.errors).toBeUndefined();
    const list = await api.gql<{ sites: SiteView[] }>(SITES, {}, { token: bob });
    expect(list.data?.sites.some((s) => s.id === id)).toBe(false);

    const theirs = await api.gql(DELETE, { id }, { token: bob });
    const missing = await api.gql(DELETE, { id: '01900000-0000-7000-8000-000000000000' }, { token: bob });
    expect(theirs.errors?.[0]).toEqual(missing.errors?.[0]);
    expect(theirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const still = await api.gql<{ site: SiteView | null }>(SITE, { id }, { token: alice });
    expect(still.data?.site?.domain).toBe('private.example');
  });

  it('refuses anonymous callers', async () => {
    const result = await api.gql(SITES);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it('deletes softly, keeps history, and frees the domain for anyone', async () => {
    const site = (await create(alice, { domain: 'moving.example', aliases: ['www.moving.example'] })).data!.createSite;
    const deleted = await api.gql<{ deleteSite: { status: string; deletedAt: string } }>(
      DELETE,
      { id: site.id },
      { token: alice },
    );
    expect(deleted.data?.deleteSite).toMatchObject({ status: 'DELETED', deletedAt: expect.any(String) });
    expect((await api.gql<{ site: null }>(SITE, { id: site.id }, { token: alice })).data?.site).toBeNull();
    const [row] = await api.dataSource.query('SELECT status FROM sites WHERE id = ?', [site.id]);
    expect(row.status).toBe('deleted');

    const reused = await create(bob, { domain: 'moving.example', aliases: ['www.moving.example'] });
    expect(reused.data?.createSite.domain).toBe('moving.example');
    const again = await api.gql(DELETE, { id: site.id }, { token: alice });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('gives two customers racing for one domain exactly one site', async () => {
    const results = await Promise.all([
      create(alice, { domain: 'race.example' }),
      create(bob, { domain: 'race.example' }),
    ]);
    const winners = results.filter((r) => r.data?.createSite);
    expect(winners).toHaveLength(1);
    expect(results.find((r) => r.errors)?.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('a name proven by its DNS', () => {
  let api: TestApi;
  let dns: Awaited<ReturnType<typeof startDnsServer>>;
  const records = new Map<string, string[]>();
  beforeAll(async () => {
    dns = await startDnsServer(records);
    api = await startTestApi('sqlite', { DNS_SERVERS: dns.server });
  });
  afterAll(async () => {
    await api.close();
    await dns.close();
  });

  it('may be used under another account’s domain once a TXT record bound to the account says so', async () => {
    const agency = await api.signUp();
    const client = await api.signUp();
    const create = (token: string, domain: string) =>
      api.gql<{ createSite: { domain: string } }>(CREATE, { input: { domain } }, { token });
    expect((await create(agency.token, 'agency-hosted.example')).errors).toBeUndefined();
    const refused = await create(client.token, 'shop.agency-hosted.example');
    const { record, value } = ownershipRecord(client.id, 'shop.agency-hosted.example');
    expect(refused.errors?.[0]?.message).toBe(
      `shop.agency-hosted.example is under agency-hosted.example, which another account hosts on Elasticweb. If the name is yours, add a TXT record ${record} with the value ${value} to its DNS, then try again.`,
    );
    // A record for another account proves nothing for this one.
    records.set(record, [ownershipRecord(agency.id, 'shop.agency-hosted.example').value]);
    expect((await create(client.token, 'shop.agency-hosted.example')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    records.set(record, ['v=spf1 -all', value]);
    const proven = await create(client.token, 'shop.agency-hosted.example');
    expect(proven.errors).toBeUndefined();
    expect(proven.data!.createSite.domain).toBe('shop.agency-hosted.example');
  });
});
