import type { IncomingMessage, ServerResponse } from 'node:http';
import { RetryLaterError, type BillingService } from '../../billing/billing.service.js';
import { InvalidInputError } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import { sendJson } from '../../http/graphql-handler.js';

/** POST /payments/webhook: payment providers post here; the signature header is `t=…,v1=…` (Stripe-compatible). */
export function paymentWebhookRoute(billing: BillingService, logger: Logger) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > 64 * 1024) return sendJson(res, 413, { error: 'too large' });
      chunks.push(chunk as Buffer);
    }
    const signature = String(req.headers['stripe-signature'] ?? req.headers['x-elasticweb-signature'] ?? '');
    try {
      const outcome = await billing.handleWebhook(Buffer.concat(chunks).toString('utf8'), signature);
      sendJson(res, 200, { received: true, outcome });
    } catch (error) {
      if (error instanceof RetryLaterError) {
        // Out of order (a refund before its payment): the provider delivers it again later.
        logger.info({ err: error }, 'payment webhook deferred');
        return sendJson(res, 503, { error: 'not yet: deliver again later' });
      }
      if (!(error instanceof InvalidInputError)) throw error;
      logger.warn({ err: error }, 'payment webhook refused');
      sendJson(res, 400, { error: 'invalid signature or payload' });
    }
  };
}
