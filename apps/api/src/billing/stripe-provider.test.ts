import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.js';
import { signWebhook } from './payment-providers.js';

const SECRET = 'whsec_the endpoint secret';

/**
 * The Stripe provider against a local stand-in for Stripe's API (the real one is on the
 * internet): a top-up opens a Checkout Session and sends the customer there; the money
 * arrives only with Stripe's signed webhook; a refund asks Stripe and is booked by its event.
 */
describe('top-ups through Stripe', () => {
  let api: TestApi;
  let stripe: Server;
  const calls: Array<{ path: string; form: URLSearchParams; headers: Record<string, unknown> }> = [];

  beforeAll(async () => {
    stripe = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        calls.push({ path: req.url!, form, headers: req.headers });
        res.setHeader('content-type', 'application/json');
        if (req.headers.authorization !== 'Bearer sk_test_elasticweb') {
          res.statusCode = 401;
          return res.end(JSON.stringify({ error: { message: 'Invalid API Key provided' } }));
        }
        if (req.url === '/v1/checkout/sessions')
          return res.end(
            JSON.stringify({ id: `cs_test_${calls.length}`, url: `https://checkout.stripe.test/c/${calls.length}` }),
          );
        if (req.url === '/v1/refunds') return res.end(JSON.stringify({ id: `re_${calls.length}`, status: 'pending' }));
        res.statusCode = 404;
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => stripe.listen(0, '127.0.0.1', resolve));
    api = await startTestApi('sqlite', {
      PAYMENT_PROVIDER: 'stripe',
      STRIPE_API_KEY: 'sk_test_elasticweb',
      STRIPE_API_URL: `http://127.0.0.1:${(stripe.address() as AddressInfo).port}`,
      PAYMENT_WEBHOOK_SECRET: SECRET,
    });
  });
  afterAll(async () => {
    await api?.close();
    stripe?.close();
  });

  it('sends the customer to checkout, credits on the signed webhook once, and books a refund from Stripe’s event', async () => {
    const customer = await api.signUp();
    const { data } = await api.gql<{ topUp: { id: string; status: string; checkoutUrl: string } }>(
      'mutation { topUp(amount: "25.50", idempotencyKey: "stripe-first-top-up") { id status checkoutUrl } }',
      {},
      { token: customer.token },
    );
    expect(data!.topUp).toMatchObject({
      status: 'pending',
      checkoutUrl: expect.stringMatching(/^https:\/\/checkout\.stripe\.test\//),
    });
    const session = calls.at(-1)!;
    expect(session.path).toBe('/v1/checkout/sessions');
    expect(session.form.get('line_items[0][price_data][unit_amount]')).toBe('2550');
    expect(session.form.get('line_items[0][price_data][currency]')).toBe('eur');
    expect(session.headers['idempotency-key']).toBe(`topup-${data!.topUp.id}`);
    const balance = async () =>
      (
        await api.gql<{ wallet: { balance: { amount: string } } }>(
          '{ wallet { balance { amount } } }',
          {},
          { token: customer.token },
        )
      ).data!.wallet.balance.amount;
    expect(await balance()).toBe('0.000000');

    const completed = JSON.stringify({
      id: 'evt_checkout_1',
      type: 'checkout.session.completed',
      data: { object: { id: 'cs_test_1', payment_status: 'paid', amount_total: 2550, payment_intent: 'pi_1' } },
    });
    const deliver = (body: string) =>
      fetch(`${api.url}/payments/webhook`, {
        method: 'POST',
        headers: { 'stripe-signature': signWebhook(SECRET, body) },
        body,
      });
    expect((await deliver(completed)).status).toBe(200);
    expect((await deliver(completed)).status).toBe(200);
    expect(await balance()).toBe('25.500000');

    const admin = await api.adminToken();
    const refunded = await api.gql(
      'mutation ($id: ID!) { refundPayment(paymentId: $id, amount: "5.50") { refunded { amount } } }',
      { id: data!.topUp.id },
      { token: admin },
    );
    expect(refunded.errors).toBeUndefined();
    expect(calls.at(-1)!.path).toBe('/v1/refunds');
    expect(calls.at(-1)!.form.get('payment_intent')).toBe('pi_1');
    expect(calls.at(-1)!.form.get('amount')).toBe('550');
    expect(await balance()).toBe('25.500000'); // booked when Stripe confirms, not before
    const refundEvent = JSON.stringify({
      id: 'evt_refund_1',
      type: 'refund.updated',
      data: { object: { id: 're_1', amount: 550, payment_intent: 'pi_1', status: 'succeeded' } },
    });
    expect((await deliver(refundEvent)).status).toBe(200);
    expect(await balance()).toBe('20.000000');
    expect(await api.app.services.billing.reconcile()).toEqual([]);
  });

  it('refuses to start without its key and webhook secret', async () => {
    const { loadConfig } = await import('../config.js');
    expect(() => loadConfig({ PAYMENT_PROVIDER: 'stripe' })).toThrow(/STRIPE_API_KEY and PAYMENT_WEBHOOK_SECRET/);
  });
});
