import { In, type DataSource, type EntityManager } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import { hydrator } from '../database/hydrate.js';
import { claimOnce } from '../database/locking.js';
import { z } from 'zod';
import type { Config } from '../config.js';
import { isUniqueViolation } from '../common/db-errors.js';
import { ConflictError, InvalidInputError, RateLimitedError, UnauthenticatedError } from '../common/errors.js';
import { newId } from '../common/ids.js';
import type { Logger } from '../common/logger.js';
import { RateLimiter, type RateLimit } from '../database/rate-limiter.js';
import { parseInput } from '../common/validation.js';
import type { Translator } from '../common/translator.js';
import type { Mailer } from '../mail/mailer.js';
import { Account, AccountStatus, Role } from './account.entity.js';
import { emailSchema, languageSchema, passwordSchema, referralCodeSchema } from './account-rules.js';
import type { ChangePasswordInput, ResetPasswordInput, SignUpInput, UpdateAccountInput } from './account.inputs.js';
import { AuthToken, TokenPurpose } from './auth-token.entity.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { hashToken, newToken, type TokenKind } from '../common/tokens.js';
import { newSystemName } from './secrets.js';
import { msg } from '../common/msg.js';

const HOUR = 3600;
const DAY_MS = 24 * HOUR * 1000;
const PASSWORD_RESET_SECONDS = HOUR;
const EMAIL_VERIFICATION_SECONDS = 7 * 24 * HOUR;
/** What a new password ends: a pending e-mail confirmation proves the address, not the password, and stays. */
const ENDED_BY_NEW_PASSWORD = [TokenPurpose.SESSION, TokenPurpose.PARTNER_API, TokenPurpose.PASSWORD_RESET];

/** The prefix each purpose's tokens carry (common/tokens.ts). */
const TOKEN_KINDS: Record<TokenPurpose, TokenKind> = {
  [TokenPurpose.SESSION]: 'session',
  [TokenPurpose.PASSWORD_RESET]: 'passwordReset',
  [TokenPurpose.EMAIL_VERIFICATION]: 'emailVerification',
  [TokenPurpose.PARTNER_API]: 'partnerApi',
};

/** Guessing a password: a handful per address, more per IP (offices share one). */
/**
 * Login attempts are counted before the password is checked, in three buckets: tight
 * per account and address (a guesser is stopped after five), looser per account (a
 * guesser with many addresses is stopped too, while a stranger on one address cannot
 * lock the owner out), broad per address (one address trying many accounts).
 */
const LOGIN_ATTEMPTS_PER_EMAIL_AND_IP: RateLimit = { limit: 5, windowSeconds: 15 * 60 };
const LOGIN_ATTEMPTS_PER_EMAIL: RateLimit = { limit: 20, windowSeconds: 15 * 60 };
const LOGIN_ATTEMPTS_PER_IP: RateLimit = { limit: 50, windowSeconds: 15 * 60 };
const RESET_MAILS_PER_EMAIL: RateLimit = { limit: 3, windowSeconds: HOUR };
const RESET_REQUESTS_PER_IP: RateLimit = { limit: 20, windowSeconds: HOUR };

export interface Session {
  token: string;
  expiresAt: Date;
  account: Account;
}

const signUpSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  language: languageSchema.nullish(),
  referralCode: referralCodeSchema.nullish(),
});

/** Decides who referred a new customer (the referral program); null: nobody. */
export type ReferrerLookup = (
  signUp: { email: string; typedCode: string | null; cookieCode: string | null },
  signedInAs: string | null,
) => Promise<string | null>;

