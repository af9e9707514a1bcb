/**
 * `/i18n/{lang}.json` for a language of 5,000 strings: the cold answer (first request
 * after start-up or after an edit), the cached answer, and a revalidation answered by
 * ETag. Prints times and response sizes. Goal: cached under 2 ms, revalidation with
 * no body.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/database/data-source.js';
import { entities } from '../src/app/entities.js';
import { TranslationsService, type Seed } from '../src/i18n/translations.service.js';
import { runLoad } from './load.js';

const STRINGS = 5_000;
const dir = mkdtempSync(join(tmpdir(), 'ew-i18n-bench-'));
const databaseUrl = `sqlite:${join(dir, 'bench.sqlite')}`;

function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; bytes: number; ms: number; etag: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, bytes, ms: performance.now() - t0, etag: String(res.headers.etag) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const p99 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.99)]!;

try {
  // A German of 5,000 strings, a tenth of them counting things, as a large panel would have.
  const strings: Seed = {};
  for (let i = 0; i < STRINGS; i++) {
    strings[`Source sentence number ${i} that a customer reads in the panel.`] =
      i % 10 === 0
        ? { one: `{{count}} Sache Nummer ${i}`, other: `{{count}} Sachen Nummer ${i}` }
        : `Quellsatz Nummer ${i}, den ein Kunde im Panel liest.`;
  }
  for (const key of Object.keys(strings).filter((_, i) => i % 10 === 0)) {
    const value = strings[key]!;
    delete strings[key];
    strings[`{{count}} ${key}`] = value;
  }
  const dataSource = await openStore({ entities, url: databaseUrl });
  await new TranslationsService(dataSource).seed({ de: { name: 'Deutsch', strings } });

  const child = fork(join(import.meta.dirname, 'api-server.ts'), {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' },
    execArgv: ['--import', 'tsx'],
  });
  const port: number = await new Promise((resolve) => child.once('message', (m: { port: number }) => resolve(m.port)));

  const cold: number[] = [];
  let first = await get(port, '/i18n/de.json');
  cold.push(first.ms);
  for (let i = 0; i < 4; i++) {
    // An edit elsewhere: the process notices within two seconds and rebuilds on the next request.
    await dataSource.query("UPDATE languages SET revision = revision + 1 WHERE code = 'de'");
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    first = await get(port, '/i18n/de.json');
    cold.push(first.ms);
  }

  // As a browser asks: with gzip accepted. The plain answer is measured too.
  const browser = { 'accept-encoding': 'gzip, deflate, br' };
  const cached: number[] = [];
  const plain: number[] = [];
  let body = 0;
  let plainBody = 0;
  for (let i = 0; i < 300; i++) {
    const answer = await get(port, '/i18n/de.json', browser);
    cached.push(answer.ms);
    body = answer.bytes;
    const uncompressed = await get(port, '/i18n/de.json');
    plain.push(uncompressed.ms);
    plainBody = uncompressed.bytes;
  }
  const revalidations: number[] = [];
  let revalidation = { status: 0, bytes: -1 };
  for (let i = 0; i < 300; i++) {
    const answer = await get(port, '/i18n/de.json', { ...browser, 'if-none-match': first.etag });
    revalidations.push(answer.ms);
    revalidation = answer;
  }
  const load = await runLoad({
    url: `http://127.0.0.1:${port}/i18n/de.json`,
    concurrency: 32,
    seconds: 3,
    headers: { ...browser, 'if-none-match': first.etag },
  });
  child.kill();
  await dataSource.destroy();

  console.log(
    `\n/i18n/de.json with ${STRINGS} strings (${(plainBody / 1024).toFixed(0)} KB of JSON, ${(body / 1024).toFixed(0)} KB gzip), one client unless noted\n`,
  );
  console.log(
    `cold (map built from the database)   median ${median(cold).toFixed(2)} ms   (${cold.map((v) => v.toFixed(1)).join(', ')})`,
  );
  console.log(
    `cached 200 OK, gzip                  median ${median(cached).toFixed(2)} ms   p99 ${p99(cached).toFixed(2)} ms   body ${body} bytes`,
  );
  console.log(
    `cached 200 OK, no compression        median ${median(plain).toFixed(2)} ms   p99 ${p99(plain).toFixed(2)} ms   body ${plainBody} bytes`,
  );
  console.log(
    `revalidation If-None-Match           median ${median(revalidations).toFixed(2)} ms   p99 ${p99(revalidations).toFixed(2)} ms   status ${revalidation.status}, body ${revalidation.bytes} bytes`,
  );
  console.log(
    `revalidation, 32 clients             ${load.perSecond.toFixed(0)} req/s   p50 ${load.p50.toFixed(2)} ms   p99 ${load.p99.toFixed(2)} ms`,
  );
  console.log(
    `\ngoal: cached under 2 ms -> ${median(cached).toFixed(2)} ms; revalidation sends no body -> ${revalidation.bytes} bytes`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
