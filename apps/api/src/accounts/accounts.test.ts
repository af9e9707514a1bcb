import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthToken, TokenPurpose } from './auth-token.entity.js';
import { dialectsUnderTest, startTestApi, type TestApi } from '../../test/harness.js';

const SIGN_UP =
  'mutation ($input: SignUpInput!) { signUp(input: $input) { token account { id email role language systemName emailVerifiedAt } } }';
const LOG_IN =
  'mutation ($email: String!, $password: String!) { logIn(email: $email, password: $password) { token account { id } } }';
const ME = '{ me { id email role language emailVerifiedAt } }';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function linkToken(text: string, path: string): string {
  const match = new RegExp(`/${path}#token=([\\w-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${path} link in mail: ${text}`);
  return match[1];
}

describe.each(dialectsUnderTest())('accounts on %s', (dialect) => {
  let api: TestApi;
  /** Reset links are mailed after the answer: wait for the mail to arrive. */
  const resetMailTo = async (email: string, after = 0) => {
    for (let tries = 0; tries < 100; tries++) {
      const mail = api.mails
        .slice(after)
        .filter((m) => m.to === email && /Reset your/.test(m.subject))
        .at(-1);
      if (mail) return mail;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no reset mail to ${email}`);
  };
  beforeAll(async () => {
    api = await startTestApi(dialect);
  });
  afterAll(async () => {
    await api.close();
  });

  it('signs up a customer with a system name, a session and a verification mail', async () => {
    const result = await api.gql<{ signUp: { token: string; account: Record<string, unknown> } }>(
      SIGN_UP,
      { input: { email: '  Ada@Example.COM ', password: 'correct horse battery', language: 'ru' } },
      { headers: { 'x-forwarded-for': '192.0.2.10' } },
    );
    expect(result.errors).toBeUndefined();
    const { token, account } = result.data!.signUp;
    expect(token).toMatch(/^ews_[\w-]{43}$/);
    expect(account).toMatchObject({
      email: 'ada@example.com',
      role: 'CUSTOMER',
      language: 'ru',
      emailVerifiedAt: null,
    });
    expect(account.systemName).toMatch(/^ew[a-z2-7]{8}$/);
    expect(result.headers.get('set-cookie')).toMatch(/ew_session=.*HttpOnly.*SameSite=Lax/i);

    const me = await api.gql<{ me: { email: string } }>(ME, {}, { token });
    expect(me.data?.me.email).toBe('ada@example.com');
    // Ada chose Russian: her welcome mail is in Russian.
    const mail = api.mails.find((m) => m.to === 'ada@example.com');
    expect(mail?.subject).toBe('Подтвердите адрес почты для Elasticweb');
    expect(mail?.text).toMatch(/^Добро пожаловать в Elasticweb!/);
  });

  it('stores only a hash of the session token', async () => {
    const { token } = await api.signUp();
    const rows: Array<{ token_hash: string }> = await api.dataSource.query('SELECT token_hash FROM auth_tokens');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.token_hash === token)).toBe(false);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);
  });

  it('stores the password as an argon2id hash', async () => {
    const { email } = await api.signUp();
    const [row] = await api.dataSource.query('SELECT password_hash FROM accounts WHERE email = ?', [email]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a second account with the same e-mail, whatever its case', async () => {
    const { email } = await api.signUp();
    const result = await api.gql(SIGN_UP, { input: { email: email.toUpperCase(), password: 'another long password' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
  });

  it('explains a weak password or a malformed e-mail and creates nothing', async () => {
    const [{ n: before }] = await api.dataSource.query('SELECT COUNT(*) AS n FROM accounts');
    const short = await api.gql(SIGN_UP, { input: { email: 'short@example.com', password: 'short' } });
    expect(short.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/at least 10 characters/),
      extensions: { code: 'BAD_USER_INPUT', field: 'password' },
    });
    const bad = await api.gql(SIGN_UP, { input: { email: 'not-an-address', password: 'long enough password' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const lang = await api.gql(SIGN_UP, {
      input: { email: 'lang@example.com', password: 'long enough password', language: 'xx' },
    });
    expect(lang.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
    const [{ n: after }] = await api.dataSource.query('SELECT COUNT(*) AS n FROM accounts');
    expect(Number(after)).toBe(Number(before));
  });

  it('logs in with the right password only, with the same answer for an unknown address', async () => {
    const { email } = await api.signUp();
    const ok = await api.gql<{ logIn: { token: string } }>(LOG_IN, { email, password: 'correct horse battery' });
    expect(ok.data?.logIn.token).toBeTruthy();
    const wrong = await api.gql(LOG_IN, { email, password: 'wrong password!' });
    const unknown = await api.gql(LOG_IN, { email: 'nobody@example.com', password: 'wrong password!' });
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'Wrong e-mail or password.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Wrong e-mail or password.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('locks an address after 5 failed logins, even with the right password, on every replica', async () => {
    const { email } = await api.signUp();
    for (let i = 0; i < 5; i++) {
      const attempt = await api.gql(LOG_IN, { email, password: `wrong password ${i}` });
      expect(attempt.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const locked = await api.gql(LOG_IN, { email, password: 'correct horse battery' });
    expect(locked.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/Too many login attempts\. Try again in \d+ minutes?\./),
      extensions: { code: 'RATE_LIMITED' },
    });
    // The count lives in the database, where a second API process would read it too;
    // every attempt counts before its password is checked, the refused sixth included.
    const rows = await api.dataSource.query('SELECT hits FROM rate_limit_buckets WHERE bucket_key = ?', [
      `login:email-ip:${email}|127.0.0.1`,
    ]);
    expect(Number(rows[0].hits)).toBe(6);
  });

  it('lets a stranger’s wrong passwords lock out only the stranger’s address, not the owner', async () => {
    const { email } = await api.signUp();
    const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
    for (let i = 0; i < 5; i++) await api.gql(LOG_IN, { email, password: `guess ${i}` }, from('198.51.100.10'));
    const stranger = await api.gql(LOG_IN, { email, password: 'guess 6' }, from('198.51.100.10'));
    expect(stranger.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const owner = await api.gql<{ logIn: { token: string } }>(
      LOG_IN,
      { email, password: 'correct horse battery' },
      from('198.51.100.20'),
    );
    expect(owner.errors).toBeUndefined();
    expect(owner.data?.logIn.token).toMatch(/^ews_/);
  });

  it('checks at most five of thirty simultaneous guesses, and answers each without a server error', async () => {
    const { email } = await api.signUp();
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        api.gql(
          LOG_IN,
          { email, password: `parallel guess ${i}` },
          { headers: { 'x-forwarded-for': '198.51.100.30' } },
        ),
      ),
    );
    const codes = answers.map((answer) => answer.errors?.[0]?.extensions?.code);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(25);
  });

  it('stops a guesser spread over many addresses at twenty tries per account', async () => {
    const { email } = await api.signUp();
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 21; i++) {
      const attempt = await api.gql(
        LOG_IN,
        { email, password: `spread guess ${i}` },
        { headers: { 'x-forwarded-for': `198.51.100.${100 + i}` } },
      );
      codes.push(attempt.errors?.[0]?.extensions?.code);
    }
    expect(codes.slice(0, 20).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[20]).toBe('RATE_LIMITED');
  });

  it('limits login attempts per IP address', async () => {
    const headers = { 'x-forwarded-for': '198.51.100.77' };
    let lastCode: string | undefined;
    for (let i = 0; i < 51; i++) {
      const attempt = await api.gql(
        LOG_IN,
        { email: `guess${i}@example.com`, password: 'wrong password!' },
        { headers },
      );
      lastCode = attempt.errors?.[0]?.extensions?.code;
    }
    expect(lastCode).toBe('RATE_LIMITED');
    const elsewhere = await api.gql(
      LOG_IN,
      { email: 'guess0@example.com', password: 'wrong password!' },
      { headers: { 'x-forwarded-for': '198.51.100.78' } },
    );
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a request without a token, or with a logged-out one', async () => {
    const anonymous = await api.gql(ME);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { token } = await api.signUp();
    const out = await api.gql<{ logOut: boolean }>('mutation { logOut }', {}, { token });
    expect(out.data?.logOut).toBe(true);
    expect(out.headers.get('set-cookie')).toMatch(/ew_session=;/);
    const after = await api.gql(ME, {}, { token });
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends a session left unused for two weeks, and writes down use at most once an hour', async () => {
    const { token } = await api.signUp();
    const DAY = 24 * 3600_000;
    const setLastUse = (at: Date) =>
      api.dataSource
        .getRepository(AuthToken)
        .update({ purpose: TokenPurpose.SESSION, tokenHash: sha256(token) }, { lastUsedAt: at });
    await setLastUse(new Date(Date.now() - 13 * DAY));
    expect((await api.gql(ME, {}, { token })).errors).toBeUndefined();
    const row = await api.dataSource.getRepository(AuthToken).findOneByOrFail({ tokenHash: sha256(token) });
    expect(Date.now() - row.lastUsedAt!.getTime()).toBeLessThan(60_000);
    await setLastUse(new Date(Date.now() - 15 * DAY));
    expect((await api.gql(ME, {}, { token })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('accepts the session cookie as well as the bearer header', async () => {
    const { token } = await api.signUp();
    const me = await api.gql<{ me: { id: string } }>(ME, {}, { headers: { cookie: `ew_session=${token}` } });
    expect(me.data?.me.id).toBeTruthy();
  });

  it('resets a forgotten password through a single-use link, ending old sessions', async () => {
    const { email, token: oldSession } = await api.signUp();
    const asked = await api.gql('mutation ($email: String!) { requestPasswordReset(email: $email) }', { email });
    expect(asked.data).toEqual({ requestPasswordReset: true });
    const mail = await resetMailTo(email);
    expect(mail.subject).toMatch(/Reset your Elasticweb password/);
    const resetToken = linkToken(mail.text, 'en/reset-password');

    const RESET = 'mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }';
    const reset = await api.gql<{ resetPassword: { token: string } }>(RESET, {
      input: { token: resetToken, newPassword: 'a brand new password' },
    });
    expect(reset.errors).toBeUndefined();
    expect((await api.gql(ME, {}, { token: oldSession })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gql(LOG_IN, { email, password: 'a brand new password' })).data).toBeTruthy();

    const again = await api.gql(RESET, { input: { token: resetToken, newPassword: 'yet another password' } });
    expect(again.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/expired or was already used/),
      extensions: { code: 'BAD_USER_INPUT', field: 'token' },
    });
  });

  it('refuses a reset link older than one hour', async () => {
    const { email } = await api.signUp();
    await api.gql('mutation ($email: String!) { requestPasswordReset(email: $email) }', { email });
    const resetToken = linkToken((await resetMailTo(email)).text, 'en/reset-password');
    await api.dataSource
      .getRepository(AuthToken)
      .update({ purpose: TokenPurpose.PASSWORD_RESET }, { expiresAt: new Date(Date.now() - 1000) });
    const result = await api.gql('mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }', {
      input: { token: resetToken, newPassword: 'a brand new password' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers a reset request for an unknown address the same way, and sends nothing', async () => {
    const before = api.mails.length;
    const result = await api.gql('mutation ($email: String!) { requestPasswordReset(email: $email) }', {
      email: 'ghost@example.com',
    });
    expect(result.data).toEqual({ requestPasswordReset: true });
    expect(api.mails.length).toBe(before);
  });

  it('answers a reset request the same when the mail server fails, as for an unknown address', async () => {
    const { email } = await api.signUp();
    const push = api.mails.push;
    api.mails.push = () => {
      throw new Error('the mail server is down');
    };
    try {
      const result = await api.gql('mutation ($email: String!) { requestPasswordReset(email: $email) }', { email });
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ requestPasswordReset: true });
      // The failed send is the operator's to see in the log, not the caller's.
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      api.mails.push = push;
    }
  });

  it('ends partner API tokens and earlier reset links when the password changes, and API tokens on a reset', async () => {
    const { email, token: session } = await api.signUp();
    await api.gql('mutation { becomePartner { code } }', {}, { token: session });
    const partnerToken = async () =>
      (
        await api.gql<{ createPartnerToken: { secret: string } }>(
          'mutation { createPartnerToken(name: "report") { secret } }',
          {},
          { token: session },
        )
      ).data!.createPartnerToken.secret;
    const STATS = '{ referralStats(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { totals { clicks } } }';
    const works = async (token: string) => (await api.gql(STATS, {}, { token })).errors === undefined;
    const RESET = 'mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }';

    const beforeChange = await partnerToken();
    await api.gql('mutation ($email: String!) { requestPasswordReset(email: $email) }', { email });
    const oldLink = linkToken((await resetMailTo(email)).text, 'en/reset-password');
    expect(await works(beforeChange)).toBe(true);
    const changed = await api.gql(
      'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }',
      { input: { currentPassword: 'correct horse battery', newPassword: 'a changed long password' } },
      { token: session },
    );
    expect(changed.errors).toBeUndefined();
    expect(await works(beforeChange)).toBe(false);
    const stale = await api.gql(RESET, { input: { token: oldLink, newPassword: 'the attacker’s password' } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const beforeReset = await partnerToken();
    const seen = api.mails.length;
    await api.gql('mutation ($email: String!) { requestPasswordReset(email: $email) }', { email });
    const link = linkToken((await resetMailTo(email, seen)).text, 'en/reset-password');
    expect((await api.gql(RESET, { input: { token: link, newPassword: 'the owner’s new password' } })).errors).toBe(
      undefined,
    );
    expect(await works(beforeReset)).toBe(false);
  });

  it('verifies the e-mail address through the link in the welcome mail', async () => {
    const { email, token } = await api.signUp();
    const verifyToken = linkToken(api.mails.find((m) => m.to === email)!.text, 'en/verify-email');
    const result = await api.gql<{ verifyEmail: { emailVerifiedAt: string } }>(
      'mutation ($t: String!) { verifyEmail(token: $t) { emailVerifiedAt } }',
      { t: verifyToken },
    );
    expect(result.data?.verifyEmail.emailVerifiedAt).toBeTruthy();
    const me = await api.gql<{ me: { emailVerifiedAt: string | null } }>(ME, {}, { token });
    expect(me.data?.me.emailVerifiedAt).toBeTruthy();
  });

  it('changes the password after checking the current one, and ends other sessions', async () => {
    const { email, token } = await api.signUp();
    const other = await api.gql<{ logIn: { token: string } }>(LOG_IN, { email, password: 'correct horse battery' });
    const CHANGE = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';
    const wrong = await api.gql(
      CHANGE,
      { input: { currentPassword: 'not it at all', newPassword: 'the next password' } },
      { token },
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const changed = await api.gql(
      CHANGE,
      { input: { currentPassword: 'correct horse battery', newPassword: 'the next password' } },
      { token },
    );
    expect(changed.data).toEqual({ changePassword: true });
    expect((await api.gql(ME, {}, { token })).data).toBeTruthy();
    expect((await api.gql(ME, {}, { token: other.data!.logIn.token })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('changes the account language', async () => {
    const { token } = await api.signUp();
    const result = await api.gql<{ updateAccount: { language: string } }>(
      'mutation { updateAccount(input: { language: "ru" }) { language } }',
      {},
      { token },
    );
    expect(result.data?.updateAccount.language).toBe('ru');
  });
});
