import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest, startTestApi, type TestApi } from '../../test/harness.js';
import { enrollProtocolAgent, type ProtocolAgent } from '../../test/protocol-agent.js';
import { reportHourOfUsage } from '../../test/usage-report.js';
import { signWebhook, verifyWebhookSignature } from './payment-providers.js';

const WALLET = `{ wallet {
  balance { amount currency } spent24h { amount } spentThisMonth { amount } runwayDays sitesBlocked
  entries(first: 10) { items { kind amount { amount } } nextCursor }
} }`;
const TOP_UP =
  'mutation ($amount: String!, $key: String) { topUp(amount: $amount, idempotencyKey: $key) { id status amount { amount } } }';
const HOUR = 3600_000;
const SECRET = 'webhook secret for the tests';

interface WalletData {
  balance: { amount: string; currency: string };
  spent24h: { amount: string };
  spentThisMonth: { amount: string };
  runwayDays: number | null;
  sitesBlocked: boolean;
  entries: { items: Array<{ kind: string; amount: { amount: string } }>; nextCursor: string | null };
}

describe('webhook signatures', () => {
  it('accepts a fresh, correct signature and refuses a wrong, old or malformed one', () => {
    const body = '{"type":"checkout.session.completed"}';
    const now = Date.now();
    expect(verifyWebhookSignature('secret', body, signWebhook('secret', body, now), now)).toBe(true);
    expect(verifyWebhookSignature('other', body, signWebhook('secret', body, now), now)).toBe(false);
    expect(verifyWebhookSignature('secret', `${body} `, signWebhook('secret', body, now), now)).toBe(false);
    expect(verifyWebhookSignature('secret', body, signWebhook('secret', body, now - 10 * 60_000), now)).toBe(false);
    expect(verifyWebhookSignature('secret', body, 't=abc,v1=00', now)).toBe(false);
    expect(verifyWebhookSignature('secret', body, '', now)).toBe(false);
  });
});

