import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CommandArgs } from '@elasticweb/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest, startTestApi, type TestApi } from '../../test/harness.js';
import { enrollProtocolAgent, type ProtocolAgent } from '../../test/protocol-agent.js';

const SITE = 'id domain status statusMessage isBlocked specVersion appliedVersion operation { type status attempt }';

describe.each(dialectsUnderTest())('sites as desired state on %s', (dialect) => {
  let api: TestApi;
  let admin: string;
  let agent: ProtocolAgent;
  let webhook: Server;
  const posted: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    webhook = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        posted.push(JSON.parse(body) as Record<string, unknown>);
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
    api = await startTestApi(dialect, {
      ALERT_WEBHOOK_URL: `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/hook`,
    });
    admin = await api.adminToken();
  });
  afterAll(async () => {
    await api.close();
    webhook.close();
  });

  const as = async <T>(token: string, query: string, variables: Record<string, unknown> = {}) => {
    const result = await api.gql<T>(query, variables, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };

  it('keeps a site pending while no host exists, and sends it to the first host that enrolls', async () => {
    const customer = await api.signUp();
    const { createSite } = await as<{ createSite: { id: string; status: string; operation: unknown } }>(
      customer.token,
      `mutation { createSite(input: { domain: "early.example" }) { ${SITE} } }`,
    );
    expect(createSite).toMatchObject({ status: 'PENDING', operation: null });

    agent = await enrollProtocolAgent(api, admin, 'first host');
    const commands = await agent.poll();
    expect(commands).toHaveLength(1);
    const args = commands[0]!.args as CommandArgs<'site.apply'>;
    expect(commands[0]!.type).toBe('site.apply');
    expect(args).toMatchObject({ siteId: createSite.id, specVersion: 1, spec: { domains: ['early.example'] } });
    // The vhost was rendered for the layout this host reported.
    expect(args.spec.vhost).toContain('listen 80;');
    expect(args.spec.vhost).toContain(`/run/elasticweb/php/${createSite.id}.sock`);
    await agent.report(commands[0]!, true, { result: JSON.stringify({ specVersion: 1 }) });
    const { site } = await as<{ site: { status: string; appliedVersion: number } }>(
      customer.token,
      `query ($id: ID!) { site(id: $id) { ${SITE} } }`,
      { id: createSite.id },
    );
    expect(site).toMatchObject({ status: 'ACTIVE', appliedVersion: 1 });
  });

  it('places a new account on the host with the most free capacity, and keeps its later sites there', async () => {
    const big = await enrollProtocolAgent(api, admin, 'big host', { cpuCores: 64, memoryMb: 262_144, diskGb: 10_000 });
    const customer = await api.signUp();
    for (const domain of ['one.example', 'two.example'])
      await as(customer.token, `mutation ($d: String!) { createSite(input: { domain: $d }) { id } }`, { d: domain });
    const delivered = await big.poll();
    expect(delivered.map((c) => (c.args as CommandArgs<'site.apply'>).spec.domains[0]).sort()).toEqual([
      'one.example',
      'two.example',
    ]);
    expect(await agent.poll()).toEqual([]);
  });

  it('shows progress, and a block sent later supersedes the routine apply still queued', async () => {
    const customer = await api.signUp();
    const big = await enrollProtocolAgent(api, admin, 'block host', {
      cpuCores: 128,
      memoryMb: 524_288,
      diskGb: 20_000,
    });
    const { createSite } = await as<{ createSite: { id: string; operation: { type: string; status: string } } }>(
      customer.token,
      `mutation { createSite(input: { domain: "blockme.example" }) { ${SITE} } }`,
    );
    expect(createSite.operation).toMatchObject({ type: 'site.apply', status: 'queued' });

    // A customer may not block; an administrator may.
    const refused = await api.gql(
      `mutation ($id: ID!) { blockSite(id: $id) { id } }`,
      { id: createSite.id },
      {
        token: customer.token,
      },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await as(admin, `mutation ($id: ID!) { blockSite(id: $id) { id } }`, { id: createSite.id });

    const commands = await big.poll();
    expect(commands).toHaveLength(1); // version 1 was superseded by version 2
    const args = commands[0]!.args as CommandArgs<'site.apply'>;
    expect(args).toMatchObject({ specVersion: 2, spec: { isBlocked: true } });
    expect(args.spec.vhost).toContain('/usr/share/elasticweb/suspended');
    await big.report(commands[0]!, true);
    const { site } = await as<{ site: { status: string; isBlocked: boolean } }>(
      customer.token,
      `query ($id: ID!) { site(id: $id) { ${SITE} } }`,
      { id: createSite.id },
    );
    expect(site).toMatchObject({ status: 'BLOCKED', isBlocked: true });
  });

  it('turns a permanent failure into an error the customer can read, and an alert administrators can retry', async () => {
    const customer = await api.signUp();
    const host = await enrollProtocolAgent(api, admin, 'failing host', {
      cpuCores: 256,
      memoryMb: 1_048_576,
      diskGb: 40_000,
    });
    const { createSite } = await as<{ createSite: { id: string } }>(
      customer.token,
      `mutation { createSite(input: { domain: "broken.example" }) { id } }`,
    );
    const [command] = await host.poll();
    await host.report(command!, false, {
      error: 'nginx: [emerg] cannot load certificate "/x.pem"\nnginx: configuration file test failed',
      permanent: true,
    });
    const { site } = await as<{ site: { status: string; statusMessage: string } }>(
      customer.token,
      `query ($id: ID!) { site(id: $id) { ${SITE} } }`,
      { id: createSite.id },
    );
    expect(site.status).toBe('ERROR');
    expect(site.statusMessage).toMatch(/could not apply/);
    expect(site.statusMessage).not.toMatch(/emerg/);
    const ru = await api.gql<{ site: { statusMessage: string } }>(
      `query ($id: ID!) { site(id: $id) { statusMessage } }`,
      { id: createSite.id },
      { token: customer.token, headers: { 'x-panel-language': 'ru' } },
    );
    expect(ru.data!.site.statusMessage).toMatch(/Сервер не смог применить/);

    // Customers see no alerts.
    const hidden = await api.gql('{ alerts { id } }', {}, { token: customer.token });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { alerts } = await as<{ alerts: Array<Record<string, string>> }>(
      admin,
      '{ alerts { id status hostName siteDomain accountEmail commandType message } }',
    );
    const alert = alerts.find((a) => a.siteDomain === 'broken.example')!;
    expect(alert).toMatchObject({
      status: 'OPEN',
      hostName: 'failing host',
      accountEmail: customer.email,
      commandType: 'site.apply',
    });
    expect(alert.message).toContain('cannot load certificate');
    await expect
      .poll(() => posted.find((p) => (p.site as { domain: string }).domain === 'broken.example'))
      .toMatchObject({
        kind: 'command_failed',
        host: { name: 'failing host' },
        customer: { email: customer.email },
      });

    const { retryAlert } = await as<{ retryAlert: { status: string } }>(
      admin,
      'mutation ($id: ID!) { retryAlert(id: $id) { status } }',
      { id: alert.id },
    );
    expect(retryAlert.status).toBe('RETRIED');
    const [again] = await host.poll();
    expect((again!.args as CommandArgs<'site.apply'>).specVersion).toBe(2);
    await host.report(again!, true);
    const after = await as<{ site: { status: string; statusMessage: string | null } }>(
      customer.token,
      `query ($id: ID!) { site(id: $id) { ${SITE} } }`,
      { id: createSite.id },
    );
    expect(after.site).toMatchObject({ status: 'ACTIVE', statusMessage: null });
    const twice = await api.gql(
      'mutation ($id: ID!) { retryAlert(id: $id) { status } }',
      { id: alert.id },
      { token: admin },
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('lists every customer’s sites to administrators only, with their owners', async () => {
    const customer = await api.signUp();
    await as(customer.token, 'mutation { createSite(input: { domain: "findme.example" }) { id } }');
    const { adminSites } = await as<{ adminSites: Array<{ domain: string; ownerEmail: string }> }>(
      admin,
      '{ adminSites(search: "findme") { domain ownerEmail } }',
    );
    expect(adminSites).toEqual([{ domain: 'findme.example', ownerEmail: customer.email }]);
    const wildcard = await as<{ adminSites: unknown[] }>(admin, '{ adminSites(search: "%_") { domain } }');
    expect(wildcard.adminSites.length).toBeGreaterThan(1); // wildcards are dropped, not interpreted
    const refused = await api.gql('{ adminSites { domain } }', {}, { token: customer.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await as<{ sites: Array<{ ownerEmail: string | null }> }>(customer.token, '{ sites { ownerEmail } }');
    expect(own.sites).toEqual([{ ownerEmail: null }]);
  });

  it('deletes through the host: deleting until the agent confirms, then gone', async () => {
    const customer = await api.signUp();
    const host = await enrollProtocolAgent(api, admin, 'delete host', {
      cpuCores: 512,
      memoryMb: 2_097_152,
      diskGb: 80_000,
    });
    const { createSite } = await as<{ createSite: { id: string } }>(
      customer.token,
      `mutation { createSite(input: { domain: "gone.example" }) { id } }`,
    );
    const { deleteSite } = await as<{ deleteSite: { status: string } }>(
      customer.token,
      'mutation ($id: ID!) { deleteSite(id: $id) { status } }',
      { id: createSite.id },
    );
    expect(deleteSite.status).toBe('DELETING');
    const commands = await host.poll();
    // The apply queued before the delete is pointless now.
    expect(commands.map((c) => c.type)).toEqual(['site.delete']);
    await host.report(commands[0]!, true);
    const { site } = await as<{ site: unknown }>(customer.token, 'query ($id: ID!) { site(id: $id) { id } }', {
      id: createSite.id,
    });
    expect(site).toBeNull();
  });
});
