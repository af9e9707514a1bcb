import { estimateMonthly, formatAmount, RESOURCES } from '@elasticweb/billing';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../accounts/account.entity.js';
import { InvalidInputError } from '../common/errors.js';
import { requireAccount, requireRole } from '../accounts/guards.js';
import type { RequestContext } from '../graphql/context.js';
import type { AccountsService } from '../accounts/accounts.service.js';
import type { BillingService } from './billing.service.js';
import type { PricesService } from './prices.service.js';
import type { SuspensionService } from './suspension.service.js';
import { msg } from '../common/msg.js';
import type { Payment } from './billing.entities.js';
import { priceFigures } from './prices.service.js';
import { LOW_BALANCE } from './suspension.service.js';
import {
  CostEstimate,
  CostEstimateInput,
  PaymentView,
  PriceListInput,
  PriceListPeriod,
  SpendingDay,
  SpendingLimitsInput,
  WalletEntryPage,
  WalletView,
  type Money,
} from './billing.types.js';

export const money = (micros: bigint): Money => ({ amount: formatAmount(micros), currency: 'EUR' });

const paymentView = (payment: Payment): PaymentView => ({
  id: payment.id,
  status: payment.status,
  amount: money(payment.amount),
  refunded: money(payment.refunded),
  checkoutUrl: payment.status === 'pending' ? payment.checkoutUrl : null,
  provider: payment.provider,
  accountId: payment.accountId,
  createdAt: payment.createdAt,
});

@Resolver(() => WalletView)
export class BillingResolver {
  constructor(
    private readonly accountsService: AccountsService,
    private readonly billingService: BillingService,
    private readonly pricesService: PricesService,
    private readonly suspensionService: SuspensionService,
  ) {}

  @Query(() => WalletView, { description: 'The caller’s balance, spending, runway, limits and entries' })
  async wallet(@Ctx() context: RequestContext): Promise<WalletView> {
    const wallet = await this.billingService.wallet(requireAccount(context));
    return {
      accountId: wallet.accountId,
      balance: money(wallet.balance),
      spent24h: money(wallet.spent24h),
      spent30d: money(wallet.spent30d),
      spentThisMonth: money(wallet.spentThisMonth),
      runwayDays: wallet.runwayDays,
      isLow: wallet.balance < LOW_BALANCE,
      negativeSince: wallet.negativeSince,
      blockAt: wallet.blockAt,
      sitesBlocked: wallet.sitesBlocked,
      monthlyLimit: wallet.monthlyLimit === null ? null : money(wallet.monthlyLimit),
      limitBlocks: wallet.limitBlocks,
      spendingAlerts: wallet.spendingAlerts.map(money),
      testPayments: this.billingService.paymentProviderId === 'test',
    };
  }

  @FieldResolver(() => WalletEntryPage, { description: 'The history, newest first' })
  async entries(
    @Root() wallet: WalletView,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('kind', () => String, { nullable: true }) kind: string | null,
  ): Promise<WalletEntryPage> {
    const page = await this.billingService.entries(wallet.accountId, { first, after, kind });
    return {
      ...page,
      items: page.items.map((item) => ({
        ...item,
        hour: item.hour ? new Date(item.hour) : null,
        amount: money(item.amount),
      })),
    };
  }

  @FieldResolver(() => [SpendingDay], { description: 'What each day’s usage cost, by resource and by site' })
  async spending(
    @Root() wallet: WalletView,
    @Arg('days', () => Int, { defaultValue: 30 }) days: number,
  ): Promise<SpendingDay[]> {
    const spending = await this.billingService.spending(wallet.accountId, days);
    return spending.map((day) => ({
      day: day.day,
      total: money(day.total),
      resources: day.resources.map((r) => ({ resource: r.resource, amount: money(r.amount) })),
      sites: day.sites.map((s) => ({ ...s, amount: money(s.amount) })),
    }));
  }

  @Mutation(() => PaymentView, { description: 'Tops the wallet up; the same idempotency key returns the same payment' })
  async topUp(
    @Arg('amount', () => String) amount: string,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey: string | null,
    @Ctx() context: RequestContext,
  ): Promise<PaymentView> {
    return paymentView(await this.billingService.topUp(requireAccount(context), amount, idempotencyKey));
  }

  @Mutation(() => WalletView, { description: 'Sets the monthly spending alerts and limit' })
  async setSpendingLimits(
    @Arg('input', () => SpendingLimitsInput) input: SpendingLimitsInput,
    @Ctx() context: RequestContext,
  ): Promise<WalletView> {
    const account = requireAccount(context);
    await this.billingService.setSpendingLimits(account, input);
    await this.suspensionService.enforceAccounts([account.id]);
    return this.wallet(context);
  }

  @Query(() => CostEstimate, { description: 'Public: what sites with so many visitors a day cost a month' })
  async estimateCost(@Arg('input', () => CostEstimateInput) input: CostEstimateInput): Promise<CostEstimate> {
    if (!Number.isInteger(input.sites) || input.sites < 1 || input.sites > 1000)
      throw new InvalidInputError('sites', msg('Enter from 1 to 1,000 sites.'));
    if (!Number.isInteger(input.visitorsPerDay) || input.visitorsPerDay < 0 || input.visitorsPerDay > 10_000_000)
      throw new InvalidInputError('visitorsPerDay', msg('Enter from 0 to 10,000,000 visitors a day.'));
    const prices = await this.pricesService.at(new Date());
    const estimate = estimateMonthly(input.sites, input.visitorsPerDay, input.kind, prices);
    return {
      monthly: money(estimate.monthly),
      breakdown: RESOURCES.map((resource) => ({ resource, amount: money(estimate.breakdown[resource]) })),
      prices: priceFigures(prices),
    };
  }

  @Query(() => [PriceListPeriod], {
    description: 'Public: the price lists, newest first, with the one in force marked',
  })
  async priceLists(): Promise<PriceListPeriod[]> {
    return (await this.pricesService.history()).map((period) => ({
      ...period,
      prices: priceFigures(period.prices),
    }));
  }

  @Mutation(() => [PriceListPeriod], { description: 'Administrators: publishes prices from a future full hour' })
  async schedulePrices(
    @Arg('input', () => PriceListInput) input: PriceListInput,
    @Ctx() context: RequestContext,
  ): Promise<PriceListPeriod[]> {
    const admin = requireRole(context, Role.ADMIN);
    await this.pricesService.schedule(input, admin.id);
    return this.priceLists();
  }

  @Query(() => [PaymentView], { description: 'Administrators: the latest payments' })
  async payments(@Ctx() context: RequestContext): Promise<PaymentView[]> {
    requireRole(context, Role.ADMIN);
    const payments = await this.billingService.listPayments();
    const emails = await this.accountsService.emailsOf(payments.map((p) => p.accountId));
    return payments.map((payment) => ({
      ...paymentView(payment),
      customerEmail: emails.get(payment.accountId) ?? null,
    }));
  }

  @Mutation(() => PaymentView, {
    description: 'Administrators: refunds a payment, all of it unless an amount is given',
  })
  async refundPayment(
    @Arg('paymentId', () => ID) paymentId: string,
    @Arg('amount', () => String, { nullable: true }) amount: string | null,
    @Ctx() context: RequestContext,
  ): Promise<PaymentView> {
    requireRole(context, Role.ADMIN);
    return paymentView(await this.billingService.refund(paymentId, amount));
  }
}
