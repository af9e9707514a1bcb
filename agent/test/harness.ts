/**
 * The agent test harness: the real API (apps/api's harness, on MariaDB when CI gives
 * one), a real agent process enrolled with it, and the agent's own nginx and php-fpm
 * masters from Debian's packages under a temporary prefix, nginx on a random loopback
 * port. Everything it creates — processes, Unix users, folders — it removes.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dialectsUnderTest, startTestApi, type TestApi } from '@elasticweb/api/test/harness';
import { createConnection } from 'mysql2/promise';
import { enroll } from '../src/cli.js';
import { parseConfig, type AgentConfig } from '../src/config.js';

const NGINX = '/usr/sbin/nginx';
const PHP_FPM = '/usr/sbin/php-fpm8.2';
const AGENT_BIN = resolve(import.meta.dirname, '../bin/elasticweb-agent.js');

/** nginx and php-fpm are the point of these tests: CI must have them, a laptop may not. */
export function webStackAvailable(): boolean {
  const ok = existsSync(NGINX) && existsSync(PHP_FPM) && process.getuid?.() === 0;
  if (!ok && process.env.CI === 'true')
    throw new Error('CI=true but nginx, php-fpm or root is missing: run scripts/install-system-deps.sh as root');
  return ok;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function waitFor<T>(
  what: string,
  check: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

export interface HttpAnswer {
  status: number;
  body: string;
}

/** GET through the agent's nginx with a Host header (Node's fetch will not send one). */
export function getVia(
  port: number,
  host: string,
  path = '/',
  headers: Record<string, string> = {},
): Promise<HttpAnswer> {
  return new Promise((resolveAnswer, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host, ...headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolveAnswer({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

export interface AgentProcess {
  child: ChildProcess;
  /** Every JSON log line the agent printed, parsed. */
  logs: Array<Record<string, unknown>>;
  exited: Promise<number | null>;
}

export interface AgentStack {
  api: TestApi;
  adminToken: string;
  customer: { token: string; id: string };
  prefix: string;
  port: number;
  config: AgentConfig;
  configFile: string;
  hostId: string;
  /** Log lines of every agent process this stack started, in order. */
  logs: Array<Record<string, unknown>>;
  startAgent(): AgentProcess;
  agent: AgentProcess | null;
  /** Stops the running agent: SIGTERM finishes the current command, SIGKILL does not. */
  stopAgent(signal?: NodeJS.Signals): Promise<void>;
  get(host: string, path?: string): Promise<HttpAnswer>;
  /** The customer's GraphQL, failing the test on errors. */
  customerGql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  adminGql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export interface StackOptions {
  apiEnv?: Record<string, string>;
  /** Agent settings beyond the harness's (state, prefix, managed nginx and php-fpm). */
  agent?: Partial<AgentConfig>;
  /** Enroll against this URL instead of the API's own (a proxy in front of it). */
  apiUrl?: (apiUrl: string) => Promise<string> | string;
  ca?: string;
}

export async function startAgentStack(options: StackOptions = {}): Promise<AgentStack> {
  const dialect = dialectsUnderTest().at(-1)!;
  const api = await startTestApi(dialect, { COMMAND_LEASE_SECONDS: '5', ...options.apiEnv });
  const adminToken = await api.adminToken();
  const strict = async <T>(token: string, query: string, variables: Record<string, unknown> = {}) => {
    const response = await api.gql<T>(query, variables, { token });
    if (response.errors?.length || !response.data) throw new Error(JSON.stringify(response.errors));
    return response.data;
  };
  const customer = await api.signUp();
  const prefix = mkdtempSync(join(tmpdir(), 'ew-agent-'));
  // nginx's workers (www-data) must be able to walk into the prefix.
  chmodSync(prefix, 0o755);
  const port = await freePort();
  const tlsPort = await freePort();
  const config = parseConfig({
    state: join(prefix, 'state'),
    prefix,
    pollSeconds: 5,
    progressSeconds: 1,
    maxBackoffSeconds: 1,
    nginx: { manage: true, listen: [`127.0.0.1:${port}`], listenTls: [`127.0.0.1:${tlsPort}`] },
    phpFpm: { manage: true, binaries: { '8.2': PHP_FPM } },
    logLevel: 'debug',
    // No certificate authority here unless a test brings pebble (agent: { acme: … }).
    acme: { enabled: false },
    // Nor an antivirus scan, unless a test asks (Debian ships no signatures).
    antivirus: { enabled: false },
    // Customers' databases go to the MariaDB the API tests use, when there is one.
    ...(process.env.TEST_MYSQL_URL ? { mysql: mysqlOf(process.env.TEST_MYSQL_URL) } : {}),
    ...options.agent,
  });
  const configFile = join(prefix, 'agent.json');
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  const { createHostEnrollment } = await strict<{ createHostEnrollment: { token: string } }>(
    adminToken,
    'mutation { createHostEnrollment(name: "test host") { token } }',
  );
  const enrollUrl = options.apiUrl ? await options.apiUrl(api.url) : api.url;
  const hostId = await enroll({
    api: enrollUrl,
    token: createHostEnrollment.token,
    state: config.state,
    config,
    ca: options.ca,
  });

  const logs: Array<Record<string, unknown>> = [];
  const stack: AgentStack = {
    api,
    adminToken,
    customer,
    prefix,
    port,
    config,
    configFile,
    hostId,
    logs,
    agent: null,
    startAgent() {
      const child = spawn(process.execPath, [AGENT_BIN, 'run', '--config', configFile], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const own: Array<Record<string, unknown>> = [];
      let buffered = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        for (const line of lines) {
          if (!line.trim()) continue;
          try {
            const entry = JSON.parse(line) as Record<string, unknown>;
            if (process.env.TEST_AGENT_LOGS === '1') process.stderr.write(`agent: ${line}\n`);
            own.push(entry);
            logs.push(entry);
          } catch {
            logs.push({ msg: line });
          }
        }
      });
      child.stderr!.on('data', (chunk: Buffer) => logs.push({ level: 'stderr', msg: chunk.toString() }));
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      stack.agent = { child, logs: own, exited };
      return stack.agent;
    },
    async stopAgent(signal = 'SIGTERM') {
      const agent = stack.agent;
      if (!agent) return;
      stack.agent = null;
      agent.child.kill(signal);
      await agent.exited;
    },
    get: (host, path = '/') => getVia(port, host, path),
    customerGql: (query, variables) => strict(customer.token, query, variables),
    adminGql: (query, variables) => strict(adminToken, query, variables),
    async close() {
      await stack.stopAgent('SIGTERM');
      // Managed masters outlive a SIGKILLed agent: stop whatever is still running.
      const runDir = join(prefix, 'run/elasticweb');
      if (existsSync(runDir))
        for (const name of readdirSync(runDir).filter((n) => n.endsWith('.pid'))) {
          const pid = Number(readFileSync(join(runDir, name), 'utf8').trim());
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
      removeUsersUnder(prefix);
      rmSync(prefix, { recursive: true, force: true });
      await dropCustomerDatabases(api);
      await api.close();
    },
  };
  return stack;
}

/** Customers' databases and users the agent made on the shared MariaDB for this API's accounts. */
async function dropCustomerDatabases(api: TestApi): Promise<void> {
  if (!process.env.TEST_MYSQL_URL) return;
  const accounts = (await api.dataSource.query('SELECT system_name FROM accounts')) as Array<{ system_name: string }>;
  const server = await createConnection(process.env.TEST_MYSQL_URL);
  try {
    for (const { system_name: name } of accounts) {
      const [users] = await server.query('SELECT User AS user, Host AS host FROM mysql.user WHERE User LIKE ?', [
        `${name}\\_%`,
      ]);
      for (const user of users as Array<{ user: string; host: string }>)
        await server.query('DROP USER IF EXISTS ?@?', [user.user, user.host]);
      const [schemas] = await server.query(
        'SELECT schema_name AS name FROM information_schema.schemata WHERE schema_name LIKE ?',
        [`${name}\\_%`],
      );
      for (const schema of schemas as Array<{ name: string }>)
        await server.query(`DROP DATABASE IF EXISTS \`${schema.name}\``);
    }
  } finally {
    await server.end();
  }
}

/** The agent's `mysql` config for a mysql:// URL (the test server). */
export function mysqlOf(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    socketPath: null,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  };
}

/** Unix users the agent made for accounts homed under this prefix. */
export function removeUsersUnder(prefix: string): void {
  const passwd = readFileSync('/etc/passwd', 'utf8');
  for (const line of passwd.split('\n')) {
    const [name, , , , , home] = line.split(':');
    if (name && home?.startsWith(`${prefix}/`)) spawnSync('userdel', [name]);
  }
}

export const SITE_FIELDS =
  'id domain status statusMessage isBlocked specVersion appliedVersion operation { type status attempt }';

export interface SiteView {
  id: string;
  domain: string;
  status: string;
  statusMessage: string | null;
  isBlocked: boolean;
  specVersion: number;
  appliedVersion: number;
  operation: { type: string; status: string; attempt: number } | null;
}

/** The site as its owner sees it (the harness's customer unless another token is given). */
export async function siteOf(stack: AgentStack, id: string, token = stack.customer.token): Promise<SiteView | null> {
  const result = await stack.api.gql<{ site: SiteView | null }>(
    `query ($id: ID!) { site(id: $id) { ${SITE_FIELDS} } }`,
    { id },
    { token },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.site;
}

/** Waits until the site reaches the status (and has nothing more to do). */
export function siteBecomes(
  stack: AgentStack,
  id: string,
  status: string,
  options: { timeoutMs?: number; token?: string } = {},
): Promise<SiteView> {
  return waitFor(
    `site ${id} to become ${status}`,
    async () => {
      const site = await siteOf(stack, id, options.token);
      return site && site.status === status && !site.operation ? site : null;
    },
    options.timeoutMs,
  );
}
