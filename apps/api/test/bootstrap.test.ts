import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADMIN, DEMO_CUSTOMER, seedStartupData } from '../src/app/bootstrap.js';
import { createLogger } from '../src/common/logger.js';
import { dialectsUnderTest, startTestApi, type TestApi } from './harness.js';

const LOG_IN =
  'mutation ($email: String!, $password: String!) { logIn(email: $email, password: $password) { token account { role } } }';

describe.each(dialectsUnderTest())('first start on %s', (dialect) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(dialect, {
      ADMIN_EMAIL: 'root@example.com',
      ADMIN_PASSWORD: 'a long admin password',
      DEMO_DATA: 'true',
    });
  });
  afterAll(async () => {
    await api.close();
  });

  // Three weeks of demo usage are charged hour by hour: about 25 s on MariaDB here, more on a busy machine.
  it('creates the administrator from the environment and demo logins that work, once', async () => {
    const silent = createLogger('silent');
    const write = process.stdout.write;
    process.stdout.write = () => true; // the printed demo logins are for people, not for test output
    try {
      await seedStartupData(api.config, api.app.services, silent);
      await seedStartupData(api.config, api.app.services, silent);
    } finally {
      process.stdout.write = write;
    }
    const admin = await api.gql<{ logIn: { account: { role: string } } }>(LOG_IN, {
      email: 'root@example.com',
      password: 'a long admin password',
    });
    expect(admin.data?.logIn.account.role).toBe('ADMIN');
    const demoAdmin = await api.gql<{ logIn: { account: { role: string } } }>(LOG_IN, { ...DEMO_ADMIN });
    expect(demoAdmin.data?.logIn.account.role).toBe('ADMIN');
    const customer = await api.gql<{ logIn: { token: string; account: { role: string } } }>(LOG_IN, {
      ...DEMO_CUSTOMER,
    });
    expect(customer.data?.logIn.account.role).toBe('CUSTOMER');
    const sites = await api.gql<{ sites: Array<{ domain: string }> }>(
      '{ sites { domain } }',
      {},
      { token: customer.data!.logIn.token },
    );
    expect(sites.data?.sites.map((s) => s.domain).sort()).toEqual(['blog.demo-shop.example', 'demo-shop.example']);
  }, 120_000);
});

describe.each(dialectsUnderTest())('ADMIN_EMAIL taken by an earlier sign-up, on %s', (dialect) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(dialect, { ADMIN_EMAIL: 'ops@example.com', ADMIN_PASSWORD: 'the operator’s password' });
  });
  afterAll(async () => {
    await api.close();
  });

  it('does not hand admin to whoever registered the address first', async () => {
    const squatter = await api.gql<{ signUp: { token: string } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }',
      { input: { email: 'ops@example.com', password: 'squatter password 1' } },
    );
    const session = squatter.data!.signUp.token;
    await seedStartupData(api.config, api.app.services, createLogger('silent'));

    // The registrant's session and password open nothing; the operator's password opens the administrator.
    const me = await api.gql('{ me { role } }', {}, { token: session });
    expect(me.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const withOld = await api.gql(LOG_IN, { email: 'ops@example.com', password: 'squatter password 1' });
    expect(withOld.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const operator = await api.gql<{ logIn: { account: { role: string } } }>(LOG_IN, {
      email: 'ops@example.com',
      password: 'the operator’s password',
    });
    expect(operator.data?.logIn.account.role).toBe('ADMIN');

    // A later start leaves the administrator's own password change alone.
    await seedStartupData(api.config, api.app.services, createLogger('silent'));
    expect((await api.gql(LOG_IN, { email: 'ops@example.com', password: 'the operator’s password' })).errors).toBe(
      undefined,
    );
  });
});
