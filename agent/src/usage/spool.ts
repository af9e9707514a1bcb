import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { UsageBatch, UsageRecord } from '@elasticweb/protocol';
import { writeFileAtomic } from '../files.js';
import type { Snapshot } from './accounting.js';

interface SpoolFile {
  batch: UsageBatch;
  /** The readings this record was computed against: the commit point of the interval. */
  snapshot: Snapshot;
}

/**
 * The on-disk buffer between the sampler and the API. Each interval is one file,
 * written atomically together with the readings it was measured against, so after a
 * crash the newest file or `last-readings.json` says exactly what was counted: no
 * interval is lost or counted twice. Files leave only when the API acknowledged them.
 *
 * Drop policy: above `capBytes` the oldest intervals are dropped first (and logged),
 * so a host cut off from the API for days keeps its most recent usage.
 */
export class UsageSpool {
  readonly dir: string;
  private readonly lastFile: string;

  constructor(
    stateDir: string,
    private readonly capBytes = 200 * 1024 * 1024,
  ) {
    this.dir = join(stateDir, 'usage-spool');
    this.lastFile = join(stateDir, 'usage-last-readings.json');
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
  }

  /** Commits an interval: the record with its readings, then the readings alone. */
  write(record: UsageRecord, snapshot: Snapshot): string {
    const batchId = randomUUID();
    const name = `${String(snapshot.takenAt).padStart(15, '0')}-${batchId}.json`;
    const file: SpoolFile = { batch: { batchId, records: [record] }, snapshot };
    writeFileAtomic(join(this.dir, name), JSON.stringify(file), 0o600);
    this.saveReadings(snapshot);
    return name;
  }

  /** The first readings, taken without a record (a baseline has nothing to report). */
  saveReadings(snapshot: Snapshot): void {
    writeFileAtomic(this.lastFile, JSON.stringify(snapshot), 0o600);
  }

  /** The readings of the last committed interval: the newer of the spool's newest file and the readings file. */
  lastReadings(): Snapshot | null {
    const saved = existsSync(this.lastFile) ? (JSON.parse(readFileSync(this.lastFile, 'utf8')) as Snapshot) : null;
    const newest = this.files().at(-1);
    const spooled = newest ? this.read(newest).snapshot : null;
    if (!spooled) return saved;
    return !saved || spooled.takenAt > saved.takenAt ? spooled : saved;
  }

  /** Files to send, oldest first; a file newer than the saved readings is still being committed. */
  pending(): string[] {
    const saved = existsSync(this.lastFile) ? (JSON.parse(readFileSync(this.lastFile, 'utf8')) as Snapshot).takenAt : 0;
    return this.files().filter((name) => Number(name.split('-')[0]) <= saved);
  }

  read(name: string): SpoolFile {
    return JSON.parse(readFileSync(join(this.dir, name), 'utf8')) as SpoolFile;
  }

  remove(name: string): void {
    rmSync(join(this.dir, name), { force: true });
  }

  /** Drops the oldest files above the cap; returns how many went. */
  enforceCap(): number {
    const files = this.files();
    let total = files.reduce((sum, name) => sum + statSync(join(this.dir, name)).size, 0);
    let dropped = 0;
    for (const name of files.slice(0, -1)) {
      if (total <= this.capBytes) break;
      total -= statSync(join(this.dir, name)).size;
      this.remove(name);
      dropped += 1;
    }
    return dropped;
  }

  private files(): string[] {
    return readdirSync(this.dir)
      .filter((name) => /^\d{15}-[0-9a-f-]{36}\.json$/.test(name))
      .sort();
  }
}
