/**
 * `npm run bench -w @elasticweb/api` (also alone: `npx tsx apps/api/bench/long-poll.bench.ts`):
 * 2,000 simulated agents against one API process on MariaDB, first long-polling
 * (`pendingCommands(waitSeconds: 50)`), then short-polling every 5 s as the baseline,
 * in the same run. For each: the API's memory and CPU while the agents are idle, the
 * requests it answered, and the pick-up latency (enqueue → delivered) of 1,000 commands
 * for random hosts.
 *
 * BENCH_AGENTS (2000), BENCH_COMMANDS (1000), BENCH_IDLE_SECONDS (55, one full long-poll cycle) change the sizes;
 * BENCH_DATABASE_URL or TEST_MYSQL_URL name the MariaDB server (a database of its own
 * is created and dropped); without one it runs on SQLite and says so.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';

const AGENTS = Number(process.env.BENCH_AGENTS ?? 2000);
const COMMANDS = Number(process.env.BENCH_COMMANDS ?? 1000);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 55);
const SHORT_POLL_SECONDS = 5;
const LONG_POLL_SECONDS = 50;
const POLL = 'query ($wait: Int) { pendingCommands(waitSeconds: $wait) { payload } }';
const REPORT = 'mutation ($input: CommandResultInput!) { reportCommandResult(input: $input) }';

async function createDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_MYSQL_URL;
  if (!server) {
    const dir = mkdtempSync(join(tmpdir(), 'ew-long-poll-'));
    console.log('no BENCH_DATABASE_URL or TEST_MYSQL_URL: running on SQLite, not MariaDB');
    return { url: `sqlite:${join(dir, 'bench.sqlite')}`, drop: async () => rmSync(dir, { recursive: true }) };
  }
  const name = `ew_bench_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection(server);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const connection = await createConnection(server);
      await connection.query(`DROP DATABASE \`${name}\``);
      await connection.end();
    },
  };
}

/** Talks to the forked API process over IPC. */
function ipc(child: ChildProcess) {
  let next = 0;
  const waiting = new Map<number, (value: never) => void>();
  child.on('message', (message: { id?: number }) => {
    if (message.id !== undefined) waiting.get(message.id)?.(message as never);
    waiting.delete(message.id!);
  });
  return <T>(message: Record<string, unknown>) =>
    new Promise<T>((resolve) => {
      const id = next++;
      waiting.set(id, resolve as (value: never) => void);
      child.send({ ...message, id });
    });
}

interface Stats {
  rss: number;
  cpuMs: number;
  requests: number;
}

interface PhaseResult {
  name: string;
  idleRssMb: number;
  idleCpuPercent: number;
  idleRequestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  delivered: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runPhase(
  name: string,
  port: number,
  hosts: Array<{ hostId: string; hostToken: string }>,
  ask: ReturnType<typeof ipc>,
  mode: 'long' | 'short',
): Promise<PhaseResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const delivered = new Map<string, number>();
  let running = true;
  const post = (token: string, body: string, timeoutMs: number) =>
    new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            'content-length': Buffer.byteLength(body),
          },
          timeout: timeoutMs,
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve(text));
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      req.end(body);
    });

  const loops = hosts.map(async ({ hostToken }, index) => {
    // Short polls are spread over the interval, as a fleet's clocks would spread them.
    if (mode === 'short') await sleep((index / hosts.length) * SHORT_POLL_SECONDS * 1000);
    while (running) {
      const started = Date.now();
      const wait = mode === 'long' ? LONG_POLL_SECONDS : 0;
      let text: string;
      try {
        text = await post(hostToken, JSON.stringify({ query: POLL, variables: { wait } }), (wait + 30) * 1000);
      } catch {
        await sleep(1000);
        continue;
      }
      const now = Date.now();
      const commands =
        (JSON.parse(text) as { data?: { pendingCommands: Array<{ payload: string }> } }).data?.pendingCommands ?? [];
      for (const command of commands) {
        const payload = JSON.parse(Buffer.from(command.payload, 'base64').toString()) as {
          commandId: string;
          attempt: number;
        };
        delivered.set(payload.commandId, now);
        await post(
          hostToken,
          JSON.stringify({
            query: REPORT,
            variables: { input: { commandId: payload.commandId, attempt: payload.attempt, ok: true } },
          }),
          30_000,
        );
      }
      if (mode === 'short') await sleep(Math.max(0, SHORT_POLL_SECONDS * 1000 - (Date.now() - started)));
    }
  });

  // Let every agent connect, then measure the idle fleet.
  await sleep(mode === 'long' ? 5000 : SHORT_POLL_SECONDS * 1000 + 1000);
  const before = await ask<Stats>({ kind: 'stats' });
  const t0 = Date.now();
  await sleep(IDLE_SECONDS * 1000);
  const after = await ask<Stats>({ kind: 'stats' });
  const elapsed = (Date.now() - t0) / 1000;

  const enqueued = new Map<string, number>();
  for (let i = 0; i < COMMANDS; i++) {
    const host = hosts[Math.floor(Math.random() * hosts.length)]!;
    const { commandId, at } = await ask<{ commandId: string; at: number }>({ kind: 'enqueue', hostId: host.hostId });
    enqueued.set(commandId, at);
    // About 100 commands a second, as a busy panel would queue them.
    if (i % 10 === 9) await sleep(100);
  }
  const deadline = Date.now() + (mode === 'long' ? 30_000 : (SHORT_POLL_SECONDS + 30) * 1000);
  while ([...enqueued.keys()].some((id) => !delivered.has(id)) && Date.now() < deadline) await sleep(100);
  running = false;
  agent.destroy();
  const latencies = [...enqueued].filter(([id]) => delivered.has(id)).map(([id, at]) => delivered.get(id)! - at);
  latencies.sort((a, b) => a - b);
  await Promise.race([Promise.allSettled(loops), sleep(2000)]);
  return {
    name,
    idleRssMb: after.rss / 1024 / 1024,
    idleCpuPercent: ((after.cpuMs - before.cpuMs) / (elapsed * 1000)) * 100,
    idleRequestsPerSecond: (after.requests - before.requests) / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    delivered: latencies.length,
  };
}

