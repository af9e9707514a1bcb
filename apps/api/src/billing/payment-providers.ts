import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Config } from '../config.js';
import { ConflictError } from '../common/errors.js';
import { msg } from '../common/msg.js';

const WEBHOOK_TOLERANCE_S = 300;
const token = () => randomUUID().replaceAll('-', '');
/** Micro-euros in a cent: providers count in cents. */
export const MICROS_PER_CENT = 10_000n;

/**
 * Verifies a Stripe-style `t=…,v1=…` signature: HMAC-SHA256 of `t.body` under the
 * endpoint's secret, compared in constant time, and refused outside five minutes.
 */
export function verifyWebhookSignature(secret: string, body: string, header: string, now = Date.now()): boolean {
  const parts = header.split(',').map((p) => p.trim().split('=', 2) as [string, string]);
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  if (!Number.isInteger(t) || Math.abs(now / 1000 - t) > WEBHOOK_TOLERANCE_S) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  return parts
    .filter(([k]) => k === 'v1')
    .some(([, v]) => {
      const given = Buffer.from(v ?? '', 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}

export function signWebhook(secret: string, body: string, now = Date.now()): string {
  const t = Math.floor(now / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

/** The events the wallet acts on, in Stripe's shapes (Checkout Sessions and Refunds). */
export type ProviderEvent =
  | {
      id: string;
      type: 'checkout.session.completed';
      data: { object: { id: string; payment_status: string; amount_total: number; payment_intent: string } };
    }
  | { id: string; type: 'checkout.session.expired'; data: { object: { id: string } } }
  | {
      id: string;
      type: 'refund.created' | 'refund.updated';
      data: { object: { id: string; amount: number; payment_intent: string; status: string } };
    }
  | { id: string; type: string; data: { object: Record<string, unknown> } };

export interface StartedPayment {
  /** The provider's id of the checkout (unique in the ledger). */
  providerRef: string;
  /** Where the customer pays; null when the payment completes without them (the test provider). */
  checkoutUrl: string | null;
  /** Runs once the payment row is committed (the test provider delivers its completion then). */
  afterCommit?: () => Promise<void>;
}

/** What the wallet needs from a payment provider; the money's arrival is always a signed webhook. */
export interface PaymentProvider {
  readonly id: string;
  start(payment: { id: string; amount: bigint; email: string; returnUrl: string }): Promise<StartedPayment>;
  /** Asks for a refund; it is booked when the provider's `refund.*` webhook arrives. */
  refund(payment: { settlementRef: string; amount: bigint; key: string }): Promise<void>;
}

type Deliver = (body: string, signature: string) => Promise<unknown>;

/**
 * The built-in provider for development and tests: it "pays" at once and delivers the
 * same signed events a real provider would, through the same webhook handler.
 */
export class TestPaymentProvider implements PaymentProvider {
  readonly id = 'test';

  constructor(
    private readonly secret: string,
    private readonly deliver: Deliver,
  ) {}

  async start(payment: { amount: bigint }): Promise<StartedPayment> {
    const providerRef = `cs_test_${token()}`;
    const completion: ProviderEvent = {
      id: `evt_${token()}`,
      type: 'checkout.session.completed',
      data: {
        object: {
          id: providerRef,
          payment_status: 'paid',
          amount_total: Number(payment.amount / MICROS_PER_CENT),
          payment_intent: `pi_test_${token()}`,
        },
      },
    };
    return { providerRef, checkoutUrl: null, afterCommit: () => this.deliverSigned(completion) };
  }

  private async deliverSigned(event: ProviderEvent): Promise<void> {
    const body = JSON.stringify(event);
    await this.deliver(body, signWebhook(this.secret, body));
  }

  async refund(payment: { settlementRef: string; amount: bigint }): Promise<void> {
    await this.deliverSigned({
      id: `evt_${token()}`,
      type: 'refund.created',
      data: {
        object: {
          id: `re_test_${token()}`,
          amount: Number(payment.amount / MICROS_PER_CENT),
          payment_intent: payment.settlementRef,
          status: 'succeeded',
        },
      },
    });
  }
}

/** Stripe (or a Stripe-compatible service): Checkout Sessions for top-ups, Refunds for refunds. */
export class StripePaymentProvider implements PaymentProvider {
  readonly id = 'stripe';

  constructor(
    private readonly apiKey: string,
    private readonly apiUrl: string,
  ) {}

  private async post(path: string, form: Record<string, string>, idempotencyKey: string) {
    const response = await fetch(`${this.apiUrl.replace(/\/+$/, '')}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${this.apiKey}`,
        'content-type': 'application/x-www-form-urlencoded',
        'idempotency-key': idempotencyKey,
      },
      body: new URLSearchParams(form).toString(),
      signal: AbortSignal.timeout(20_000),
    });
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok)
      throw new Error(`Stripe ${path} answered ${response.status}: ${JSON.stringify(json.error ?? json)}`);
    return json;
  }

  async start(payment: { id: string; amount: bigint; email: string; returnUrl: string }): Promise<StartedPayment> {
    const session = await this.post(
      '/v1/checkout/sessions',
      {
        mode: 'payment',
        customer_email: payment.email,
        client_reference_id: payment.id,
        'line_items[0][quantity]': '1',
        'line_items[0][price_data][currency]': 'eur',
        'line_items[0][price_data][unit_amount]': String(payment.amount / MICROS_PER_CENT),
        'line_items[0][price_data][product_data][name]': 'Elasticweb balance top-up',
        'metadata[payment_id]': payment.id,
        success_url: `${payment.returnUrl}?payment=${payment.id}`,
        cancel_url: `${payment.returnUrl}?payment=${payment.id}&cancelled=1`,
      },
      `topup-${payment.id}`,
    );
    if (typeof session.id !== 'string' || typeof session.url !== 'string')
      throw new Error('Stripe returned a checkout session without an id or url');
    return { providerRef: session.id, checkoutUrl: session.url };
  }

  async refund(payment: { settlementRef: string; amount: bigint; key: string }): Promise<void> {
    await this.post(
      '/v1/refunds',
      { payment_intent: payment.settlementRef, amount: String(payment.amount / MICROS_PER_CENT) },
      payment.key,
    );
  }
}

/** No provider configured (production without PAYMENT_PROVIDER): no payment can start, so none completes. */
export class NoPaymentProvider implements PaymentProvider {
  readonly id = 'none';

  async start(): Promise<StartedPayment> {
    throw new ConflictError('amount', msg('Payments are not set up on this panel yet. Please contact its operator.'));
  }

  async refund(): Promise<void> {
    throw new ConflictError('amount', msg('Payments are not set up on this panel yet. Please contact its operator.'));
  }
}

export function createPaymentProvider(config: Config, secret: string, deliver: Deliver): PaymentProvider {
  if (config.paymentProvider === 'stripe')
    return new StripePaymentProvider(config.STRIPE_API_KEY!, config.STRIPE_API_URL);
  if (config.paymentProvider === 'test') return new TestPaymentProvider(secret, deliver);
  return new NoPaymentProvider();
}
