import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../billing/billing.types.js';
import { DateTime } from '../common/scalars.js';
import { Period } from './referrals.service.js';

registerEnumType(Period, {
  name: 'Period',
  description: 'How referral figures are grouped (UTC; weeks start on Monday)',
});

@ObjectType()
export class ReferralFigures {
  @Field(() => Int, { description: 'Link visits, once per visitor a day' })
  clicks!: number;

  @Field(() => Int)
  signups!: number;

  @Field(() => Int, { description: 'Referred customers who paid' })
  payingCustomers!: number;

  @Field(() => Money, { description: 'What referred customers paid (that earns commission)' })
  referredPayments!: Money;

  @Field(() => Money) commissionPending!: Money;
  @Field(() => Money) commissionAvailable!: Money;
  @Field(() => Money) commissionPaid!: Money;
  @Field(() => Money) commissionReversed!: Money;
}

@ObjectType()
export class ReferralPeriod {
  @Field(() => DateTime)
  start!: Date;

  @Field(() => ReferralFigures)
  figures!: ReferralFigures;
}

@ObjectType()
export class ReferralStats {
  @Field(() => ReferralFigures)
  totals!: ReferralFigures;

  @Field(() => [ReferralPeriod])
  periods!: ReferralPeriod[];
}

@ObjectType()
export class PartnerPayout {
  @Field(() => ID) id!: string;
  @Field(() => ID) partnerId!: string;
  @Field(() => String, { nullable: true }) partnerEmail!: string | null;
  @Field(() => Money) amount!: Money;
  @Field(() => String, { description: 'requested, paid, rejected' }) status!: string;
  @Field(() => DateTime) requestedAt!: Date;
  @Field(() => DateTime, { nullable: true }) decidedAt!: Date | null;
}

@ObjectType()
export class PartnerProfile {
  @Field(() => String) code!: string;
  @Field(() => String, { description: 'The referral link to share' }) link!: string;
  @Field(() => Int, { description: 'Share of referred customers’ payments, in basis points (1000 = 10%)' })
  shareBasisPoints!: number;
  @Field(() => Money) pending!: Money;
  @Field(() => Money) available!: Money;
  @Field(() => Money, { description: 'Requested, waiting for an administrator' }) requested!: Money;
  @Field(() => Money) paid!: Money;
  @Field(() => Money) payoutMinimum!: Money;
  @Field(() => [PartnerPayout]) payouts!: PartnerPayout[];
}

@ObjectType()
export class PartnerToken {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => DateTime) createdAt!: Date;
}

@ObjectType()
export class NewPartnerToken {
  @Field(() => PartnerToken) token!: PartnerToken;
  @Field(() => String, { description: 'The secret, shown once: send it as `Authorization: Bearer …`' })
  secret!: string;
}
