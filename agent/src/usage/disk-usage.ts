import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Disk space per account, measured by `du` at the lowest IO and CPU priority, one
 * account at a time, so a host full of files never feels it. The last figures are
 * kept between walks and reported with every interval.
 */
export class DiskUsage {
  readonly bytes = new Map<string, number>();
  private walking = false;
  private lastWalk = 0;

  constructor(
    private readonly wwwDir: string,
    private readonly everyMs = 5 * 60 * 1000,
  ) {}

  /** Starts a walk when one is due and none is running; never waits for it. */
  refresh(now = Date.now()): void {
    if (this.walking || now - this.lastWalk < this.everyMs || !existsSync(this.wwwDir)) return;
    this.walking = true;
    this.lastWalk = now;
    void this.walk().finally(() => (this.walking = false));
  }

  private async walk(): Promise<void> {
    for (const account of readdirSync(this.wwwDir)) {
      if (!/^ew[a-z2-7]{8}$/.test(account)) continue;
      const bytes = await measure(join(this.wwwDir, account));
      if (bytes !== null) this.bytes.set(account, bytes);
    }
  }
}

function measure(path: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn('ionice', ['-c3', 'nice', '-n19', 'du', '-s', '-B1', '--one-file-system', path], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', () => resolve(null));
    child.on('close', () => {
      const bytes = Number(out.split(/\s/)[0]);
      resolve(Number.isFinite(bytes) && out ? bytes : null);
    });
  });
}
