import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireAccount } from '../accounts/guards.js';
import { requireHost } from '../hosts/guards.js';
import type { RequestContext } from '../graphql/context.js';
import type { UsageService } from './usage.service.js';
import { DateTime } from '../common/scalars.js';
import { UsageAck, UsageBatchInput, UsageQuery, UsageSeries, UsageShare } from './usage.types.js';

@Resolver()
export class UsageResolver {
  constructor(private readonly usageService: UsageService) {}

  @Mutation(() => UsageAck, { description: 'Agents: a batch of usage records; idempotent by batch id' })
  reportUsage(
    @Arg('batch', () => UsageBatchInput) batch: UsageBatchInput,
    @Ctx() context: RequestContext,
  ): Promise<UsageAck> {
    return this.usageService.ingest(requireHost(context), batch);
  }

  @Query(() => [UsageSeries], {
    description: 'Usage over time for a site or account of yours (administrators: any, and hosts)',
  })
  usage(@Arg('input', () => UsageQuery) input: UsageQuery, @Ctx() context: RequestContext): Promise<UsageSeries[]> {
    return this.usageService.query(requireAccount(context), input);
  }

  @Query(() => [UsageShare], {
    description:
      'Administrators: the 20 accounts that used the most of a metric on a host (siteId holds the account id, domain its e-mail)',
  })
  heaviestAccounts(
    @Arg('hostId', () => ID) hostId: string,
    @Arg('metric', () => String) metric: string,
    @Arg('from', () => DateTime) from: Date,
    @Arg('to', () => DateTime) to: Date,
    @Ctx() context: RequestContext,
  ): Promise<UsageShare[]> {
    return this.usageService.heaviestAccounts(requireAccount(context), hostId, metric, from, to);
  }

  @Query(() => [UsageShare], { description: 'Which sites used the most of a metric in a range (hourly figures)' })
  usageBreakdown(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('metric', () => String) metric: string,
    @Arg('from', () => DateTime) from: Date,
    @Arg('to', () => DateTime) to: Date,
    @Ctx() context: RequestContext,
  ): Promise<UsageShare[]> {
    return this.usageService.breakdown(requireAccount(context), accountId, metric, from, to);
  }
}
