import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startApiProxy, type ApiProxy } from './api-proxy.js';
import { siteBecomes, startAgentStack, waitFor, webStackAvailable, type AgentStack } from './harness.js';

const createSite = async (stack: AgentStack, domain: string, token = stack.customer.token) => {
  const result = await stack.api.gql<{ createSite: { id: string } }>(
    'mutation ($d: String!) { createSite(input: { domain: $d }) { id } }',
    { d: domain },
    { token },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createSite.id;
};

/** The commands the agent started, by the log line it writes just before it runs one. */
const runs = (stack: AgentStack, type?: string) =>
  stack.logs.filter((l) => l.msg === 'command started' && (!type || l.type === type));

describe.skipIf(!webStackAvailable())('the agent under crashes, lost reports and an API that goes away', () => {
  let stack: AgentStack | undefined;
  let proxy: ApiProxy | undefined;
  afterEach(async () => {
    await stack?.close();
    await proxy?.close();
    stack = proxy = undefined;
  }, 60_000);

  it('after a SIGKILL between running and reporting, reports the command once and never runs it again', async () => {
    stack = await startAgentStack({ apiUrl: async (url) => (proxy = await startApiProxy(url)).url });
    proxy!.mode = 'fail-reports';
    stack.startAgent();
    const siteId = await createSite(stack, 'crash.example.com');
    await waitFor('the apply to finish on the host', () => stack!.logs.some((l) => l.msg === 'command finished'));
    await waitFor('a report to be refused', () => proxy!.dropped > 0);
    await stack.stopAgent('SIGKILL');

    proxy!.mode = 'pass';
    stack.startAgent();
    await siteBecomes(stack, siteId, 'ACTIVE');
    expect(runs(stack, 'site.apply')).toHaveLength(1);
    expect(stack.logs.some((l) => l.msg === 'reported a result from the journal')).toBe(true);
    expect(stack.logs.filter((l) => l.msg === 'command rejected')).toEqual([]);
  });

  it('when a report is lost, the command comes back after its lease and the success is reported again, not re-run', async () => {
    stack = await startAgentStack({
      apiEnv: { COMMAND_LEASE_SECONDS: '2' },
      apiUrl: async (url) => (proxy = await startApiProxy(url)).url,
    });
    proxy!.mode = 'swallow-next-report';
    stack.startAgent();
    const siteId = await createSite(stack, 'lost.example.com');
    await siteBecomes(stack, siteId, 'ACTIVE');
    expect(proxy!.dropped).toBe(1);
    expect(runs(stack, 'site.apply')).toHaveLength(1);
    expect(stack.logs.some((l) => l.msg === 'command already succeeded; reporting again')).toBe(true);
  });

  it('keeps working through an API restart: every queued command takes effect exactly once', async () => {
    stack = await startAgentStack();
    const other = await stack.api.signUp();
    const sites = [
      await createSite(stack, 'one.example.com'),
      await createSite(stack, 'two.example.com'),
      await createSite(stack, 'three.example.com', other.token),
    ];
    await stack.api.stop();
    stack.startAgent();
    await waitFor('the agent to notice the API is away', () =>
      stack!.logs.some((l) => l.msg === 'cannot reach the API; retrying'),
    );
    await stack.api.restart();
    for (const [index, id] of sites.entries())
      await siteBecomes(stack, id, 'ACTIVE', { token: index === 2 ? other.token : undefined });
    expect(runs(stack, 'site.apply')).toHaveLength(3);
    expect(new Set(runs(stack).map((l) => l.commandId)).size).toBe(3);
  });

  it('accepts a retried attempt and an urgent block queued behind routine work, with no sequence rejection', async () => {
    stack = await startAgentStack();
    const { me } = await stack.customerGql<{ me: { systemName: string } }>('{ me { systemName } }');
    // A file where the account's home should be makes the first attempt fail.
    const home = join(stack.prefix, 'srv/www', me.systemName);
    mkdirSync(join(stack.prefix, 'srv/www'), { recursive: true });
    writeFileSync(home, 'in the way');
    const failing = await createSite(stack, 'retry.example.com');
    const other = await stack.api.signUp();
    const routine = await createSite(stack, 'routine.example.com', other.token);
    const blocked = await createSite(stack, 'blocked.example.com', other.token);
    await stack.adminGql('mutation ($id: ID!) { blockSite(id: $id) { id } }', { id: blocked });

    stack.startAgent();
    await waitFor('the first attempt to fail', () =>
      stack!.logs.some((l) => l.msg === 'command finished' && l.ok === false),
    );
    rmSync(home);
    await siteBecomes(stack, failing, 'ACTIVE', { timeoutMs: 60_000 });
    await siteBecomes(stack, routine, 'ACTIVE', { token: other.token });
    await siteBecomes(stack, blocked, 'BLOCKED', { token: other.token });

    const attempts = runs(stack, 'site.apply').filter((l) => l.attempt === 2);
    expect(attempts).toHaveLength(1);
    expect(stack.logs.filter((l) => l.msg === 'command rejected')).toEqual([]);
    // Sequence numbers only grow, whatever the priorities and retries did to the order.
    const seqs = runs(stack).map((l) => l.seq as number);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(runs(stack)).toHaveLength(4);
    // The urgent block went first, although it was queued last.
    expect(runs(stack)[0]!.siteId).toBe(blocked);
  }, 90_000);
});
