import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Periodic } from './periodic.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ew-periodic-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the agent’s schedule of periodic jobs', () => {
  it('runs every-loop jobs each time, once-per-start jobs once, and timed jobs when their interval has passed', async () => {
    let now = 1_000_000;
    const runs: string[] = [];
    const periodic = new Periodic(
      [
        { name: 'each', everyMs: 0, run: () => void runs.push('each') },
        { name: 'once', everyMs: Infinity, run: () => void runs.push('once') },
        { name: 'minute', everyMs: 60_000, run: () => void runs.push('minute') },
      ],
      tempDir(),
      () => now,
    );
    await periodic.runDue();
    now += 30_000;
    await periodic.runDue();
    now += 30_000;
    await periodic.runDue();
    expect(runs).toEqual(['each', 'once', 'minute', 'each', 'each', 'minute']);
  });

  it('tries a failed in-line job again at the next loop and lets the loop see the error', async () => {
    let attempts = 0;
    const periodic = new Periodic(
      [
        {
          name: 'host-info',
          everyMs: Infinity,
          run: () => {
            attempts += 1;
            if (attempts === 1) throw new Error('API away');
          },
        },
      ],
      tempDir(),
    );
    await expect(periodic.runDue()).rejects.toThrow('API away');
    await periodic.runDue();
    await periodic.runDue();
    expect(attempts).toBe(2);
  });

  it('never starts a background job twice at once, and remembers its last run across restarts', async () => {
    const dir = tempDir();
    let finish = () => {};
    let started = 0;
    const scan = {
      name: 'antivirus',
      everyMs: 3_600_000,
      background: true,
      persistent: true,
      run: () => {
        started += 1;
        return new Promise<void>((resolve) => (finish = resolve));
      },
    };
    const periodic = new Periodic([scan], dir);
    await periodic.runDue();
    await periodic.runDue();
    expect(started).toBe(1);
    finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(Number(readFileSync(join(dir, 'antivirus-last'), 'utf8'))).toBeGreaterThan(0);

    // A restart within the hour does not scan again; one after it does.
    await new Periodic([scan], dir).runDue();
    expect(started).toBe(1);
    await new Periodic([scan], dir, () => Date.now() + 3_600_000).runDue();
    expect(started).toBe(2);
  });
});
