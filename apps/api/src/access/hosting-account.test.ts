import type { CommandArgs } from '@elasticweb/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest, startTestApi, type TestApi } from '../../test/harness.js';
import { enrollProtocolAgent, type ProtocolAgent } from '../../test/protocol-agent.js';

const ED25519 = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEXgmwR5KY0xVN6k2tV7Uw3gK7dAF7d9bXo4vYqYbq8c me@laptop';

describe.each(dialectsUnderTest())('hosting account essentials through the API on %s', (dialect) => {
  let api: TestApi;
  let agent: ProtocolAgent;
  let alice: { token: string; email: string; id: string };
  let bob: { token: string; email: string; id: string };

  beforeAll(async () => {
    api = await startTestApi(dialect);
    agent = await enrollProtocolAgent(api, await api.adminToken(), 'php host', { phpVersions: ['8.1', '8.2'] });
    alice = await api.signUp();
    bob = await api.signUp();
  });
  afterAll(async () => api?.close());

  const as = async <T>(token: string, query: string, variables: Record<string, unknown> = {}) => {
    const result = await api.gql<T>(query, variables, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const errorOf = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
    (await api.gql(query, variables, { token })).errors?.[0]?.extensions?.code;

  it('sends the host a password hash, never the password, and keeps one customer’s database from another', async () => {
    const { createDatabase } = await as<{ createDatabase: { database: { id: string }; password: string } }>(
      alice.token,
      'mutation { createDatabase(input: { name: "blog" }) { database { id } password } }',
    );
    const [command] = await agent.poll();
    const args = command!.args as CommandArgs<'database.apply'>;
    expect(command!.type).toBe('database.apply');
    expect(args.passwordHash).toMatch(/^\*[0-9A-F]{40}$/);
    const stored = (await api.dataSource.query('SELECT args FROM commands')) as Array<{ args: string }>;
    expect(stored.some((row) => row.args.includes(createDatabase.password))).toBe(false);
    await agent.report(command!, true, { result: JSON.stringify({ sizeBytes: 16_384 }) });

    const mine = await as<{ databases: Array<{ id: string; sizeBytes: number; status: string }> }>(
      alice.token,
      '{ databases { id sizeBytes status } }',
    );
    expect(mine.databases).toEqual([{ id: createDatabase.database.id, sizeBytes: 16_384, status: 'ACTIVE' }]);
    expect((await as<{ databases: unknown[] }>(bob.token, '{ databases { id } }')).databases).toEqual([]);
    for (const mutation of [
      'resetDatabasePassword(id: $id) { password }',
      'deleteDatabase(id: $id) { id }',
      'restoreDatabase(id: $id) { password }',
    ])
      expect(await errorOf(bob.token, `mutation ($id: ID!) { ${mutation} }`, { id: createDatabase.database.id })).toBe(
        'NOT_FOUND',
      );
  });

  it('takes database sizes only from the host the database lives on', async () => {
    const { createDatabase } = await as<{ createDatabase: { database: { id: string; name: string } } }>(
      alice.token,
      'mutation { createDatabase(input: { name: "sized" }) { database { id name } } }',
    );
    await agent.poll().then((cs) => Promise.all(cs.map((c) => agent.report(c, true))));
    const report = (hostToken: string, bytes: number) =>
      api.gql(
        'mutation ($sizes: [DatabaseSizeInput!]!) { reportDatabaseSizes(sizes: $sizes) }',
        { sizes: [{ name: createDatabase.database.name, bytes }] },
        { token: hostToken },
      );
    const stranger = await enrollProtocolAgent(api, await api.adminToken(), 'stranger host');
    expect((await report(stranger.hostToken, 1)).data).toEqual({ reportDatabaseSizes: 0 });
    expect((await report(agent.hostToken, 5_000_000)).data).toEqual({ reportDatabaseSizes: 1 });
    const { databases } = await as<{ databases: Array<{ id: string; sizeBytes: number }> }>(
      alice.token,
      '{ databases { id sizeBytes } }',
    );
    expect(databases.find((d) => d.id === createDatabase.database.id)?.sizeBytes).toBe(5_000_000);
  });

  it('keeps SSH keys and scheduled jobs to their account', async () => {
    const { addSshKey } = await as<{ addSshKey: { id: string; bits: number } }>(
      alice.token,
      'mutation ($k: String!) { addSshKey(input: { publicKey: $k }) { id bits } }',
      { k: ED25519 },
    );
    expect(addSshKey.bits).toBe(256);
    const { createCronJob } = await as<{ createCronJob: { id: string } }>(
      alice.token,
      'mutation { createCronJob(input: { schedule: "@daily", command: "php artisan schedule:run" }) { id } }',
    );
    expect((await as<{ sshKeys: unknown[] }>(bob.token, '{ sshKeys { id } }')).sshKeys).toEqual([]);
    expect((await as<{ cronJobs: unknown[] }>(bob.token, '{ cronJobs { id } }')).cronJobs).toEqual([]);
    expect(await errorOf(bob.token, 'mutation ($id: ID!) { removeSshKey(id: $id) }', { id: addSshKey.id })).toBe(
      'NOT_FOUND',
    );
    expect(await errorOf(bob.token, 'mutation ($id: ID!) { deleteCronJob(id: $id) }', { id: createCronJob.id })).toBe(
      'NOT_FOUND',
    );

    // Both changes went out as account specs; the newer superseded the older one still queued.
    const commands = (await agent.poll()).filter((c) => c.type === 'account.apply');
    expect(commands).toHaveLength(1);
    const spec = (commands[0]!.args as CommandArgs<'account.apply'>).spec;
    expect(spec.authorizedKeys).toEqual([ED25519]);
    expect(spec.cronJobs).toMatchObject([{ id: createCronJob.id, schedule: '@daily', isEnabled: true }]);
    await agent.report(commands[0]!, true);

    // Runs are recorded only from the account's own host.
    const other = await enrollProtocolAgent(api, await api.adminToken(), 'other host');
    const report = (hostToken: string) =>
      api.gql(
        'mutation ($runs: [CronRunInput!]!) { reportCronRuns(runs: $runs) }',
        { runs: [{ jobId: createCronJob.id, startedAt: new Date().toISOString(), exitCode: 0, output: 'ok' }] },
        { token: hostToken },
      );
    expect((await report(other.hostToken)).data).toEqual({ reportCronRuns: 0 });
    expect((await report(agent.hostToken)).data).toEqual({ reportCronRuns: 1 });
  });

  it('describes schedules in the reader’s language', async () => {
    const ru = await api.gql<{ cronSchedulePreview: { description: string } }>(
      '{ cronSchedulePreview(schedule: "30 6 * * 1") { description } }',
      {},
      { token: alice.token, headers: { 'x-panel-language': 'ru' } },
    );
    expect(ru.data!.cronSchedulePreview.description).toBe('раз в неделю (понедельник) в 06:30 (UTC)');
    const bad = await as<{ cronSchedulePreview: { isValid: boolean; description: string } }>(
      alice.token,
      '{ cronSchedulePreview(schedule: "61 * * * *") { isValid description } }',
    );
    expect(bad.cronSchedulePreview).toEqual({ isValid: false, description: 'The minute field is not valid.' });
  });

  it('offers the PHP versions the host reported and sends the chosen one with its settings', async () => {
    const { createSite } = await as<{ createSite: { id: string } }>(
      alice.token,
      'mutation { createSite(input: { domain: "php81.example" }) { id } }',
    );
    await agent.poll().then((cs) => Promise.all(cs.map((c) => agent.report(c, true))));
    const { sitePhp } = await as<{
      sitePhp: { versions: string[]; current: { version: string; memoryLimitMb: number } };
    }>(alice.token, 'query ($id: ID!) { sitePhp(siteId: $id) { versions current { version memoryLimitMb } } }', {
      id: createSite.id,
    });
    expect(sitePhp).toEqual({ versions: ['8.1', '8.2'], current: { version: '8.2', memoryLimitMb: 256 } });
    const input = {
      version: '8.1',
      memoryLimitMb: 512,
      uploadMaxMb: 100,
      maxExecutionSeconds: 120,
      displayErrors: true,
      timezone: 'Europe/Moscow',
    };
    await as(
      alice.token,
      'mutation ($id: ID!, $input: PhpSettingsInput!) { updateSitePhp(siteId: $id, input: $input) { version } }',
      {
        id: createSite.id,
        input,
      },
    );
    const [apply] = await agent.poll();
    const spec = (apply!.args as CommandArgs<'site.apply'>).spec;
    expect(spec.phpVersion).toBe('8.1');
    expect(spec.php).toEqual({
      memoryLimitMb: 512,
      uploadMaxMb: 100,
      maxExecutionSeconds: 120,
      displayErrors: true,
      timezone: 'Europe/Moscow',
    });
    for (const [field, value] of [
      ['version', '7.4'],
      ['timezone', 'Mars/Olympus'],
      ['maxExecutionSeconds', 100_000],
    ] as const) {
      const refused = await api.gql(
        'mutation ($id: ID!, $input: PhpSettingsInput!) { updateSitePhp(siteId: $id, input: $input) { version } }',
        { id: createSite.id, input: { ...input, [field]: value } },
        { token: alice.token },
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(
      await errorOf(bob.token, 'query ($id: ID!) { sitePhp(siteId: $id) { versions } }', { id: createSite.id }),
    ).toBe('NOT_FOUND');
  });
});

describe.each(dialectsUnderTest())('access set before any host exists, on %s', (dialect) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(dialect);
  });
  afterAll(async () => api?.close());

  it('reaches the first host when it enrolls, and is pending until then', async () => {
    const customer = await api.signUp();
    const as = (query: string, variables: Record<string, unknown> = {}) =>
      api.gql<Record<string, unknown>>(query, variables, { token: customer.token });
    await as('mutation ($k: String!) { addSshKey(input: { publicKey: $k }) { id } }', { k: ED25519 });
    await as('mutation { createCronJob(input: { schedule: "@daily", command: "php artisan schedule:run" }) { id } }');
    // Kept, not applied: the panel must not say otherwise.
    expect((await as('{ accessChangesPending }')).data).toEqual({ accessChangesPending: true });

    const agent = await enrollProtocolAgent(api, await api.adminToken(), 'first host');
    const commands = await agent.poll();
    const apply = commands.find((command) => command.type === 'account.apply');
    expect(apply).toBeDefined();
    const args = apply!.args as CommandArgs<'account.apply'>;
    expect(args.spec.authorizedKeys).toEqual([ED25519]);
    expect(args.spec.cronJobs.map((job) => job.command)).toEqual(['php artisan schedule:run']);
    await agent.report(apply!, true);
    expect((await as('{ accessChangesPending }')).data).toEqual({ accessChangesPending: false });
  });
});