export class AccountsService {
  private readonly limiter: RateLimiter;
  private referrerOf: ReferrerLookup = async () => null;
  private readonly accountRows: ReturnType<typeof hydrator<Account>>;
  private readonly sessionSql: string;
  /** How the driver reads the token's datetime columns back (expiry, last use, creation alike). */
  private readonly tokenDatetime: ColumnMetadata;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: Config,
    private readonly mailer: Mailer,
    private readonly logger: Logger,
    private readonly translations: Translator,
  ) {
    this.limiter = new RateLimiter(dataSource);
    this.accountRows = hydrator(dataSource, Account, 'account_');
    this.tokenDatetime = dataSource.getMetadata(AuthToken).findColumnWithPropertyName('expiresAt')!;
    this.sessionSql =
      `SELECT ${this.accountRows.select('a')}, t.expires_at AS token_expires_at, t.used_at AS token_used_at, ` +
      't.last_used_at AS token_last_used_at, t.created_at AS token_created_at ' +
      'FROM auth_tokens t JOIN accounts a ON a.id = t.account_id WHERE t.token_hash = ? AND t.purpose = ?';
  }

  useReferrals(lookup: ReferrerLookup): void {
    this.referrerOf = lookup;
  }

  async signUp(
    input: SignUpInput,
    request: { ip: string; language: string; referralCookie?: string | null; signedInAs?: string | null },
  ): Promise<Session> {
    const data = parseInput(signUpSchema, input);
    const referredBy = await this.referrerOf(
      { email: data.email, typedCode: data.referralCode ?? null, cookieCode: request.referralCookie ?? null },
      request.signedInAs ?? null,
    );
    await this.enforce(
      `signup:ip:${request.ip}`,
      { limit: this.config.SIGNUPS_PER_IP_PER_HOUR, windowSeconds: HOUR },
      msg('Too many sign-ups from your network. Try again in {{count}} minutes.'),
    );
    const now = new Date();
    const account = Object.assign(new Account(), {
      id: newId(),
      email: data.email,
      passwordHash: await hashPassword(data.password),
      role: Role.CUSTOMER,
      status: AccountStatus.ACTIVE,
      language: await this.signUpLanguage(data.language, request.language),
      systemName: newSystemName(),
      referralCode: data.referralCode ?? null,
      referredBy,
      emailVerifiedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    await this.insertAccount(account);
    await this.sendVerificationEmail(account);
    return this.openSession(account);
  }

  async logIn(emailInput: string, password: string, ip: string): Promise<Session> {
    const email = parseInput(emailSchema, emailInput, 'email');
    if (typeof password !== 'string' || password.length > 256)
      throw new InvalidInputError('password', msg('Wrong e-mail or password.'));
    const tooMany = msg('Too many login attempts. Try again in {{count}} minutes.');
    const emailAndIpKey = `login:email-ip:${email}|${ip}`;
    const emailKey = `login:email:${email}`;
    await this.enforce(`login:ip:${ip}`, LOGIN_ATTEMPTS_PER_IP, tooMany);
    await this.enforce(emailAndIpKey, LOGIN_ATTEMPTS_PER_EMAIL_AND_IP, tooMany);
    await this.enforce(emailKey, LOGIN_ATTEMPTS_PER_EMAIL, tooMany);

    const account = await this.dataSource.getRepository(Account).findOneBy({ email });
    const isValid = await verifyPassword(account?.passwordHash, password);
    if (!account || !isValid || account.status !== AccountStatus.ACTIVE) {
      this.logger.info({ event: 'login_failed', email, ip }, 'login failed');
      throw new UnauthenticatedError(msg('Wrong e-mail or password.'));
    }
    await this.limiter.reset(emailAndIpKey);
    await this.limiter.reset(emailKey);
    return this.openSession(account);
  }

  /** The account behind a session token, or null when the token is unknown, spent or expired. */
  async authenticate(token: string): Promise<{ account: Account; tokenHash: string } | null> {
    if (token.length < 20 || token.length > 100) return null;
    const tokenHash = hashToken(token);
    // Every authenticated request runs this: one hand-written statement instead of
    // TypeORM's two-step findOne with a relation.
    const [row] = (await this.dataSource.query(this.sessionSql, [tokenHash, TokenPurpose.SESSION])) as Array<
      Record<string, unknown>
    >;
    if (!row) return null;
    const account = this.accountRows.entity(row);
    const hydrate = (value: unknown) =>
      value === null ? null : (this.dataSource.driver.prepareHydratedValue(value, this.tokenDatetime) as Date);
    const expiresAt = hydrate(row.token_expires_at)!;
    const now = Date.now();
    if (row.token_used_at !== null || expiresAt.getTime() <= now) return null;
    if (account.status !== AccountStatus.ACTIVE) return null;
    // A session left alone for SESSION_IDLE_DAYS ends; use is written down once an hour at most.
    const lastUsed = hydrate(row.token_last_used_at) ?? hydrate(row.token_created_at)!;
    if (now - lastUsed.getTime() > this.config.SESSION_IDLE_DAYS * DAY_MS) return null;
    if (now - lastUsed.getTime() > HOUR * 1000)
      await this.dataSource.getRepository(AuthToken).update({ tokenHash }, { lastUsedAt: new Date(now) });
    return { account, tokenHash };
  }

  async logOut(tokenHash: string): Promise<void> {
    await this.dataSource.getRepository(AuthToken).update({ tokenHash }, { usedAt: new Date() });
  }

  /** Changes the password and ends every other session of the account. */
  async changePassword(account: Account, input: ChangePasswordInput, currentTokenHash: string | null): Promise<void> {
    const newPassword = parseInput(passwordSchema, input.newPassword, 'newPassword');
    const fresh = await this.dataSource.getRepository(Account).findOneByOrFail({ id: account.id });
    if (!(await verifyPassword(fresh.passwordHash, String(input.currentPassword)))) {
      throw new InvalidInputError('currentPassword', msg('The current password is not right.'));
    }
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Account).update({ id: account.id }, { passwordHash, updatedAt: new Date() });
      // Whoever knew the old password may have opened sessions, made API tokens or asked
      // for a reset link: all of them end; only the session that made the change stays.
      const tokens = manager
        .createQueryBuilder()
        .update(AuthToken)
        .set({ usedAt: new Date() })
        .where('account_id = :accountId AND used_at IS NULL AND purpose IN (:...purposes)', {
          accountId: account.id,
          purposes: ENDED_BY_NEW_PASSWORD,
        });
      if (currentTokenHash) tokens.andWhere('token_hash <> :currentTokenHash', { currentTokenHash });
      await tokens.execute();
    });
  }

  /**
   * Mails a single-use reset link valid one hour. Answers the same whether or not the
   * address has an account, so the form cannot be used to find out who is a customer.
   */
  async requestPasswordReset(emailInput: string, ip: string): Promise<void> {
    const email = parseInput(emailSchema, emailInput, 'email');
    await this.enforce(
      `reset:ip:${ip}`,
      RESET_REQUESTS_PER_IP,
      msg('Too many requests. Try again in {{count}} minutes.'),
    );
    // The same work and the same answer whether or not the address has an account: the
    // count is kept for every address, and the link is made and mailed after answering,
    // so neither the time taken nor a failing mail server tells who is a customer.
    const perEmail = await this.limiter.hit(`reset:email:${email}`, RESET_MAILS_PER_EMAIL);
    const account = await this.dataSource.getRepository(Account).findOneBy({ email });
    if (!account || account.status !== AccountStatus.ACTIVE || !perEmail.allowed) return;
    void this.mailLink(account, {
      purpose: TokenPurpose.PASSWORD_RESET,
      lifetimeSeconds: PASSWORD_RESET_SECONDS,
      page: 'reset-password',
      subject: msg('Reset your Elasticweb password'),
      text: msg(
        'Someone asked to reset the password of your Elasticweb account {{email}}.\n\nTo choose a new password, open this link within one hour:\n{{link}}\n\nIf it was not you, ignore this message: your password stays as it is.',
      ),
    }).catch((error: unknown) => this.logger.error({ err: error, email }, 'the password reset mail was not sent'));
  }

  /** Spends a reset token, sets the new password, ends every session, and logs in. */
  async resetPassword(input: ResetPasswordInput): Promise<Session> {
    const newPassword = parseInput(passwordSchema, input.newPassword, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    const accountId = await this.dataSource.transaction(async (manager) => {
      const row = await spendToken(
        manager,
        input.token,
        TokenPurpose.PASSWORD_RESET,
        msg('This reset link has expired or was already used. Ask for a new one.'),
      );
      const now = row.usedAt!;
      await manager.getRepository(Account).update({ id: row.accountId }, { passwordHash, updatedAt: now });
      await manager
        .createQueryBuilder()
        .update(AuthToken)
        .set({ usedAt: now })
        // Every session, API token and other reset link ends; a pending e-mail confirmation stays valid.
        .where('account_id = :accountId AND used_at IS NULL AND purpose IN (:...purposes)', {
          accountId: row.accountId,
          purposes: ENDED_BY_NEW_PASSWORD,
        })
        .execute();
      return row.accountId;
    });
    const account = await this.getAccount(accountId);
    await this.limiter.reset(`login:email:${account.email}`);
    return this.openSession(account);
  }

  async sendVerificationEmail(account: Account): Promise<void> {
    if (account.emailVerifiedAt) return;
    await this.mailLink(account, {
      purpose: TokenPurpose.EMAIL_VERIFICATION,
      lifetimeSeconds: EMAIL_VERIFICATION_SECONDS,
      page: 'verify-email',
      subject: msg('Confirm your e-mail address for Elasticweb'),
      text: msg(
        'Welcome to Elasticweb!\n\nPlease confirm that {{email}} is your address by opening this link within 7 days:\n{{link}}\n\nWe use it for balance warnings and password resets.',
      ),
    });
  }

  async verifyEmail(token: string): Promise<Account> {
    return this.dataSource.transaction(async (manager) => {
      const row = await spendToken(
        manager,
        token,
        TokenPurpose.EMAIL_VERIFICATION,
        msg('This confirmation link has expired or was already used. Ask for a new one.'),
      );
      const now = row.usedAt!;
      await manager
        .createQueryBuilder()
        .update(Account)
        .set({ emailVerifiedAt: now, updatedAt: now })
        .where('id = :id AND email_verified_at IS NULL', { id: row.accountId })
        .execute();
      return manager.getRepository(Account).findOneByOrFail({ id: row.accountId });
    });
  }

  async updateAccount(account: Account, input: UpdateAccountInput): Promise<Account> {
    const changes: Partial<Account> = {};
    if (input.language != null) {
      changes.language = parseInput(languageSchema, input.language, 'language');
      if (!(await this.translations.isOffered(changes.language))) {
        throw new InvalidInputError('language', msg('Choose one of the languages the panel offers.'));
      }
    }
    if (Object.keys(changes).length > 0) {
      await this.dataSource.getRepository(Account).update({ id: account.id }, { ...changes, updatedAt: new Date() });
    }
    return this.getAccount(account.id);
  }

  /** The language asked for, which must be offered; else the request's, or English. */
  private async signUpLanguage(asked: string | null | undefined, fromRequest: string): Promise<string> {
    if (asked) {
      if (!(await this.translations.isOffered(asked))) {
        throw new InvalidInputError('language', msg('Choose one of the languages the panel offers.'));
      }
      return asked;
    }
    return (await this.translations.isOffered(fromRequest)) ? fromRequest : 'en';
  }

  /** E-mail addresses by account id, for administrators' lists (payments, payouts). */
  async emailsOf(accountIds: readonly string[]): Promise<Map<string, string>> {
    const ids = [...new Set(accountIds)];
    const accounts = ids.length
      ? await this.dataSource.getRepository(Account).find({ where: { id: In(ids) }, select: { id: true, email: true } })
      : [];
    return new Map(accounts.map((a) => [a.id, a.email]));
  }

  getAccount(id: string): Promise<Account> {
    return this.dataSource.getRepository(Account).findOneByOrFail({ id });
  }

  /**
   * Creates an account directly (administrator from the environment, demo data),
   * or returns the existing one with that e-mail unchanged.
   */
  async ensureAccount(input: {
    email: string;
    password: string;
    role: Role;
    language?: string;
    verified?: boolean;
  }): Promise<{ account: Account; created: boolean }> {
    const email = parseInput(emailSchema, input.email);
    const existing = await this.dataSource.getRepository(Account).findOneBy({ email });
    if (existing?.role === input.role) return { account: existing, created: false };
    if (existing) {
      // Someone may have signed up with this address before the operator named it: the
      // role change must not hand them admin. The account takes the operator's password
      // and loses every session and token it had.
      const passwordHash = await hashPassword(input.password);
      const changed = {
        role: input.role,
        passwordHash,
        emailVerifiedAt: existing.emailVerifiedAt ?? (input.verified ? new Date() : null),
        updatedAt: new Date(),
      };
      await this.dataSource.transaction(async (manager) => {
        await manager.getRepository(Account).update({ id: existing.id }, changed);
        await manager.getRepository(AuthToken).delete({ accountId: existing.id });
      });
      return { account: { ...existing, ...changed }, created: false };
    }
    const now = new Date();
    const account = Object.assign(new Account(), {
      id: newId(),
      email,
      passwordHash: await hashPassword(input.password),
      role: input.role,
      status: AccountStatus.ACTIVE,
      language: input.language ?? 'en',
      systemName: newSystemName(),
      referralCode: null,
      emailVerifiedAt: input.verified ? now : null,
      createdAt: now,
      updatedAt: now,
    });
    await this.insertAccount(account);
    return { account, created: true };
  }

  async countAccounts(): Promise<number> {
    return this.dataSource.getRepository(Account).count();
  }

  private async insertAccount(account: Account): Promise<void> {
    // A system name collision is astronomically rare (32^8), but the unique index
    // decides, so a new random name is drawn a few times before giving up.
    for (let attempt = 0; ; attempt++) {
      try {
        await this.dataSource.getRepository(Account).insert(account);
        return;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const emailTaken = await this.dataSource.getRepository(Account).existsBy({ email: account.email });
        if (emailTaken) {
          throw new ConflictError(
            'email',
            msg('An account with this e-mail address already exists. Log in, or reset the password.'),
          );
        }
        if (attempt >= 3) throw error;
        account.systemName = newSystemName();
      }
    }
  }

  /**
   * Mails a single-use link in the account's language. The token rides in the URL
   * fragment, which browsers send to no server and put in no Referer.
   */
  private async mailLink(
    account: Account,
    mail: { purpose: TokenPurpose; lifetimeSeconds: number; page: string; subject: string; text: string },
  ): Promise<void> {
    const token = await this.issueToken(account.id, mail.purpose, mail.lifetimeSeconds);
    const lang = account.language;
    const link = `${this.config.publicUrl}/${lang}/${mail.page}#token=${token}`;
    await this.mailer.send({
      to: account.email,
      subject: await this.translations.translate(lang, mail.subject),
      text: await this.translations.translate(lang, mail.text, { email: account.email, link }),
    });
  }

  private async openSession(account: Account): Promise<Session> {
    const token = await this.issueToken(account.id, TokenPurpose.SESSION, this.config.SESSION_DAYS * 24 * HOUR);
    return { token, account, expiresAt: new Date(Date.now() + this.config.SESSION_DAYS * 24 * HOUR * 1000) };
  }

  private async issueToken(accountId: string, purpose: TokenPurpose, lifetimeSeconds: number): Promise<string> {
    const token = newToken(TOKEN_KINDS[purpose]);
    const now = new Date();
    await this.dataSource.getRepository(AuthToken).insert({
      id: newId(),
      accountId,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + lifetimeSeconds * 1000),
      usedAt: null,
      createdAt: now,
    });
    return token;
  }

  private async enforce(key: string, rule: RateLimit, message: string): Promise<void> {
    const state = await this.limiter.hit(key, rule);
    if (!state.allowed) throw this.rateLimited(message, state.retryAfterSeconds);
  }

  private rateLimited(message: string, retryAfterSeconds: number): RateLimitedError {
    return new RateLimitedError(message, { count: Math.max(1, Math.ceil(retryAfterSeconds / 60)) }, retryAfterSeconds);
  }
}

/**
 * Spends a single-use token inside the caller's transaction, or refuses it with `message`.
 */
async function spendToken(
  manager: EntityManager,
  token: unknown,
  purpose: TokenPurpose,
  message: string,
): Promise<AuthToken> {
  const refuse = () => new InvalidInputError('token', message);
  if (typeof token !== 'string' || token.length > 100) throw refuse();
  const row = await manager.getRepository(AuthToken).findOneBy({ tokenHash: hashToken(token), purpose });
  const now = new Date();
  if (!row || row.usedAt || row.expiresAt <= now) throw refuse();
  if (!(await claimOnce(manager, AuthToken, row.id, { usedAt: now }))) throw refuse();
  return Object.assign(row, { usedAt: now });
}
