import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../common/scalars.js';

export enum UsageScope {
  SITE = 'site',
  ACCOUNT = 'account',
  HOST = 'host',
}
registerEnumType(UsageScope, { name: 'UsageScope' });

@InputType()
export class UsageBatchInput {
  @Field(() => String, { description: 'Unique per batch: a repeated batch is acknowledged and ignored' })
  batchId!: string;

  @Field(() => GraphQLJSON, { description: 'Records as libs/protocol usageRecordSchema describes them' })
  records!: unknown;
}

@ObjectType()
export class UsageAck {
  @Field(() => String)
  batchId!: string;

  @Field(() => Boolean, { description: 'The batch had arrived before; nothing was stored twice' })
  duplicate!: boolean;

  @Field(() => Int, { description: 'Samples stored from this batch' })
  stored!: number;
}

@InputType()
export class UsageQuery {
  @Field(() => UsageScope)
  scope!: UsageScope;

  @Field(() => ID, { description: 'The site, account or host' })
  id!: string;

  @Field(() => [String], { description: 'Metric ids such as cpu_seconds, memory_bytes' })
  metrics!: string[];

  @Field(() => DateTime)
  from!: Date;

  @Field(() => DateTime)
  to!: Date;

  @Field(() => Int, { description: 'Seconds per point; raised so that a series has at most 1,000 points' })
  step!: number;
}

@ObjectType()
export class UsagePoint {
  @Field(() => DateTime, { description: 'Start of the step' })
  t!: Date;

  @Field(() => Float, {
    nullable: true,
    description: 'A counter’s sum or a gauge’s average; null where no sample exists',
  })
  v!: number | null;

  @Field(() => Float, { nullable: true, description: 'A gauge’s maximum in the step' })
  max!: number | null;
}

@ObjectType()
export class UsageSeries {
  @Field(() => String)
  metric!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => Int, { description: 'The step actually used, in seconds' })
  step!: number;

  @Field(() => [UsagePoint])
  points!: UsagePoint[];
}

@ObjectType({ description: 'One line of a usage breakdown: a site (or the account’s own line) and its share' })
export class UsageShare {
  @Field(() => String, { nullable: true })
  siteId!: string | null;

  @Field(() => String, { nullable: true })
  domain!: string | null;

  @Field(() => Float)
  value!: number;
}

export { GraphQLJSON };
