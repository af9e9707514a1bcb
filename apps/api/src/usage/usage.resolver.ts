import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireAccount, requireHost, type RequestContext } from '../context.js';
import { DateTime } from '../common/scalars.js';
import { UsageAck, UsageBatchInput, UsageQuery, UsageSeries, UsageShare } from './usage.types.js';

@Resolver()
export class UsageResolver {
  @Mutation(() => UsageAck, { description: 'Agents: a batch of usage records; idempotent by batch id' })
  reportUsage(
    @Arg('batch', () => UsageBatchInput) batch: UsageBatchInput,
    @Ctx() context: RequestContext,
  ): Promise<UsageAck> {
    return context.services.usage.ingest(requireHost(context), batch);
  }

  @Query(() => [UsageSeries], {
    description: 'Usage over time for a site or account of yours (administrators: any, and hosts)',
  })
  usage(@Arg('input', () => UsageQuery) input: UsageQuery, @Ctx() context: RequestContext): Promise<UsageSeries[]> {
    return context.services.usage.query(requireAccount(context), input);
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
    return context.services.usage.heaviestAccounts(requireAccount(context), hostId, metric, from, to);
  }

  @Query(() => [UsageShare], { description: 'Which sites used the most of a metric in a range (hourly figures)' })
  usageBreakdown(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('metric', () => String) metric: string,
    @Arg('from', () => DateTime) from: Date,
    @Arg('to', () => DateTime) to: Date,
    @Ctx() context: RequestContext,
  ): Promise<UsageShare[]> {
    return context.services.usage.breakdown(requireAccount(context), accountId, metric, from, to);
  }
}
