/**
 * The API test harness: starts the real HTTP application in-process on a random
 * port against a fresh database, SQLite always and MariaDB/MySQL when
 * TEST_MYSQL_URL names a server (each run in a database of its own, dropped after).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { Role } from '../src/accounts/account.entity.js';
import { createLogger } from '../src/common/logger.js';
import { loadConfig, type Config } from '../src/config.js';
import { openStore, type Dialect } from '../src/database/data-source.js';
import { entities } from '../src/app/entities.js';
import { SEED_LANGUAGES } from '../src/i18n/seed/index.js';
import type { Mail, Mailer } from '../src/mail/mailer.js';
import { createApp, type App } from '../src/server.js';
import { ephemeralSigningKey } from '../src/hosts/signing-keys.js';

export interface TestDatabase {
  dialect: Dialect;
  url: string;
  drop(): Promise<void>;
}

/**
 * The stores every integration suite runs on. In CI a missing MySQL is a failure,
 * not a silent skip: CI must prove both dialects.
 */
export function dialectsUnderTest(): Dialect[] {
  if (process.env.TEST_MYSQL_URL) return ['sqlite', 'mysql'];
  if (process.env.CI === 'true') {
    throw new Error('CI=true but TEST_MYSQL_URL is unset: the MySQL half of the suite cannot run');
  }
  return ['sqlite'];
}

export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'ew-api-test-'));
    return {
      dialect,
      url: `sqlite:${join(dir, 'test.sqlite')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const serverUrl = process.env.TEST_MYSQL_URL!;
  const name = `ew_test_${randomBytes(6).toString('hex')}`;
  const admin = await createConnection(serverUrl);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    dialect,
    url: url.toString(),
    async drop() {
      const connection = await createConnection(serverUrl);
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
    },
  };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{
    message: string;
    path?: string[];
    extensions?: { code?: string; field?: string; [key: string]: unknown };
  }>;
  headers: Headers;
}

export interface TestApi {
  url: string;
  dialect: Dialect;
  dataSource: DataSource;
  app: App;
  config: Config;
  /** Mail the API "sent": SMTP delivery leaves the machine, so tests read it here. */
  mails: Mail[];
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  /** Creates (once) an administrator and returns a session token for it. */
  adminToken(email?: string): Promise<string>;
  /** Signs up a fresh customer and returns its bearer token. */
  signUp(email?: string): Promise<{ token: string; email: string; id: string }>;
  /** Stops serving (as a crashed or upgraded API would); the database stays. */
  stop(): Promise<void>;
  /** Starts a fresh API process's worth of objects on the same port and database. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startTestApi(dialect: Dialect, env: Record<string, string> = {}): Promise<TestApi> {
  const database = await createTestDatabase(dialect);
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: database.url,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    TRUST_PROXY: '1',
    // Every test signs people up from 127.0.0.1; the anonymous limit has a test of its own.
    ANONYMOUS_REQUESTS_PER_MINUTE: '1000000',
    // Uploads and the like go to a folder of the test's own.
    DATA_DIR: mkdtempSync(join(tmpdir(), 'ew-api-data-')),
    ...env,
  });
  const logger = createLogger(config.LOG_LEVEL);
  let dataSource = await openStore({ entities, url: database.url });
  const mails: Mail[] = [];
  const mailer: Mailer = { send: async (mail) => void mails.push(mail) };
  // One key for the life of the test, so agents keep trusting a restarted API.
  const signingKey = ephemeralSigningKey();
  let app = await createApp({ config, dataSource, logger, mailer, signingKey });
  await app.services.translations.seed(SEED_LANGUAGES);
  let server: Server = createServer(app.handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  let running = true;
  const stopServer = async () => {
    if (!running) return;
    running = false;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await app.stop();
    await dataSource.destroy();
  };

  const api: Pick<TestApi, 'dataSource' | 'app'> = {
    get dataSource() {
      return dataSource;
    },
    get app() {
      return app;
    },
  };

  const gql: TestApi['gql'] = async (query, variables = {}, options = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: never; errors?: never };
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  };

  let counter = 0;
  let signUpAddress = 0;
  return {
    url,
    dialect,
    get dataSource() {
      return api.dataSource;
    },
    get app() {
      return api.app;
    },
    config,
    mails,
    gql,
    async adminToken(email = 'ops@example.com') {
      const password = 'operations password';
      await app.services.accounts.ensureAccount({ email, password, role: Role.ADMIN });
      const login = await gql<{ logIn: { token: string } }>(
        'mutation ($email: String!, $password: String!) { logIn(email: $email, password: $password) { token } }',
        { email, password },
      );
      if (!login.data) throw new Error(`admin log-in failed: ${JSON.stringify(login.errors)}`);
      return login.data.logIn.token;
    },
    async signUp(email = `customer-${randomBytes(4).toString('hex')}-${++counter}@example.com`) {
      const result = await gql<{ signUp: { token: string; account: { id: string } } }>(
        'mutation ($input: SignUpInput!) { signUp(input: $input) { token account { id } } }',
        { input: { email, password: 'correct horse battery' } },
        // Sign-ups are limited per address: each comes from one of its own.
        { headers: { 'x-forwarded-for': `10.${(++signUpAddress >> 8) & 255}.${signUpAddress & 255}.1` } },
      );
      if (!result.data) throw new Error(`sign-up failed: ${JSON.stringify(result.errors)}`);
      return { token: result.data.signUp.token, email, id: result.data.signUp.account.id };
    },
    stop: stopServer,
    async restart() {
      await stopServer();
      dataSource = await openStore({ entities, url: database.url });
      app = await createApp({ config, dataSource, logger, mailer, signingKey });
      server = createServer(app.handler);
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
      running = true;
    },
    async close() {
      await stopServer();
      await database.drop();
    },
  };
}
