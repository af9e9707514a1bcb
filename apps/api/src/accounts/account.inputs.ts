import { Field, InputType, ObjectType } from 'type-graphql';
import { Account } from './account.entity.js';

@InputType()
export class SignUpInput {
  @Field(() => String)
  email!: string;

  @Field(() => String, { description: 'At least 10 characters' })
  password!: string;

  @Field(() => String, { nullable: true, description: 'en or ru; the browser language when absent' })
  language?: string | null;

  @Field(() => String, { nullable: true, description: 'A partner referral code' })
  referralCode?: string | null;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  currentPassword!: string;

  @Field(() => String)
  newPassword!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token from the reset link' })
  token!: string;

  @Field(() => String)
  newPassword!: string;
}

@InputType()
export class UpdateAccountInput {
  @Field(() => String, { nullable: true })
  language?: string | null;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`' })
  token!: string;

  @Field(() => Account)
  account!: Account;
}
