import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest, startTestApi, type TestApi } from '../../test/harness.js';

const DAY = 24 * 3600_000;
const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { token account { id } } }';
const STATS = `query ($from: DateTime!, $to: DateTime!, $groupBy: Period) { referralStats(from: $from, to: $to, groupBy: $groupBy) {
  totals { clicks signups payingCustomers referredPayments { amount } commissionPending { amount }
           commissionAvailable { amount } commissionPaid { amount } commissionReversed { amount } }
  periods { start figures { clicks signups } } } }`;
const PROFILE = '{ partnerProfile { code link available { amount } pending { amount } } }';

interface Figures {
  clicks: number;
  signups: number;
  payingCustomers: number;
  referredPayments: { amount: string };
  commissionPending: { amount: string };
  commissionAvailable: { amount: string };
  commissionPaid: { amount: string };
  commissionReversed: { amount: string };
}

describe.each(dialectsUnderTest())('the referral program on %s', (dialect) => {
  let api: TestApi;
  let admin: string;
  let partner: { token: string; id: string; email: string };
  let code: string;
  const range = () => ({
    from: new Date(Date.now() - DAY).toISOString(),
    to: new Date(Date.now() + 2 * DAY).toISOString(),
  });
  const totals = async (token: string) =>
    (await api.gql<{ referralStats: { totals: Figures } }>(STATS, range(), { token })).data!.referralStats.totals;
  const visit = (ip: string) =>
    fetch(`${api.url}/r/${code}`, { redirect: 'manual', headers: { 'x-forwarded-for': ip } });
  const signUp = (email: string, options: { referralCode?: string; cookie?: string; token?: string } = {}) =>
    api.gql<{ signUp: { token: string; account: { id: string } } }>(
      SIGN_UP,
      { input: { email, password: 'correct horse battery', referralCode: options.referralCode ?? null } },
      { token: options.token, headers: options.cookie ? { cookie: options.cookie } : {} },
    );

  beforeAll(async () => {
    api = await startTestApi(dialect, { PAYOUT_MINIMUM_EUR: '5' });
    admin = await api.adminToken();
    partner = await api.signUp(`partner-${randomUUID().slice(0, 8)}@example.com`);
    const { data } = await api.gql<{ becomePartner: { code: string; link: string } }>(
      'mutation { becomePartner { code link } }',
      {},
      { token: partner.token },
    );
    code = data!.becomePartner.code;
    expect(data!.becomePartner.link).toBe(`${api.config.publicUrl}/r/${code}`);
  });
  afterAll(async () => api?.close());

  it('counts a link visit once per visitor a day without storing the IP, and remembers the code for 30 days', async () => {
    const first = await visit('203.0.113.7');
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toMatch(/^\/en\/signup$/);
    expect(first.headers.get('set-cookie')).toMatch(new RegExp(`^ew_ref=${code};.*Max-Age=2592000.*HttpOnly`, 'i'));
    await visit('203.0.113.7');
    await visit('198.51.100.9');
    const unknown = await fetch(`${api.url}/r/NOSUCHCODE`, { redirect: 'manual' });
    expect(unknown.headers.get('set-cookie')).toBeNull();
    expect((await totals(partner.token)).clicks).toBe(2);
    const rows = (await api.dataSource.query('SELECT * FROM referral_clicks')) as Array<Record<string, unknown>>;
    expect(JSON.stringify(rows)).not.toContain('203.0.113.7');
  });

  it('attributes sign-ups by cookie or code, and refuses a partner referring themselves', async () => {
    const byCookie = await signUp(`cookie-${randomUUID().slice(0, 8)}@example.com`, { cookie: `ew_ref=${code}` });
    expect(byCookie.errors).toBeUndefined();
    const byCode = await signUp(`code-${randomUUID().slice(0, 8)}@example.com`, { referralCode: code.toLowerCase() });
    expect(byCode.errors).toBeUndefined();
    const unknown = await signUp(`x-${randomUUID().slice(0, 8)}@example.com`, { referralCode: 'NOSUCH99' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'referralCode' });
    const [local, domain] = partner.email.split('@');
    const own = await signUp(`${local}+second@${domain}`, { referralCode: code });
    expect(own.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'referralCode' });
    const signedIn = await signUp(`other-${randomUUID().slice(0, 8)}@example.com`, {
      referralCode: code,
      token: partner.token,
    });
    expect(signedIn.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'referralCode' });
    // Through the partner's own link, a sign-up of theirs is simply not attributed.
    const ownCookie = await signUp(`${local}+third@${domain}`, { cookie: `ew_ref=${code}` });
    expect(ownCookie.errors).toBeUndefined();
    expect((await totals(partner.token)).signups).toBe(2);
  });

  it('earns 10% of referred top-ups: pending, available after 30 days, reversed on refund, paid out on confirmation', async () => {
    const customer = await signUp(`payer-${randomUUID().slice(0, 8)}@example.com`, { referralCode: code });
    const token = customer.data!.signUp.token;
    const topUp = (amount: string) =>
      api.gql<{ topUp: { id: string } }>(
        'mutation ($a: String!) { topUp(amount: $a) { id } }',
        { a: amount },
        { token },
      );
    await topUp('100');
    expect(await totals(partner.token)).toMatchObject({
      payingCustomers: 1,
      referredPayments: { amount: '100.000000' },
      commissionPending: { amount: '10.000000' },
    });
    expect(await api.app.services.referrals.matureCommissions(new Date(Date.now() + 29 * DAY))).toBe(0);
    expect(await api.app.services.referrals.matureCommissions(new Date(Date.now() + 31 * DAY))).toBe(1);
    const refunded = await topUp('50');
    expect((await totals(partner.token)).commissionPending.amount).toBe('5.000000');
    await api.gql(
      'mutation ($id: ID!) { refundPayment(paymentId: $id) { id } }',
      { id: refunded.data!.topUp.id },
      { token: admin },
    );
    expect(await totals(partner.token)).toMatchObject({
      commissionAvailable: { amount: '10.000000' },
      commissionPending: { amount: '0.000000' },
      commissionReversed: { amount: '5.000000' },
      referredPayments: { amount: '150.000000' },
    });

    const REQUEST = 'mutation ($a: String!) { requestPayout(amount: $a) { id status amount { amount } } }';
    expect((await api.gql(REQUEST, { a: '4' }, { token: partner.token })).errors?.[0]?.extensions?.field).toBe(
      'amount',
    );
    expect((await api.gql(REQUEST, { a: '10.01' }, { token: partner.token })).errors?.[0]?.extensions?.field).toBe(
      'amount',
    );
    const payout = await api.gql<{ requestPayout: { id: string; status: string } }>(
      REQUEST,
      { a: '10' },
      { token: partner.token },
    );
    expect(payout.data!.requestPayout.status).toBe('requested');
    // Reserved: nothing left to request twice.
    expect((await api.gql(REQUEST, { a: '5' }, { token: partner.token })).errors?.[0]?.extensions?.field).toBe(
      'amount',
    );
    const DECIDE = 'mutation ($id: ID!) { decidePayout(id: $id, paid: true) { status } }';
    expect(
      (await api.gql(DECIDE, { id: payout.data!.requestPayout.id }, { token: partner.token })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await api.gql<{ decidePayout: { status: string } }>(
          DECIDE,
          { id: payout.data!.requestPayout.id },
          { token: admin },
        )
      ).data!.decidePayout.status,
    ).toBe('paid');
    expect(
      (await api.gql(DECIDE, { id: payout.data!.requestPayout.id }, { token: admin })).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(await totals(partner.token)).toMatchObject({ commissionPaid: { amount: '10.000000' } });
    const { data } = await api.gql<{ partnerProfile: { available: { amount: string } } }>(
      PROFILE,
      {},
      { token: partner.token },
    );
    expect(data!.partnerProfile.available.amount).toBe('0.000000');
    expect(await api.app.services.billing.reconcile()).toEqual([]);
  });

  it('groups figures by day, week or month', async () => {
    const { data } = await api.gql<{
      referralStats: { periods: Array<{ start: string; figures: { clicks: number } }> };
    }>(STATS, { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z', groupBy: 'MONTH' }, { token: partner.token });
    expect(data!.referralStats.periods).toHaveLength(12);
    expect(data!.referralStats.periods.reduce((sum, p) => sum + p.figures.clicks, 0)).toBe(2);
    const backwards = await api.gql(
      STATS,
      { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
      { token: partner.token },
    );
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives partners API tokens that read only their own figures, until revoked', async () => {
    const CREATE = 'mutation ($n: String!) { createPartnerToken(name: $n) { secret token { id name } } }';
    const made = await api.gql<{ createPartnerToken: { secret: string; token: { id: string; name: string } } }>(
      CREATE,
      { n: 'reporting' },
      { token: partner.token },
    );
    const secret = made.data!.createPartnerToken.secret;
    expect(secret).toMatch(/^ewp_[\w-]{43}$/);
    expect((await totals(secret)).clicks).toBe(2);
    // A token opens nothing else: not the wallet, not the token list, not a new token.
    for (const query of [
      '{ wallet { balance { amount } } }',
      '{ partnerTokens { id } }',
      '{ me { id } }',
      '{ sites { id } }',
    ])
      expect((await api.gql(query, {}, { token: secret })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gql(CREATE, { n: 'more' }, { token: secret })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    // Another partner's token sees that partner's (empty) figures.
    const other = await api.signUp();
    await api.gql('mutation { becomePartner { code } }', {}, { token: other.token });
    const otherSecret = (
      await api.gql<{ createPartnerToken: { secret: string } }>(CREATE, { n: 'mine' }, { token: other.token })
    ).data!.createPartnerToken.secret;
    expect((await totals(otherSecret)).clicks).toBe(0);
    // A disabled account's token opens nothing, as its sessions do not.
    await api.dataSource.query("UPDATE accounts SET status = 'disabled' WHERE id = ?", [other.id]);
    expect((await api.gql(STATS, range(), { token: otherSecret })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await api.dataSource.query("UPDATE accounts SET status = 'active' WHERE id = ?", [other.id]);
    // A customer who is not a partner may not read statistics, nor revoke someone else's token.
    const customer = await api.signUp();
    expect((await api.gql(STATS, range(), { token: customer.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const REVOKE = 'mutation ($id: ID!) { revokePartnerToken(id: $id) }';
    expect(
      (await api.gql(REVOKE, { id: made.data!.createPartnerToken.token.id }, { token: other.token })).errors?.[0]
        ?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await api.gql(REVOKE, { id: made.data!.createPartnerToken.token.id }, { token: partner.token })).data,
    ).toEqual({ revokePartnerToken: true });
    expect((await api.gql(STATS, range(), { token: secret })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
