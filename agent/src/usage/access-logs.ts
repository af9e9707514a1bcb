import { closeSync, existsSync, openSync, readdirSync, readSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface LogPosition {
  inode: number;
  offset: number;
}

export interface SiteTraffic {
  requests: number;
  bytesOut: number;
  bytesIn: number;
}

/** Lines longer than this are not nginx's: skipped, never parsed. */
const MAX_LINE = 16 * 1024;
/** At most this much of one log is read per interval; the rest waits for the next. */
const MAX_READ = 64 * 1024 * 1024;

function readRange(file: string, from: number, to: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.max(0, to - from));
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, from + read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Adds up complete lines; returns how many bytes of `chunk` they took (a partial last line waits). */
function consume(chunk: Buffer, traffic: SiteTraffic): number {
  const end = chunk.lastIndexOf(10);
  if (end < 0) return chunk.length > MAX_LINE ? chunk.length : 0;
  let start = 0;
  while (start <= end) {
    const next = chunk.indexOf(10, start);
    const length = next - start;
    if (length > 0 && length <= MAX_LINE) {
      try {
        const entry = JSON.parse(chunk.toString('utf8', start, next)) as { out?: unknown; in?: unknown };
        if (typeof entry.out === 'number' && typeof entry.in === 'number') {
          traffic.requests += 1;
          traffic.bytesOut += entry.out;
          traffic.bytesIn += entry.in;
        }
      } catch {
        // not a line nginx wrote in our format: ignored
      }
    }
    start = next + 1;
  }
  return end + 1;
}

/**
 * Reads what the sites' access logs gained since the last positions, surviving
 * rotation: a log whose inode changed is finished in its rotated `.1` file first.
 * Returns the traffic per site (the file name is the site id) and the new positions.
 */
export function readAccessLogs(
  dir: string,
  positions: Record<string, LogPosition>,
): { traffic: Map<string, SiteTraffic>; positions: Record<string, LogPosition> } {
  const traffic = new Map<string, SiteTraffic>();
  const next: Record<string, LogPosition> = {};
  if (!existsSync(dir)) return { traffic, positions: next };
  for (const name of readdirSync(dir)) {
    const siteId = /^([0-9a-f-]{36})\.log$/.exec(name)?.[1];
    if (!siteId) continue;
    const file = join(dir, name);
    const totals: SiteTraffic = { requests: 0, bytesOut: 0, bytesIn: 0 };
    const saved = positions[siteId];
    const current = statSync(file);
    if (saved && saved.inode !== current.ino) {
      // Rotated since the last read: finish the old file where we left off.
      const rotated = `${file}.1`;
      if (existsSync(rotated) && statSync(rotated).ino === saved.inode) {
        const size = statSync(rotated).size;
        consume(readRange(rotated, saved.offset, Math.min(size, saved.offset + MAX_READ)), totals);
      }
    }
    let offset = saved && saved.inode === current.ino && current.size >= saved.offset ? saved.offset : 0;
    offset += consume(readRange(file, offset, Math.min(current.size, offset + MAX_READ)), totals);
    next[siteId] = { inode: current.ino, offset };
    if (totals.requests > 0) traffic.set(siteId, totals);
  }
  return { traffic, positions: next };
}

/** Renames logs above `limit` bytes to `.1`; the caller then has nginx reopen its logs. */
export function rotateLargeLogs(dir: string, limit = 64 * 1024 * 1024): number {
  if (!existsSync(dir)) return 0;
  let rotated = 0;
  for (const name of readdirSync(dir)) {
    if (!/^[0-9a-f-]{36}\.log$/.test(name)) continue;
    const file = join(dir, name);
    if (statSync(file).size > limit) {
      renameSync(file, `${file}.1`);
      rotated += 1;
    }
  }
  return rotated;
}
