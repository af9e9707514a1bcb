import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTestCa } from './certificates.js';
import { freePort, waitFor } from './harness.js';

export const PEBBLE = '/usr/bin/pebble';
export const CHALLTESTSRV = '/usr/bin/pebble-challtestsrv';

/** Whether Debian's pebble is here; in CI its absence is a failure, not a skip. */
export function pebbleAvailable(): boolean {
  const ok = existsSync(PEBBLE) && existsSync(CHALLTESTSRV);
  if (!ok && process.env.CI === 'true')
    throw new Error(
      'CI=true but pebble is missing: run scripts/install-system-deps.sh as root (Debian package pebble)',
    );
  return ok;
}

export interface Pebble {
  directoryUrl: string;
  /** The CA of pebble's own HTTPS listener, for the agent's `acme.caFile`. */
  listenerCaFile: string;
  /** The root pebble signs certificates with (new on every start). */
  issuingRoot(): Promise<string>;
  /** Makes the mock DNS answer this name with another address (a domain that does not point to the host). */
  pointElsewhere(host: string, address: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Let's Encrypt's test server on loopback, as DESIGN.md's "Facts checked" describe:
 * its mock DNS answers every name with 127.0.0.1, and it validates HTTP-01 on
 * `httpPort`, where the agent's nginx listens.
 */
export async function startPebble(httpPort: number): Promise<Pebble> {
  const dir = mkdtempSync(join(tmpdir(), 'ew-pebble-'));
  const ca = makeTestCa(dir, 'pebble');
  writeFileSync(join(dir, 'leaf.pem'), ca.leaf.cert);
  writeFileSync(join(dir, 'leaf.key'), ca.leaf.key);
  const [dnsPort, dnsManagement, port, management] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
    freePort(),
  ]);
  writeFileSync(
    join(dir, 'pebble.json'),
    JSON.stringify({
      pebble: {
        listenAddress: `127.0.0.1:${port}`,
        managementListenAddress: `127.0.0.1:${management}`,
        certificate: join(dir, 'leaf.pem'),
        privateKey: join(dir, 'leaf.key'),
        httpPort,
        tlsPort: 0,
        ocspResponderURL: '',
        externalAccountBindingRequired: false,
      },
    }),
  );
  const children: ChildProcess[] = [];
  let log = '';
  const run = (binary: string, args: string[], env: Record<string, string> = {}) => {
    const child = spawn(binary, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
    children.push(child);
  };
  run(CHALLTESTSRV, [
    '-dns01',
    `127.0.0.1:${dnsPort}`,
    '-http01',
    '',
    '-https01',
    '',
    '-tlsalpn01',
    '',
    '-management',
    `127.0.0.1:${dnsManagement}`,
    '-defaultIPv4',
    '127.0.0.1',
    '-defaultIPv6',
    '',
  ]);
  run(PEBBLE, ['-config', join(dir, 'pebble.json'), '-dnsserver', `127.0.0.1:${dnsPort}`], {
    PEBBLE_VA_NOSLEEP: '1',
    PEBBLE_WFE_NONCEREJECT: '0',
  });
  const agent = new Agent({ ca: ca.cert });
  const get = (url: string) =>
    new Promise<string>((resolve, reject) => {
      request(url, { agent }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => (res.statusCode === 200 ? resolve(body) : reject(new Error(`${url}: ${res.statusCode}`))));
      })
        .on('error', reject)
        .end();
    });
  const directoryUrl = `https://127.0.0.1:${port}/dir`;
  await waitFor(`pebble to answer (${log})`, () => get(directoryUrl).then(() => true), 20_000);
  return {
    directoryUrl,
    listenerCaFile: ca.caFile,
    issuingRoot: () => get(`https://127.0.0.1:${management}/roots/0`),
    async pointElsewhere(host, address) {
      const response = await fetch(`http://127.0.0.1:${dnsManagement}/add-a`, {
        method: 'POST',
        body: JSON.stringify({ host, addresses: [address] }),
      });
      if (!response.ok) throw new Error(`challtestsrv add-a: ${response.status}`);
    },
    async close() {
      for (const child of children) child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
