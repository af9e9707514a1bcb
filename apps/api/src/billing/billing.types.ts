import { Field, Float, ID, ObjectType } from 'type-graphql';
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

  @Field(() => String, { description: 'top_up, usage, refund, adjustment' })
  kind!: string;

  @Field(() => Money)
  amount!: Money;

  @Field(() => DateTime)
  createdAt!: Date;
}

@ObjectType()
export class WalletView {
  @Field(() => Money)
  balance!: Money;

  @Field(() => Money)
  spent24h!: Money;

  @Field(() => Money)
  spent30d!: Money;

  @Field(() => Float, {
    nullable: true,
    description: 'Days the balance lasts at the last 30 days’ spending; null when nothing is spent',
  })
  runwayDays!: number | null;

  @Field(() => DateTime, { nullable: true, description: 'Since when the balance is below zero' })
  negativeSince!: Date | null;

  @Field(() => [WalletEntry])
  entries!: WalletEntry[];
}

@ObjectType('Payment')
export class PaymentView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  status!: string;

  @Field(() => Money)
  amount!: Money;

  @Field(() => DateTime)
  createdAt!: Date;
}
