import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backoffMs } from './agent.js';
import { ConfigError, parseConfig } from './config.js';
import { pruneArchives } from './executors/site-delete.js';
import { Journal } from './journal.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ew-agent-unit-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the agent’s configuration', () => {
  it('needs only the state folder; everything else defaults to a production Debian host', () => {
    const config = parseConfig({ state: '/var/lib/elasticweb-agent' });
    expect(config).toMatchObject({
      prefix: '/',
      pollSeconds: 50,
      nginx: { manage: false, listen: ['80', '[::]:80'], user: 'www-data' },
      phpFpm: { manage: false },
    });
  });

  it('names the key that is wrong, and refuses keys it does not know', () => {
    expect(() => parseConfig({ state: '/s', nginx: { listen: ['80; include /etc/shadow'] } })).toThrow(
      /nginx\.listen\.0/,
    );
    expect(() => parseConfig({ state: '/s', prefx: '/tmp' })).toThrow(ConfigError);
    expect(() => parseConfig({})).toThrow(/state/);
  });
});

describe('backoff while the API is away', () => {
  it('grows with each failure, stays jittered, and never exceeds the maximum', () => {
    expect(backoffMs(1, 60, () => 0)).toBe(500);
    expect(backoffMs(1, 60, () => 1)).toBe(1000);
    expect(backoffMs(4, 60, () => 1)).toBe(8000);
    expect(backoffMs(30, 60, () => 1)).toBe(60_000);
    expect(backoffMs(30, 60, () => 0)).toBe(30_000);
  });
});

describe('the journal', () => {
  it('tells finished-but-unreported commands from interrupted ones', () => {
    const journal = new Journal(tempDir());
    journal.started('01a20000-0000-7000-8000-000000000001', 'site.apply', 1);
    journal.started('01a20000-0000-7000-8000-000000000002', 'site.apply', 1);
    journal.done('01a20000-0000-7000-8000-000000000002', { ok: true, result: '{}' });
    journal.started('01a20000-0000-7000-8000-000000000003', 'site.delete', 2);
    journal.done('01a20000-0000-7000-8000-000000000003', { ok: false, error: 'nginx -t failed' });
    journal.markReported('01a20000-0000-7000-8000-000000000003');
    expect(journal.interrupted().map((e) => e.commandId)).toEqual(['01a20000-0000-7000-8000-000000000001']);
    expect(journal.unreported().map((e) => e.commandId)).toEqual(['01a20000-0000-7000-8000-000000000002']);
  });

  it('refuses a command id that could name a path', () => {
    expect(() => new Journal(tempDir()).started('../../etc/passwd', 'site.apply', 1)).toThrow(/unusable/);
  });
});

describe('archived sites', () => {
  it('are kept 30 days, then removed', () => {
    const dir = tempDir();
    const day = 24 * 3600 * 1000;
    const now = Date.now();
    mkdirSync(join(dir, `01a20000-0000-7000-8000-000000000001-${now - 31 * day}`));
    mkdirSync(join(dir, `01a20000-0000-7000-8000-000000000002-${now - 29 * day}`));
    expect(pruneArchives(dir, now)).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([`01a20000-0000-7000-8000-000000000002-${now - 29 * day}`]);
  });
});