async function startApi(url: string) {
  const child = fork(join(import.meta.dirname, 'long-poll-server.ts'), {
    env: { ...process.env, DATABASE_URL: url },
    execArgv: ['--import', 'tsx'],
  });
  const ask = ipc(child);
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message: { port: number }) => resolve(message.port));
    child.once('exit', (code) => reject(new Error(`the API exited with ${code}`)));
  });
  return { child, ask, port };
}

const database = await createDatabase();
try {
  const seeding = await startApi(database.url);
  console.log(`enrolling ${AGENTS} hosts…`);
  const { hosts } = await seeding.ask<{ hosts: Array<{ hostId: string; hostToken: string }> }>({
    kind: 'seed',
    hosts: AGENTS,
  });
  seeding.child.kill();

  // Each phase gets a fresh API process, so neither inherits the other's heap.
  const results: PhaseResult[] = [];
  for (const [name, mode] of [
    [`long poll (wait ${LONG_POLL_SECONDS} s)`, 'long'],
    [`short poll (every ${SHORT_POLL_SECONDS} s)`, 'short'],
  ] as const) {
    const api = await startApi(database.url);
    console.log(`${name}: ${AGENTS} agents, ${IDLE_SECONDS} s idle, then ${COMMANDS} commands…`);
    results.push(await runPhase(name, api.port, hosts, api.ask, mode));
    api.child.kill();
  }

  const store = database.url.startsWith('sqlite') ? 'SQLite' : 'MariaDB';
  console.log(`\n${AGENTS} agents, one API process on ${store}, ${COMMANDS} commands for random hosts\n`);
  console.log(
    [
      'scenario'.padEnd(26),
      'idle RSS'.padStart(10),
      'idle CPU'.padStart(9),
      'req/s idle'.padStart(11),
      'p50'.padStart(9),
      'p99'.padStart(9),
      'max'.padStart(9),
      'delivered'.padStart(10),
    ].join(' '),
  );
  for (const r of results)
    console.log(
      [
        r.name.padEnd(26),
        `${r.idleRssMb.toFixed(0)} MB`.padStart(10),
        `${r.idleCpuPercent.toFixed(1)}%`.padStart(9),
        r.idleRequestsPerSecond.toFixed(1).padStart(11),
        `${r.p50} ms`.padStart(9),
        `${r.p99} ms`.padStart(9),
        `${r.max} ms`.padStart(9),
        `${r.delivered}/${COMMANDS}`.padStart(10),
      ].join(' '),
    );
  const [long, short] = results as [PhaseResult, PhaseResult];
  const fewer = short.idleRequestsPerSecond / long.idleRequestsPerSecond;
  console.log(
    `\ngoals: idle RSS < 300 MB -> ${long.idleRssMb.toFixed(0)} MB; pick-up p99 < 1000 ms -> ${long.p99} ms; ` +
      `>= 8x fewer requests than short polling -> ${fewer.toFixed(1)}x (short polling's pick-up p99: ${short.p99} ms)`,
  );
} finally {
  await database.drop();
}