describe.each(dialectsUnderTest())('the wallet on %s', (dialect) => {
  let api: TestApi;
  let agent: ProtocolAgent;
  let admin: string;
  let alice: { token: string; id: string; email: string };
  let aliceSystemName: string;
  let aliceSite: string;

  const wallet = async (token: string) => (await api.gql<{ wallet: WalletData }>(WALLET, {}, { token })).data!.wallet;
  const postWebhook = (body: string, signature = signWebhook(SECRET, body)) =>
    fetch(`${api.url}/payments/webhook`, { method: 'POST', headers: { 'stripe-signature': signature }, body });

  beforeAll(async () => {
    api = await startTestApi(dialect, { PAYMENT_WEBHOOK_SECRET: SECRET });
    admin = await api.adminToken();
    agent = await enrollProtocolAgent(api, admin, 'billing host');
    alice = await api.signUp();
    const { data } = await api.gql<{ createSite: { id: string } }>(
      'mutation { createSite(input: { domain: "paid.example" }) { id } }',
      {},
      { token: alice.token },
    );
    aliceSite = data!.createSite.id;
    await agent.poll().then((commands) => Promise.all(commands.map((c) => agent.report(c, true))));
    aliceSystemName = (
      await api.gql<{ me: { systemName: string } }>('{ me { systemName } }', {}, { token: alice.token })
    ).data!.me.systemName;
  });
  afterAll(async () => api?.close());

  it('tops up once per idempotency key, refuses the same key with another amount, and keeps amounts exact', async () => {
    const key = randomUUID();
    const first = await api.gql<{ topUp: { id: string; status: string } }>(
      TOP_UP,
      { amount: '20.50', key },
      { token: alice.token },
    );
    expect(first.data!.topUp.status).toBe('succeeded');
    const again = await api.gql<{ topUp: { id: string } }>(TOP_UP, { amount: '20.50', key }, { token: alice.token });
    expect(again.data!.topUp.id).toBe(first.data!.topUp.id);
    const changed = await api.gql(TOP_UP, { amount: '25', key }, { token: alice.token });
    expect(changed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    for (const amount of ['4.99', '1000.01', '20.1234567', '20.505', 'ten', '-5'])
      expect((await api.gql(TOP_UP, { amount }, { token: alice.token })).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'amount',
      });
    expect((await wallet(alice.token)).balance).toEqual({ amount: '20.500000', currency: 'EUR' });
  });

  it('acts on a webhook once however often it arrives, refuses forged or old ones, and waits for a refund’s payment', async () => {
    const topUp = await api.gql<{ topUp: { id: string } }>(TOP_UP, { amount: '10' }, { token: alice.token });
    const [payment] = (await api.dataSource.query('SELECT provider_ref, settlement_ref FROM payments WHERE id = ?', [
      topUp.data!.topUp.id,
    ])) as Array<{ provider_ref: string; settlement_ref: string }>;
    const completed = (id: string) =>
      JSON.stringify({
        id,
        type: 'checkout.session.completed',
        data: {
          object: {
            id: payment!.provider_ref,
            payment_status: 'paid',
            amount_total: 1000,
            payment_intent: payment!.settlement_ref,
          },
        },
      });
    const before = (await wallet(alice.token)).balance.amount;
    // The same event three times, and the same payment under another event id: nothing more is credited.
    for (let i = 0; i < 3; i++) expect((await postWebhook(completed('evt_replayed'))).status).toBe(200);
    expect((await postWebhook(completed('evt_other'))).status).toBe(200);
    expect((await wallet(alice.token)).balance.amount).toBe(before);
    expect(
      (await postWebhook(completed('evt_forged'), signWebhook('not the secret', completed('evt_forged')))).status,
    ).toBe(400);
    expect(
      (await postWebhook(completed('evt_old'), signWebhook(SECRET, completed('evt_old'), Date.now() - 10 * 60_000)))
        .status,
    ).toBe(400);
    expect((await postWebhook('not json', signWebhook(SECRET, 'not json'))).status).toBe(400);
    // Figures that are not whole cents, and ids longer than any provider's, are refused, not a 500.
    type Event = { id: string; data: { object: Record<string, unknown> } };
    const odd = (change: (event: Event) => void) => {
      const event = JSON.parse(completed('evt_odd')) as Event;
      change(event);
      return JSON.stringify(event);
    };
    for (const body of [
      odd((event) => (event.data.object.amount_total = 10.5)),
      odd((event) => (event.data.object.amount_total = '1000')),
      odd((event) => (event.id = `evt_${'x'.repeat(200)}`)),
      odd((event) => delete event.data.object.id),
    ])
      expect((await postWebhook(body)).status).toBe(400);
    expect((await wallet(alice.token)).balance.amount).toBe(before);

    // Out of order: a refund of a payment whose completion has not arrived yet waits (503, retried later).
    const pending = await api.gql<{ topUp: { id: string } }>(TOP_UP, { amount: '7' }, { token: alice.token });
    const [late] = (await api.dataSource.query('SELECT provider_ref FROM payments WHERE id = ?', [
      pending.data!.topUp.id,
    ])) as Array<{
      provider_ref: string;
    }>;
    await api.dataSource.query("UPDATE payments SET status = 'pending', settlement_ref = NULL WHERE id = ?", [
      pending.data!.topUp.id,
    ]);
    const refund = JSON.stringify({
      id: 'evt_refund_early',
      type: 'refund.created',
      data: { object: { id: 're_early', amount: 200, payment_intent: 'pi_late', status: 'succeeded' } },
    });
    expect((await postWebhook(refund)).status).toBe(503);
    const lateCompletion = JSON.stringify({
      id: 'evt_late_completion',
      type: 'checkout.session.completed',
      data: {
        object: { id: late!.provider_ref, payment_status: 'paid', amount_total: 700, payment_intent: 'pi_late' },
      },
    });
    // (The test provider completed it already: the ledger key makes this a no-op, and the refund can now be booked.)
    expect((await postWebhook(lateCompletion)).status).toBe(200);
    const balanceBeforeRefund = (await wallet(alice.token)).balance.amount;
    expect((await postWebhook(refund)).status).toBe(200);
    expect((await postWebhook(refund)).status).toBe(200);
    const after = await wallet(alice.token);
    expect(Number(after.balance.amount)).toBeCloseTo(Number(balanceBeforeRefund) - 2, 6);
    expect(after.entries.items[0]).toMatchObject({ kind: 'refund', amount: { amount: '-2.000000' } });
    expect(await api.app.services.billing.reconcile()).toEqual([]);
  });

  it('lets an administrator refund a payment, never more than was paid', async () => {
    const { data } = await api.gql<{ topUp: { id: string } }>(TOP_UP, { amount: '12' }, { token: alice.token });
    const REFUND =
      'mutation ($id: ID!, $amount: String) { refundPayment(paymentId: $id, amount: $amount) { refunded { amount } } }';
    expect(
      (await api.gql(REFUND, { id: data!.topUp.id, amount: '5' }, { token: alice.token })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const refunded = await api.gql<{ refundPayment: { refunded: { amount: string } } }>(
      REFUND,
      { id: data!.topUp.id, amount: '5' },
      { token: admin },
    );
    expect(refunded.data!.refundPayment.refunded.amount).toBe('5.000000');
    expect(
      (await api.gql(REFUND, { id: data!.topUp.id, amount: '8' }, { token: admin })).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'amount',
    });
    const rest = await api.gql<{ refundPayment: { refunded: { amount: string } } }>(
      REFUND,
      { id: data!.topUp.id },
      { token: admin },
    );
    expect(rest.data!.refundPayment.refunded.amount).toBe('12.000000');
  });

  it('charges each completed hour once, by resource and site, and corrects it when usage arrives late', async () => {
    const hour = Math.floor(Date.now() / HOUR) * HOUR - 2 * HOUR;
    const before = await wallet(alice.token);
    // 0.1 CPU second and 1 MB of traffic every 10 s on the site: 36 CPU s and 0.36 GB.
    await reportHourOfUsage(api, agent, {
      systemName: aliceSystemName,
      siteId: aliceSite,
      hourStart: hour,
      counters: { cpu_seconds: 0.1, net_out_bytes: 1e6 },
    });
    expect(await api.app.services.charging.run()).toMatchObject({ charges: 1 });
    expect(await api.app.services.charging.run()).toMatchObject({ charges: 0, corrections: 0 }); // never twice
    const charged = await wallet(alice.token);
    // 36 × 0.0002 EUR + 0.36 × 0.02 EUR = 0.0072 + 0.0072 EUR.
    expect(charged.spent24h.amount).toBe('0.014400');
    expect(Number(before.balance.amount) - Number(charged.balance.amount)).toBeCloseTo(0.0144, 6);
    expect(charged.entries.items[0]).toMatchObject({ kind: 'usage', amount: { amount: '-0.014400' } });

    // An agent that was offline sends the same hour's SSH session late: 20 more CPU seconds.
    await reportHourOfUsage(api, agent, {
      systemName: aliceSystemName,
      hourStart: hour,
      counters: { cpu_seconds: 20 },
      intervals: 1,
    });
    expect(await api.app.services.charging.run()).toMatchObject({ charges: 0, corrections: 1 });
    const corrected = await wallet(alice.token);
    expect(corrected.entries.items[0]).toMatchObject({ kind: 'usage_correction', amount: { amount: '-0.004000' } });
    expect(corrected.spent24h.amount).toBe('0.018400');

    const { data } = await api.gql<{
      wallet: {
        spending: Array<{
          day: string;
          total: { amount: string };
          resources: Array<{ resource: string; amount: { amount: string } }>;
          sites: Array<{ domain: string | null; amount: { amount: string } }>;
        }>;
      };
    }>(
      '{ wallet { spending(days: 3) { day total { amount } resources { resource amount { amount } } sites { domain amount { amount } } } } }',
      {},
      { token: alice.token },
    );
    const day = data!.wallet.spending.find((d) => d.day === new Date(hour).toISOString().slice(0, 10))!;
    expect(day.total.amount).toBe('0.018400');
    expect(day.resources.find((r) => r.resource === 'cpuSecond')!.amount.amount).toBe('0.011200');
    expect(day.sites).toEqual(
      expect.arrayContaining([
        { domain: 'paid.example', amount: { amount: '0.014400' } },
        { domain: null, amount: { amount: '0.004000' } },
      ]),
    );
    expect(await api.app.services.billing.reconcile()).toEqual([]);
  });

  it('publishes prices only from a future full hour, and charges each hour at the prices of that hour', async () => {
    const SCHEDULE = `mutation ($input: PriceListInput!) { schedulePrices(input: $input) { validFrom isCurrent prices { cpuSecond } } }`;
    const prices = {
      cpuSecond: '0.0004',
      memoryGbHour: '0.01',
      diskGbDay: '0.005',
      trafficGb: '0.02',
      millionIoOperations: '0.05',
      mysqlBusyHour: '0.5',
    };
    const currentHour = Math.floor(Date.now() / HOUR) * HOUR;
    const past = await api.gql(
      SCHEDULE,
      { input: { ...prices, validFrom: new Date(currentHour).toISOString() } },
      { token: admin },
    );
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validFrom' });
    const odd = await api.gql(
      SCHEDULE,
      { input: { ...prices, validFrom: new Date(currentHour + HOUR + 60_000).toISOString() } },
      { token: admin },
    );
    expect(odd.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validFrom' });
    const bad = await api.gql(
      SCHEDULE,
      { input: { ...prices, cpuSecond: '-1', validFrom: new Date(currentHour + HOUR).toISOString() } },
      { token: admin },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cpuSecond' });
    expect(
      (
        await api.gql(
          SCHEDULE,
          { input: { ...prices, validFrom: new Date(currentHour + HOUR).toISOString() } },
          { token: alice.token },
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const ok = await api.gql<{ schedulePrices: Array<{ isCurrent: boolean; prices: { cpuSecond: string } }> }>(
      SCHEDULE,
      { input: { ...prices, validFrom: new Date(currentHour + HOUR).toISOString() } },
      { token: admin },
    );
    expect(ok.data!.schedulePrices[0]).toMatchObject({ isCurrent: false, prices: { cpuSecond: '0.0004' } });
    expect(ok.data!.schedulePrices.find((p) => p.isCurrent)!.prices.cpuSecond).toBe('0.0002');
    // The hour just before the new list is charged at the old price, the hour after at the new one.
    expect(await api.app.services.prices.at(new Date(currentHour))).toMatchObject({ cpuSecond: 200_000n });
    expect(await api.app.services.prices.at(new Date(currentHour + HOUR))).toMatchObject({ cpuSecond: 400_000n });
  });

  it('warns at the customer’s spending alert and limit once, and blocks the sites until the limit is raised', async () => {
    const isBlocked = async () =>
      Boolean(
        (
          (await api.dataSource.query('SELECT is_blocked FROM sites WHERE id = ?', [aliceSite])) as Array<{
            is_blocked: unknown;
          }>
        )[0]!.is_blocked,
      );
    const SET = `mutation ($input: SpendingLimitsInput!) { setSpendingLimits(input: $input) { monthlyLimit { amount } sitesBlocked spendingAlerts { amount } } }`;
    const bad = await api.gql(
      SET,
      { input: { monthlyLimit: 'lots', limitBlocks: true, alerts: [] } },
      { token: alice.token },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'monthlyLimit' });
    const mailsBefore = api.mails.length;
    // This month's spending is already above 0.01 EUR, so an alert at 0.01 fires; a 1 EUR limit not yet.
    const set = await api.gql<{
      setSpendingLimits: { sitesBlocked: boolean; spendingAlerts: Array<{ amount: string }> };
    }>(SET, { input: { monthlyLimit: '1', limitBlocks: true, alerts: ['0.01'] } }, { token: alice.token });
    expect(set.data!.setSpendingLimits).toMatchObject({
      sitesBlocked: false,
      spendingAlerts: [{ amount: '0.010000' }],
    });
    // A runaway hour: 10,000 CPU seconds = 2 EUR.
    await reportHourOfUsage(api, agent, {
      systemName: aliceSystemName,
      siteId: aliceSite,
      hourStart: Math.floor(Date.now() / HOUR) * HOUR - 3 * HOUR,
      counters: { cpu_seconds: 10_000 },
      intervals: 1,
    });
    await api.app.services.charging.run();
    await api.app.services.suspension.enforce();
    const subjects = api.mails
      .slice(mailsBefore)
      .filter((m) => m.to === alice.email)
      .map((m) => m.subject);
    expect(subjects.filter((s) => s.includes('this month'))).toHaveLength(1);
    expect(subjects.filter((s) => s.includes('monthly spending limit'))).toHaveLength(1);
    expect((await wallet(alice.token)).sitesBlocked).toBe(true);
    const blocked = await agent.poll();
    expect(await isBlocked()).toBe(true);
    expect(blocked.map((c) => c.type)).toContain('site.apply');
    await Promise.all(blocked.map((c) => agent.report(c, true)));

    const raised = await api.gql<{ setSpendingLimits: { sitesBlocked: boolean } }>(
      SET,
      { input: { monthlyLimit: '100', limitBlocks: true, alerts: ['0.01'] } },
      { token: alice.token },
    );
    expect(raised.data!.setSpendingLimits.sitesBlocked).toBe(false);
    const unblocked = await agent.poll();
    expect(await isBlocked()).toBe(false);
    expect(unblocked.map((c) => c.type)).toContain('site.apply');
    await Promise.all(unblocked.map((c) => agent.report(c, true)));
  });

  it('estimates a month publicly from the price list and the documented visit model', async () => {
    const ESTIMATE = `query ($input: CostEstimateInput!) { estimateCost(input: $input) { monthly { amount currency } breakdown { resource amount { amount } } } }`;
    const cms = await api.gql<{
      estimateCost: { monthly: { amount: string; currency: string }; breakdown: Array<{ resource: string }> };
    }>(ESTIMATE, { input: { sites: 1, visitorsPerDay: 1000, kind: 'CMS' } });
    expect(cms.data!.estimateCost.monthly).toEqual({ amount: '3.513266', currency: 'EUR' });
    expect(cms.data!.estimateCost.breakdown).toHaveLength(6);
    const shop = await api.gql<{ estimateCost: { monthly: { amount: string } } }>(ESTIMATE, {
      input: { sites: 1, visitorsPerDay: 1000, kind: 'SHOP' },
    });
    expect(Number(shop.data!.estimateCost.monthly.amount)).toBeLessThan(30);
    for (const input of [
      { sites: 0, visitorsPerDay: 10 },
      { sites: 1, visitorsPerDay: -1 },
    ])
      expect((await api.gql(ESTIMATE, { input })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('raises one administrators’ alert when a balance is not the sum of its entries', async () => {
    expect(await api.app.services.billing.reconcileAndAlert(api.app.services.alerts)).toEqual([]);
    await api.dataSource.query('UPDATE wallets SET balance = balance + 1 WHERE account_id = ?', [alice.id]);
    expect(await api.app.services.billing.reconcileAndAlert(api.app.services.alerts)).toEqual([`wallet:${alice.id}`]);
    await api.app.services.billing.reconcileAndAlert(api.app.services.alerts);
    const { data } = await api.gql<{ alerts: Array<{ kind: string; message: string }> }>(
      '{ alerts { kind message } }',
      {},
      { token: admin },
    );
    expect(data!.alerts.filter((a) => a.kind === 'ledger_mismatch')).toHaveLength(1);
    await api.dataSource.query('UPDATE wallets SET balance = balance - 1 WHERE account_id = ?', [alice.id]);
  });

  it('shows a customer only their own wallet', async () => {
    const bob = await api.signUp();
    expect(await wallet(bob.token)).toMatchObject({ balance: { amount: '0.000000' }, entries: { items: [] } });
    expect((await api.gql(WALLET)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
