import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest, startTestApi, type TestApi } from '../../test/harness.js';
import { enrollProtocolAgent, type ProtocolAgent } from '../../test/protocol-agent.js';
import { signWebhook, verifyWebhookSignature } from './billing.service.js';

const WALLET =
  '{ wallet { balance { amount currency } spent24h { amount } runwayDays entries { kind amount { amount } } } }';
const TOP_UP =
  'mutation ($amount: String!, $key: String) { topUp(amount: $amount, idempotencyKey: $key) { id status amount { amount } } }';
const HOUR = 3600_000;
const SECRET = 'webhook secret for the tests';

describe('webhook signatures', () => {
  it('accepts a fresh, correct signature and refuses a wrong, old or replayed-late one', () => {
    const body = '{"type":"payment.succeeded"}';
    const now = Date.now();
    expect(verifyWebhookSignature('secret', body, signWebhook('secret', body, now), now)).toBe(true);
    expect(verifyWebhookSignature('other', body, signWebhook('secret', body, now), now)).toBe(false);
    expect(verifyWebhookSignature('secret', `${body} `, signWebhook('secret', body, now), now)).toBe(false);
    expect(verifyWebhookSignature('secret', body, signWebhook('secret', body, now - 10 * 60_000), now)).toBe(false);
    expect(verifyWebhookSignature('secret', body, 't=abc,v1=00', now)).toBe(false);
  });
});

describe.each(dialectsUnderTest())('the wallet on %s', (dialect) => {
  let api: TestApi;
  let agent: ProtocolAgent;
  let alice: { token: string; id: string; email: string };

  beforeAll(async () => {
    api = await startTestApi(dialect, { PAYMENT_WEBHOOK_SECRET: SECRET });
    agent = await enrollProtocolAgent(api, await api.adminToken(), 'billing host');
    alice = await api.signUp();
    await api.gql('mutation { createSite(input: { domain: "paid.example" }) { id } }', {}, { token: alice.token });
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
    for (const amount of ['4.99', '1000.01', '20.1234567', 'ten', '-5'])
      expect((await api.gql(TOP_UP, { amount }, { token: alice.token })).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'amount',
      });
    const { data } = await api.gql<{ wallet: { balance: { amount: string; currency: string } } }>(
      WALLET,
      {},
      { token: alice.token },
    );
    expect(data!.wallet.balance).toEqual({ amount: '20.500000', currency: 'EUR' });
  });

  it('credits a payment once however often its webhook arrives, and refuses a forged one', async () => {
    const [payment] = (await api.dataSource.query(
      'SELECT provider_ref, amount FROM payments ORDER BY created_at LIMIT 1',
    )) as Array<{
      provider_ref: string;
      amount: string | number;
    }>;
    const body = JSON.stringify({
      id: 'evt_replay',
      type: 'payment.succeeded',
      payment: payment!.provider_ref,
      amount: String(payment!.amount),
    });
    const post = (signature: string) =>
      fetch(`${api.url}/payments/webhook`, { method: 'POST', headers: { 'stripe-signature': signature }, body });
    const balance = async () =>
      (await api.gql<{ wallet: { balance: { amount: string } } }>(WALLET, {}, { token: alice.token })).data!.wallet
        .balance.amount;
    const before = await balance();
    for (let i = 0; i < 3; i++) expect((await post(signWebhook(SECRET, body))).status).toBe(200);
    expect(await balance()).toBe(before);
    expect((await post(signWebhook('not the secret', body))).status).toBe(400);
    expect((await post(signWebhook(SECRET, body, Date.now() - 10 * 60_000))).status).toBe(400);
  });

  it('charges each completed hour of usage once, carrying what is below a micro-euro', async () => {
    const { me } = (await api.gql<{ me: { systemName: string } }>('{ me { systemName } }', {}, { token: alice.token }))
      .data!;
    await agent.poll().then((commands) => Promise.all(commands.map((c) => agent.report(c, true))));
    const hour = Math.floor(Date.now() / HOUR) * HOUR - 2 * HOUR;
    // 360 intervals of 10 s: 0.1 CPU second and 1 MB of traffic each.
    const records = Array.from({ length: 360 }, (_, i) => ({
      start: new Date(hour + i * 10_000).toISOString(),
      end: new Date(hour + (i + 1) * 10_000).toISOString(),
      lines: [
        {
          account: me.systemName,
          site: null,
          source: 'proc',
          counters: { cpu_seconds: 0.1, net_out_bytes: 1e6 },
          gauges: {},
        },
      ],
    }));
    await api.gql(
      'mutation ($batch: UsageBatchInput!) { reportUsage(batch: $batch) { stored } }',
      { batch: { batchId: randomUUID(), records } },
      { token: agent.hostToken },
    );
    await api.app.services.usage.rollUp(new Date(), { settleMs: 0 });
    expect(await api.app.services.billing.chargeCompletedHours()).toBe(1);
    expect(await api.app.services.billing.chargeCompletedHours()).toBe(0); // the same hour is never charged twice

    const { data } = await api.gql<{
      wallet: {
        balance: { amount: string };
        spent24h: { amount: string };
        entries: Array<{ kind: string; amount: { amount: string } }>;
      };
    }>(WALLET, {}, { token: alice.token });
    // 36 CPU seconds × 0.0002 EUR + 0.36 GB × 0.02 EUR = 0.0072 + 0.0072 EUR.
    expect(data!.wallet.spent24h.amount).toBe('0.014400');
    expect(data!.wallet.balance.amount).toBe('20.485600');
    expect(data!.wallet.entries[0]).toMatchObject({ kind: 'usage', amount: { amount: '-0.014400' } });
    expect(await api.app.services.billing.reconcile()).toEqual([]);
  });

  it('shows a customer only their own wallet', async () => {
    const bob = await api.signUp();
    const { data } = await api.gql<{ wallet: { balance: { amount: string }; entries: unknown[] } }>(
      WALLET,
      {},
      { token: bob.token },
    );
    expect(data!.wallet).toMatchObject({ balance: { amount: '0.000000' }, entries: [] });
    expect((await api.gql(WALLET)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
