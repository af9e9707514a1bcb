import { formatAmount } from '@elasticweb/billing';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireAccount, type RequestContext } from '../context.js';
import { PaymentView, WalletView, type Money } from './billing.types.js';

const money = (micros: bigint): Money => ({ amount: formatAmount(micros), currency: 'EUR' });

@Resolver()
export class BillingResolver {
  @Query(() => WalletView, { description: 'The caller’s balance, spending, runway and latest entries' })
  async wallet(@Ctx() context: RequestContext): Promise<WalletView> {
    const wallet = await context.services.billing.wallet(requireAccount(context));
    return {
      balance: money(wallet.balance),
      spent24h: money(wallet.spent24h),
      spent30d: money(wallet.spent30d),
      runwayDays: wallet.runwayDays,
      negativeSince: wallet.negativeSince,
      entries: wallet.entries.map((entry) => ({ ...entry, amount: money(entry.amount) })),
    };
  }

  @Mutation(() => PaymentView, { description: 'Tops the wallet up; the same idempotency key returns the same payment' })
  async topUp(
    @Arg('amount', () => String) amount: string,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey: string | null,
    @Ctx() context: RequestContext,
  ): Promise<PaymentView> {
    const payment = await context.services.billing.topUp(requireAccount(context), amount, idempotencyKey);
    return { id: payment.id, status: payment.status, amount: money(payment.amount), createdAt: payment.createdAt };
  }
}
