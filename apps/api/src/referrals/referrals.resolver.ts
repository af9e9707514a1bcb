import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../accounts/account.entity.js';
import { money } from '../billing/billing.resolver.js';
import { ForbiddenError, UnauthenticatedError } from '../common/errors.js';
import { requireAccount, requireRole } from '../accounts/guards.js';
import type { RequestContext } from '../graphql/context.js';
import { partnerOfToken } from './guards.js';
import type { AccountsService } from '../accounts/accounts.service.js';
import type { ReferralsService } from './referrals.service.js';
import type { Config } from '../config.js';
import { DateTime } from '../common/scalars.js';
import type { Payout } from './referral.entities.js';
import { Period, type ReferralFigures as Figures } from './referrals.service.js';
import {
  NewPartnerToken,
  PartnerPayout,
  PartnerProfile,
  PartnerToken,
  type ReferralFigures,
  ReferralStats,
} from './referrals.types.js';

const figures = (f: Figures): ReferralFigures => ({
  clicks: f.clicks,
  signups: f.signups,
  payingCustomers: f.payingCustomers,
  referredPayments: money(f.referredPayments),
  commissionPending: money(f.commissionPending),
  commissionAvailable: money(f.commissionAvailable),
  commissionPaid: money(f.commissionPaid),
  commissionReversed: money(f.commissionReversed),
});

@Resolver()
export class ReferralsResolver {
  constructor(
    private readonly accountsService: AccountsService,
    private readonly referralsService: ReferralsService,
    private readonly config: Config,
  ) {}

  @Query(() => ReferralStats, { description: 'Partners (session or API token): referral figures in [from, to)' })
  async referralStats(
    @Arg('from', () => DateTime) from: Date,
    @Arg('to', () => DateTime) to: Date,
    @Arg('groupBy', () => Period, { nullable: true, defaultValue: Period.DAY }) groupBy: Period,
    @Ctx() context: RequestContext,
  ): Promise<ReferralStats> {
    const stats = await this.referralsService.stats(await this.requirePartner(context), from, to, groupBy);
    return {
      totals: figures(stats.totals),
      periods: stats.periods.map((p) => ({ start: p.start, figures: figures(p.figures) })),
    };
  }

  @Query(() => PartnerProfile, {
    nullable: true,
    description: 'The caller’s partner code, link and balances; null for a non-partner',
  })
  async partnerProfile(@Ctx() context: RequestContext): Promise<PartnerProfile | null> {
    const account = requireAccount(context);
    const partner = await this.referralsService.partnerOf(account.id);
    if (!partner) return null;
    const balances = await this.referralsService.balances(partner.accountId);
    return {
      code: partner.code,
      link: `${this.config.publicUrl}/r/${partner.code}`,
      shareBasisPoints: partner.shareBasisPoints,
      pending: money(balances.pending),
      available: money(balances.available),
      requested: money(balances.requested),
      paid: money(balances.paid),
      payoutMinimum: money(BigInt(this.config.PAYOUT_MINIMUM_EUR) * 1_000_000n),
      payouts: await this.payoutViews(await this.referralsService.payouts({ partnerId: partner.accountId })),
    };
  }

  @Mutation(() => PartnerProfile, { description: 'Accepts the partner terms: the caller becomes a partner' })
  async becomePartner(@Ctx() context: RequestContext): Promise<PartnerProfile> {
    const account = requireAccount(context);
    if (account.role === Role.ADMIN) throw new ForbiddenError();
    await this.referralsService.makePartner(account.id, true);
    return (await this.partnerProfile(context))!;
  }

  @Mutation(() => PartnerPayout, { description: 'Asks to be paid part of the available commission' })
  async requestPayout(
    @Arg('amount', () => String) amount: string,
    @Ctx() context: RequestContext,
  ): Promise<PartnerPayout> {
    const partnerId = await this.requirePartnerSession(context);
    const [view] = await this.payoutViews([await this.referralsService.requestPayout(partnerId, amount)]);
    return view!;
  }

  @Query(() => [PartnerToken], { description: 'The partner’s API tokens (never their secrets)' })
  async partnerTokens(@Ctx() context: RequestContext): Promise<PartnerToken[]> {
    const partnerId = await this.requirePartnerSession(context);
    return (await this.referralsService.tokens(partnerId)).map((t) => ({
      id: t.id,
      name: t.label ?? '',
      createdAt: t.createdAt,
    }));
  }

  @Mutation(() => NewPartnerToken, { description: 'A read-only token for referralStats; the secret is shown once' })
  async createPartnerToken(
    @Arg('name', () => String) name: string,
    @Ctx() context: RequestContext,
  ): Promise<NewPartnerToken> {
    const partnerId = await this.requirePartnerSession(context);
    const { token, row } = await this.referralsService.createToken(partnerId, name);
    return { secret: token, token: { id: row.id, name: row.label ?? '', createdAt: row.createdAt } };
  }

  @Mutation(() => Boolean)
  async revokePartnerToken(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<boolean> {
    return this.referralsService.revokeToken(await this.requirePartnerSession(context), id);
  }

  @Query(() => [PartnerPayout], { description: 'Administrators: payout requests, open ones first' })
  async payoutRequests(@Ctx() context: RequestContext): Promise<PartnerPayout[]> {
    requireRole(context, Role.ADMIN);
    const payouts = await this.referralsService.payouts({});
    payouts.sort((a, b) => Number(b.status === 'requested') - Number(a.status === 'requested'));
    return this.payoutViews(payouts);
  }

  @Mutation(() => PartnerPayout, { description: 'Administrators: confirms that a payout was sent, or rejects it' })
  async decidePayout(
    @Arg('id', () => ID) id: string,
    @Arg('paid', () => Boolean) paid: boolean,
    @Ctx() context: RequestContext,
  ): Promise<PartnerPayout> {
    const admin = requireRole(context, Role.ADMIN);
    const [view] = await this.payoutViews([await this.referralsService.decidePayout(id, paid, admin.id)]);
    return view!;
  }

  @Mutation(() => Boolean, { description: 'Administrators: makes an account a partner' })
  async grantPartner(@Arg('email', () => String) email: string, @Ctx() context: RequestContext): Promise<boolean> {
    requireRole(context, Role.ADMIN);
    await this.referralsService.grantByEmail(email);
    return true;
  }

  /** The partner the caller speaks for: a partner's session, or one of their API tokens (which reads nothing else). */
  private async requirePartner(context: RequestContext): Promise<string> {
    const tokenPartner = partnerOfToken(context);
    if (tokenPartner) return tokenPartner;
    const account = requireAccount(context);
    if (!(await this.referralsService.partnerOf(account.id))) throw new ForbiddenError();
    return account.id;
  }

  /** A partner's session only: tokens may read the statistics, never manage the account. */
  private async requirePartnerSession(context: RequestContext): Promise<string> {
    if (!context.account) throw new UnauthenticatedError();
    return this.requirePartner(context);
  }

  private async payoutViews(payouts: Payout[]): Promise<PartnerPayout[]> {
    const emails = await this.accountsService.emailsOf(payouts.map((p) => p.partnerId));
    return payouts.map((p) => ({
      id: p.id,
      partnerId: p.partnerId,
      partnerEmail: emails.get(p.partnerId) ?? null,
      amount: money(p.amount),
      status: p.status,
      requestedAt: p.requestedAt,
      decidedAt: p.decidedAt,
    }));
  }
}
