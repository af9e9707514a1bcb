/**
 * `npm run bench -w @elasticweb/api`: the `me` query and the `sites` query of a
 * customer with 200 sites, with 32 concurrent clients, against a bare node:http
 * server answering a fixed JSON body in the same run. Prints requests/s, p50, p99,
 * the ratio to the bare server, and the SQL statements each request runs.
 *
 * BENCH_SECONDS (default 3) sets each run's length, BENCH_ROUNDS (default 3) the rounds; BENCH_DATABASE_URL a MySQL store
 * instead of a temporary SQLite file.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '../src/accounts/account.entity.js';
import { createLogger } from '../src/common/logger.js';
import { loadConfig } from '../src/config.js';
import { openStore } from '../src/database/data-source.js';
import { entities } from '../src/app/entities.js';
import { createMailer } from '../src/mail/mailer.js';
import { createApp } from '../src/server.js';
import { runLoad, type LoadResult } from './load.js';

const CONCURRENCY = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SITE_COUNT = 200;
const ME = JSON.stringify({ query: '{ me { id email role language } }' });
const SITES = JSON.stringify({ query: '{ sites { id domain aliases status createdAt } }' });

const dir = mkdtempSync(join(tmpdir(), 'ew-bench-'));
const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dir, 'bench.sqlite')}`;

/** Seeds the customer and its sites, and counts the SQL each query runs, in this process. */
async function prepare(): Promise<{ token: string; statements: Record<string, number> }> {
  let counting = false;
  let statements = 0;
  const dataSource = await openStore({ entities, url: databaseUrl, onQuery: () => counting && statements++ });
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl });
  const logger = createLogger('silent');
  const { handler, services, stop } = await createApp({
    config,
    dataSource,
    logger,
    mailer: createMailer({ from: 'x', logger }),
  });
  const { account } = await services.accounts.ensureAccount({
    email: 'bench@example.com',
    password: 'bench password 1',
    role: Role.CUSTOMER,
  });
  for (let i = 0; i < SITE_COUNT; i++) {
    await services.sites.createSite(account, {
      domain: `site-${i}.bench.example`,
      aliases: [`www.site-${i}.bench.example`],
    });
  }
  const server = createServer(handler).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const post = async (body: string, token?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return (await response.json()) as { data: Record<string, never> };
  };
  const login = await post(
    JSON.stringify({ query: 'mutation { logIn(email: "bench@example.com", password: "bench password 1") { token } }' }),
  );
  const token = (login.data.logIn as unknown as { token: string }).token;
  const counts: Record<string, number> = {};
  for (const [name, body] of [
    ['me', ME],
    ['sites', SITES],
  ] as const) {
    statements = 0;
    counting = true;
    const result = await post(body, token);
    counting = false;
    if (name === 'sites' && (result.data.sites as unknown as unknown[]).length !== SITE_COUNT)
      throw new Error('sites query did not return every site');
    counts[name] = statements;
  }
  server.close();
  await stop();
  await dataSource.destroy();
  return { token, statements: counts };
}

function start(script: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(join(import.meta.dirname, script), {
    env: { ...process.env, ...env },
    execArgv: ['--import', 'tsx'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message: { port: number }) => resolve({ child, port: message.port }));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

try {
  const { token, statements } = await prepare();
  const bare = await start('bare-server.ts');
  // NODE_ENV=production as in a deployment: graphql-js skips its development-only checks.
  const api = await start('api-server.ts', { DATABASE_URL: databaseUrl, NODE_ENV: 'production' });
  const auth = { authorization: `Bearer ${token}` };
  const graphql = `http://127.0.0.1:${api.port}/graphql`;

  // Warm both up so JIT and caches are in the same state for every measurement.
  await runLoad({ url: `http://127.0.0.1:${bare.port}/`, concurrency: CONCURRENCY, seconds: 1 });
  await runLoad({ url: graphql, method: 'POST', body: ME, headers: auth, concurrency: CONCURRENCY, seconds: 1 });

  // The machine's speed drifts (shared cores); bare and `me` alternate over several
  // rounds and the round with the median ratio is reported, so both see the same machine.
  const bareLoad = () => runLoad({ url: `http://127.0.0.1:${bare.port}/`, concurrency: CONCURRENCY, seconds: SECONDS });
  const meLoad = () =>
    runLoad({
      url: graphql,
      method: 'POST',
      body: ME,
      headers: auth,
      concurrency: CONCURRENCY,
      seconds: SECONDS,
      check: (b) => b.includes('"me"'),
    });
  const rounds: Array<{ bare: LoadResult; me: LoadResult }> = [];
  for (let round = 0; round < ROUNDS; round++) rounds.push({ bare: await bareLoad(), me: await meLoad() });
  rounds.sort((a, b) => a.me.perSecond / a.bare.perSecond - b.me.perSecond / b.bare.perSecond);
  const median = rounds[Math.floor(rounds.length / 2)]!;
  const results: Array<[string, LoadResult, string]> = [];
  results.push(['bare node:http (fixed JSON)', median.bare, '-']);
  results.push(['me', median.me, String(statements.me)]);
  results.push([
    `sites (${SITE_COUNT} sites)`,
    await runLoad({
      url: graphql,
      method: 'POST',
      body: SITES,
      headers: auth,
      concurrency: CONCURRENCY,
      seconds: SECONDS,
      check: (b) => b.split('"domain"').length - 1 === SITE_COUNT,
    }),
    String(statements.sites),
  ]);
  for (const [index, round] of rounds.entries()) {
    console.log(
      `round ${index + 1}: bare ${round.bare.perSecond.toFixed(0)} req/s, me ${round.me.perSecond.toFixed(0)} req/s (${((round.me.perSecond / round.bare.perSecond) * 100).toFixed(1)}%), me p99 ${ms(round.me.p99)}`,
    );
  }
  bare.child.kill();
  api.child.kill();

  const baseline = results[0]![1].perSecond;
  console.log(
    `\n${CONCURRENCY} concurrent clients, ${SECONDS} s a run, median of ${ROUNDS} rounds, store: ${databaseUrl.split(':')[0]}\n`,
  );
  console.log(
    [
      'scenario'.padEnd(30),
      'req/s'.padStart(10),
      'p50'.padStart(10),
      'p99'.padStart(10),
      'vs bare'.padStart(9),
      'errors'.padStart(7),
      'SQL/req'.padStart(8),
    ].join(' '),
  );
  for (const [name, r, sql] of results) {
    console.log(
      [
        name.padEnd(30),
        r.perSecond.toFixed(0).padStart(10),
        ms(r.p50).padStart(10),
        ms(r.p99).padStart(10),
        `${((r.perSecond / baseline) * 100).toFixed(1)}%`.padStart(9),
        String(r.errors).padStart(7),
        sql.padStart(8),
      ].join(' '),
    );
  }
  const me = results[1]![1];
  console.log(
    `\ngoal: me >= 25% of bare with p99 < 20 ms -> ${((me.perSecond / baseline) * 100).toFixed(1)}%, p99 ${ms(me.p99)}; ` +
      `sites in one round trip with ${statements.sites} SQL statements for ${SITE_COUNT} sites (session lookup, sites, aliases batch)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
