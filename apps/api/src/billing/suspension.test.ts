import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest, startTestApi, type TestApi } from '../../test/harness.js';
import { enrollProtocolAgent, type ProtocolAgent } from '../../test/protocol-agent.js';
import type { CommandArgs } from '@elasticweb/protocol';
import { Wallet } from './billing.entities.js';
import { walletOf } from './billing.service.js';

const DAY = 24 * 3600_000;

describe.each(dialectsUnderTest())('a negative balance on %s', (dialect) => {
  let api: TestApi;
  let agent: ProtocolAgent;

  beforeAll(async () => {
    api = await startTestApi(dialect);
    agent = await enrollProtocolAgent(api, await api.adminToken(), 'suspension host');
  });
  afterAll(async () => api?.close());

  /** A customer with one site live on the host and a balance of −5 EUR since `since`. */
  async function customerInDebt(domain: string) {
    const customer = await api.signUp();
    const { data } = await api.gql<{ createSite: { id: string } }>(
      'mutation ($d: String!) { createSite(input: { domain: $d }) { id } }',
      { d: domain },
      { token: customer.token },
    );
    await agent.poll().then((commands) => Promise.all(commands.map((c) => agent.report(c, true))));
    await api.dataSource.transaction((manager) =>
      api.app.services.billing.ledger.post(manager, {
        key: `test:${customer.id}`,
        accountId: customer.id,
        debit: walletOf(customer.id),
        credit: 'platform:revenue',
        amount: 5_000_000n,
        kind: 'usage',
      }),
    );
    const wallet = await api.dataSource.getRepository(Wallet).findOneByOrFail({ accountId: customer.id });
    // Only the mails from here on are about money (the sign-up sent its confirmation before).
    seenBefore.set(customer.email, api.mails.length);
    return { customer, siteId: data!.createSite.id, since: wallet.negativeSince! };
  }
  const seenBefore = new Map<string, number>();
  const mailsTo = (email: string) =>
    api.mails
      .slice(seenBefore.get(email) ?? 0)
      .filter((m) => m.to === email)
      .map((m) => m.subject);
  const enforceAt = async (accountId: string, at: Date) => {
    const wallet = await api.dataSource.getRepository(Wallet).findOneByOrFail({ accountId });
    await api.app.services.suspension.enforceWallet(wallet, at);
  };
  const siteOf = async (token: string, id: string) =>
    (
      await api.gql<{ site: { status: string; isBlocked: boolean } | null }>(
        'query ($id: ID!) { site(id: $id) { status isBlocked } }',
        { id },
        { token },
      )
    ).data!.site;

  it('warns once at each step, blocks after 7 days, and a top-up brings the sites back at once', async () => {
    const { customer, siteId, since } = await customerInDebt('debt.example');
    await enforceAt(customer.id, since);
    await enforceAt(customer.id, new Date(since.getTime() + DAY));
    expect(mailsTo(customer.email)).toEqual(['Your Elasticweb balance is below zero']);

    await enforceAt(customer.id, new Date(since.getTime() + 5 * DAY));
    expect(mailsTo(customer.email).at(-1)).toBe('Your sites will be suspended in 2 days');
    expect((await siteOf(customer.token, siteId))!.isBlocked).toBe(false);

    await enforceAt(customer.id, new Date(since.getTime() + 7 * DAY));
    expect(mailsTo(customer.email).at(-1)).toBe('Your sites are suspended');
    expect((await siteOf(customer.token, siteId))!.isBlocked).toBe(true);
    const [block] = await agent.poll();
    expect((block!.args as CommandArgs<'site.apply'>).spec.isBlocked).toBe(true);
    await agent.report(block!, true);
    expect((await siteOf(customer.token, siteId))!.status).toBe('BLOCKED');

    await api.gql('mutation { topUp(amount: "20") { status } }', {}, { token: customer.token });
    expect((await siteOf(customer.token, siteId))!.isBlocked).toBe(false);
    const [unblock] = await agent.poll();
    expect((unblock!.args as CommandArgs<'site.apply'>).spec.isBlocked).toBe(false);
    expect(mailsTo(customer.email)).toHaveLength(3);
  });

  it('deletes the sites 30 days after blocking them, after the last warnings', async () => {
    const { customer, siteId, since } = await customerInDebt('gone-debt.example');
    const blockedAt = new Date(since.getTime() + 7 * DAY);
    await enforceAt(customer.id, blockedAt);
    await agent.poll().then((commands) => Promise.all(commands.map((c) => agent.report(c, true))));
    await enforceAt(customer.id, new Date(blockedAt.getTime() + 23 * DAY));
    await enforceAt(customer.id, new Date(blockedAt.getTime() + 29 * DAY));
    expect(mailsTo(customer.email).slice(-2)).toEqual([
      'Your sites will be deleted in 7 days',
      'Your sites will be deleted tomorrow',
    ]);
    expect((await siteOf(customer.token, siteId))!.status).toBe('BLOCKED');
    await enforceAt(customer.id, new Date(blockedAt.getTime() + 30 * DAY));
    expect((await siteOf(customer.token, siteId))!.status).toBe('DELETING');
    const [deletion] = await agent.poll();
    expect(deletion!.type).toBe('site.delete');
  });
});
