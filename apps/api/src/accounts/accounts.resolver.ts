import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireAccount } from './guards.js';
import type { RequestContext } from '../graphql/context.js';
import type { AccountsService } from './accounts.service.js';
import { Account } from './account.entity.js';
import {
  AuthPayload,
  ChangePasswordInput,
  ResetPasswordInput,
  SignUpInput,
  UpdateAccountInput,
} from './account.inputs.js';
import type { Session } from './accounts.service.js';

function startSession(context: RequestContext, session: Session): AuthPayload {
  context.session.start(session.token, session.expiresAt);
  return { token: session.token, account: session.account };
}

@Resolver()
export class AccountsResolver {
  constructor(private readonly accountsService: AccountsService) {}

  @Query(() => Account, { description: 'The account of the caller' })
  me(@Ctx() context: RequestContext): Account {
    return requireAccount(context);
  }

  @Mutation(() => AuthPayload)
  async signUp(
    @Arg('input', () => SignUpInput) input: SignUpInput,
    @Ctx() context: RequestContext,
  ): Promise<AuthPayload> {
    const session = await this.accountsService.signUp(input, {
      ip: context.ip,
      language: context.language,
      referralCookie: context.referralCookie,
      signedInAs: context.account?.id ?? null,
    });
    return startSession(context, session);
  }

  @Mutation(() => AuthPayload)
  async logIn(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() context: RequestContext,
  ): Promise<AuthPayload> {
    return startSession(context, await this.accountsService.logIn(email, password, context.ip));
  }

  @Mutation(() => Boolean, { description: 'Ends the session that made the request' })
  async logOut(@Ctx() context: RequestContext): Promise<boolean> {
    if (context.sessionTokenHash) await this.accountsService.logOut(context.sessionTokenHash);
    context.session.end();
    return true;
  }

  @Mutation(() => Boolean, { description: 'Changes the password and ends every other session' })
  async changePassword(
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    const account = requireAccount(context);
    await this.accountsService.changePassword(account, input, context.sessionTokenHash);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Mails a reset link when the address has an account; always true' })
  async requestPasswordReset(
    @Arg('email', () => String) email: string,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    await this.accountsService.requestPasswordReset(email, context.ip);
    return true;
  }

  @Mutation(() => AuthPayload, { description: 'Sets a new password with a reset link token and logs in' })
  async resetPassword(
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
    @Ctx() context: RequestContext,
  ): Promise<AuthPayload> {
    return startSession(context, await this.accountsService.resetPassword(input));
  }

  @Mutation(() => Boolean, { description: 'Sends a new e-mail confirmation link' })
  async requestEmailVerification(@Ctx() context: RequestContext): Promise<boolean> {
    await this.accountsService.sendVerificationEmail(requireAccount(context));
    return true;
  }

  @Mutation(() => Account)
  verifyEmail(@Arg('token', () => String) token: string): Promise<Account> {
    return this.accountsService.verifyEmail(token);
  }

  @Mutation(() => Account)
  updateAccount(
    @Arg('input', () => UpdateAccountInput) input: UpdateAccountInput,
    @Ctx() context: RequestContext,
  ): Promise<Account> {
    return this.accountsService.updateAccount(requireAccount(context), input);
  }
}
