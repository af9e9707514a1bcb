import { fork } from 'node:child_process';
import { join } from 'node:path';
import { runLoad } from './load.js';
const url = 'sqlite:/tmp/prof2.sqlite';
const child = fork(join(import.meta.dirname, 'api-server.ts'), {
  env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'production' },
  execArgv: ['--import', 'tsx'],
});
const port: number = await new Promise((r) => child.once('message', (m: any) => r(m.port)));
const r = await fetch(`http://127.0.0.1:${port}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: 'mutation { logIn(email: "p@example.com", password: "bench password 1") { token } }' }),
});
const token = ((await r.json()) as any).data.logIn.token;
for (const [name, q, auth] of [
  ['typename', '{ __typename }', false],
  ['typename+auth', '{ __typename }', true],
  ['me', '{ me { id email role language } }', true],
] as const) {
  await runLoad({
    url: `http://127.0.0.1:${port}/graphql`,
    method: 'POST',
    body: JSON.stringify({ query: q }),
    headers: auth ? { authorization: `Bearer ${token}` } : {},
    concurrency: 32,
    seconds: 1,
  });
  const res = await runLoad({
    url: `http://127.0.0.1:${port}/graphql`,
    method: 'POST',
    body: JSON.stringify({ query: q }),
    headers: auth ? { authorization: `Bearer ${token}` } : {},
    concurrency: 32,
    seconds: 3,
  });
  console.log(name, Math.round(res.perSecond), res.p50.toFixed(1), res.p99.toFixed(1));
}
const health = await runLoad({ url: `http://127.0.0.1:${port}/healthz`, concurrency: 32, seconds: 3 });
console.log('healthz', Math.round(health.perSecond), health.p50.toFixed(1), health.p99.toFixed(1));
child.kill('SIGINT');
