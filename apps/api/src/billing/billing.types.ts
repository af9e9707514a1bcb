import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../common/scalars.js';

@ObjectType({ description: 'An amount of money: a decimal string with six places, never a float' })
export class Money {
  @Field(() => String, { description: 'Such as "12.340000"' })
  amount!: string;

  @Field(() => String)
  currency!: string;
}

@ObjectType({ description: 'A line of the wallet’s history, from the customer’s side (money in is positive)' })
export class WalletEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'top_up, usage, usage_correction, refund, adjustment' })
  kind!: string;

  @Field(() => Money)
  amount!: Money;

  @Field(() => DateTime, { nullable: true, description: 'The hour a usage charge is for' })
  hour!: Date | null;

  @Field(() => DateTime)
  createdAt!: Date;
}

@ObjectType()
export class WalletEntryPage {
  @Field(() => [WalletEntry])
  items!: WalletEntry[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page' })
  nextCursor!: string | null;
}

@ObjectType()
export class ResourceAmount {
  @Field(() => String, {
    description: 'cpuSecond, memoryGbHour, diskGbDay, trafficGb, millionIoOperations, mysqlBusyHour',
  })
  resource!: string;

  @Field(() => Money)
  amount!: Money;
}

@ObjectType()
export class SiteAmount {
  @Field(() => ID, { nullable: true, description: 'Null for the account’s own use (SSH, scheduled jobs)' })
  siteId!: string | null;

  @Field(() => String, { nullable: true })
  domain!: string | null;

  @Field(() => Money)
  amount!: Money;
}

@ObjectType({ description: 'What one UTC day of usage cost' })
export class SpendingDay {
  @Field(() => String, { description: 'YYYY-MM-DD' })
  day!: string;

  @Field(() => Money)
  total!: Money;

  @Field(() => [ResourceAmount])
  resources!: ResourceAmount[];

  @Field(() => [SiteAmount])
  sites!: SiteAmount[];
}

@ObjectType()
export class WalletView {
  accountId!: string;

  @Field(() => Boolean, {
    description: 'Top-ups are credited without any payment: the panel runs the built-in test provider',
  })
  testPayments!: boolean;

  @Field(() => Money)
  balance!: Money;

  @Field(() => Money)
  spent24h!: Money;

  @Field(() => Money)
  spent30d!: Money;

  @Field(() => Money, { description: 'Usage charged for this calendar month (UTC)' })
  spentThisMonth!: Money;

  @Field(() => Float, {
    nullable: true,
    description:
      'Days the balance lasts at the recent spending; null when nothing is spent or the balance is not positive',
  })
  runwayDays!: number | null;

  @Field(() => Boolean, { description: 'Whether the balance is below the low-balance warning (2 EUR)' })
  isLow!: boolean;

  @Field(() => DateTime, { nullable: true, description: 'Since when the balance is below zero' })
  negativeSince!: Date | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'When the sites will be suspended unless the balance is topped up',
  })
  blockAt!: Date | null;

  @Field(() => Boolean, { description: 'Whether the sites are suspended now (negative balance or reached limit)' })
  sitesBlocked!: boolean;

  @Field(() => Money, { nullable: true })
  monthlyLimit!: Money | null;

  @Field(() => Boolean, { description: 'Whether reaching the monthly limit suspends the sites until next month' })
  limitBlocks!: boolean;

  @Field(() => [Money], { description: 'Monthly spending amounts the customer is told about' })
  spendingAlerts!: Money[];
}

@InputType()
export class SpendingLimitsInput {
  @Field(() => String, { nullable: true, description: 'Euros a month; null: no limit' })
  monthlyLimit!: string | null;

  @Field(() => Boolean, { description: 'Suspend the sites when the limit is reached (else only warn)' })
  limitBlocks!: boolean;

  @Field(() => [String], { description: 'Euros a month to be told about, up to five' })
  alerts!: string[];
}

@ObjectType('Payment')
export class PaymentView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'pending, succeeded, failed' })
  status!: string;

  @Field(() => Money)
  amount!: Money;

  @Field(() => Money)
  refunded!: Money;

  @Field(() => String, { nullable: true, description: 'Where to send the customer to pay; null when already paid' })
  checkoutUrl!: string | null;

  @Field(() => String)
  provider!: string;

  @Field(() => ID, { description: 'The customer' })
  accountId!: string;

  @Field(() => String, { nullable: true, description: 'Administrators: the customer’s e-mail' })
  customerEmail?: string | null;

  @Field(() => DateTime)
  createdAt!: Date;
}

@ObjectType({ description: 'Prices in euros per unit (GB is 10^9 bytes), as decimal strings' })
export class Prices {
  @Field(() => String) cpuSecond!: string;
  @Field(() => String) memoryGbHour!: string;
  @Field(() => String) diskGbDay!: string;
  @Field(() => String) trafficGb!: string;
  @Field(() => String) millionIoOperations!: string;
  @Field(() => String) mysqlBusyHour!: string;
}

@ObjectType()
export class PriceListPeriod {
  @Field(() => DateTime)
  validFrom!: Date;

  @Field(() => DateTime, { nullable: true })
  validUntil!: Date | null;

  @Field(() => Boolean)
  isCurrent!: boolean;

  @Field(() => Prices)
  prices!: Prices;
}

@InputType()
export class PriceListInput {
  @Field(() => DateTime, { description: 'A future full hour' })
  validFrom!: Date;

  @Field(() => String) cpuSecond!: string;
  @Field(() => String) memoryGbHour!: string;
  @Field(() => String) diskGbDay!: string;
  @Field(() => String) trafficGb!: string;
  @Field(() => String) millionIoOperations!: string;
  @Field(() => String) mysqlBusyHour!: string;
}

export enum SiteKindInput {
  STATIC = 'static',
  CMS = 'cms',
  SHOP = 'shop',
}
registerEnumType(SiteKindInput, {
  name: 'SiteKind',
  description: 'static: HTML; cms: a typical CMS; shop: a heavy shop',
});

@InputType()
export class CostEstimateInput {
  @Field(() => Int)
  sites!: number;

  @Field(() => Int)
  visitorsPerDay!: number;

  @Field(() => SiteKindInput, { nullable: true, defaultValue: SiteKindInput.CMS })
  kind!: SiteKindInput;
}

@ObjectType()
export class CostEstimate {
  @Field(() => Money, { description: 'A 30-day month' })
  monthly!: Money;

  @Field(() => [ResourceAmount])
  breakdown!: ResourceAmount[];

  @Field(() => Prices, { description: 'The prices the estimate used (today’s list)' })
  prices!: Prices;
}
