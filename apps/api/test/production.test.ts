import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, productionProblems } from '../src/config.js';
import { startTestApi, type TestApi } from './harness.js';

const apiDir = resolve(import.meta.dirname, '..');
const TOP_UP = 'mutation ($a: String!) { topUp(amount: $a, idempotencyKey: null) { id status } }';
const WALLET = '{ wallet { testPayments balance { amount } } }';

/** Starts the API as an operator would and returns how it ended within a few seconds. */
function startApi(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/main.ts'],
      { cwd: apiDir, env: { PATH: process.env.PATH!, ...env }, timeout: 30_000 },
      (error, stdout, stderr) => done({ code: child.exitCode ?? (error ? 1 : 0), output: stdout + stderr }),
    );
  });
}

describe('a production start', () => {
  it('stops, naming every setting production needs that is missing', async () => {
    const { code, output } = await startApi({ NODE_ENV: 'production', PORT: '0' });
    expect(code).toBe(2);
    for (const name of ['DATABASE_URL', 'PUBLIC_URL', 'SMTP_URL', 'PAYMENT_PROVIDER', 'COMMAND_SIGNING_KEY'])
      expect(output).toContain(`  ${name}`);
  }, 60_000);

  it('needs nothing more outside production, and listens on loopback while the demo logins exist', () => {
    expect(productionProblems(loadConfig({}))).toEqual([]);
    expect(loadConfig({}).HOST).toBe('127.0.0.1');
    expect(loadConfig({ DEMO_DATA: 'false' }).HOST).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
    const ready = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'mysql://elasticweb@db/elasticweb',
      PUBLIC_URL: 'https://panel.example.com',
      SMTP_URL: 'smtp://mail.example.com:587',
      PAYMENT_PROVIDER: 'test',
      COMMAND_SIGNING_KEY_FILE: '/etc/elasticweb/command-signing.key',
    });
    expect(productionProblems(ready)).toEqual([]);
    expect(ready.HOST).toBe('0.0.0.0');
  });
});

describe('payments in production', () => {
  let unconfigured: TestApi;
  let explicitTest: TestApi;
  beforeAll(async () => {
    unconfigured = await startTestApi('sqlite', { NODE_ENV: 'production' });
    explicitTest = await startTestApi('sqlite', { NODE_ENV: 'production', PAYMENT_PROVIDER: 'test' });
  });
  afterAll(async () => {
    await unconfigured?.close();
    await explicitTest?.close();
  });

  it('never credits a top-up that no provider confirmed', async () => {
    const { token } = await unconfigured.signUp();
    const topUp = await unconfigured.gql(TOP_UP, { a: '100' }, { token });
    expect(topUp.errors?.[0]).toMatchObject({
      message: 'Payments are not set up on this panel yet. Please contact its operator.',
      extensions: { code: 'CONFLICT' },
    });
    const wallet = await unconfigured.gql<{ wallet: { testPayments: boolean; balance: { amount: string } } }>(
      WALLET,
      {},
      { token },
    );
    expect(wallet.data!.wallet).toEqual({ testPayments: false, balance: { amount: '0.000000' } });
  });

  it('runs the test provider only when the operator names it, and tells the customer so', async () => {
    const { token } = await explicitTest.signUp();
    expect((await explicitTest.gql(TOP_UP, { a: '10' }, { token })).errors).toBeUndefined();
    const wallet = await explicitTest.gql<{ wallet: { testPayments: boolean } }>(WALLET, {}, { token });
    expect(wallet.data!.wallet.testPayments).toBe(true);
  });
});
