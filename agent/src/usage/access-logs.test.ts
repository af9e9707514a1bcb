import { appendFileSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readAccessLogs, type LogPosition } from './access-logs.js';

const SITE = '01a20000-0000-7000-8000-0000000000aa';
const line = (out: number, inBytes = 100) => `{"t":1795700000.123,"status":200,"out":${out},"in":${inBytes}}\n`;
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('reading the sites’ access logs', () => {
  it('counts each complete line once, and leaves a half-written line for the next read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ew-logs-'));
    dirs.push(dir);
    const file = join(dir, `${SITE}.log`);
    writeFileSync(file, line(1000) + line(500) + '{"t":1,"status":200,"ou');
    let positions: Record<string, LogPosition> = {};
    const first = readAccessLogs(dir, positions);
    expect(first.traffic.get(SITE)).toEqual({ requests: 2, bytesOut: 1500, bytesIn: 200 });
    positions = first.positions;
    appendFileSync(file, 't":70,"in":5}\n');
    const second = readAccessLogs(dir, positions);
    expect(second.traffic.get(SITE)).toEqual({ requests: 1, bytesOut: 70, bytesIn: 5 });
    expect(readAccessLogs(dir, second.positions).traffic.size).toBe(0);
  });

  it('ignores broken and huge lines without losing the good ones around them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ew-logs-'));
    dirs.push(dir);
    writeFileSync(
      join(dir, `${SITE}.log`),
      line(10) +
        'not json at all\n' +
        `{"out":"1e9","in":1}\n` +
        `${'x'.repeat(100_000)}\n` +
        line(20) +
        '\n' +
        line(30),
    );
    expect(readAccessLogs(dir, {}).traffic.get(SITE)).toEqual({ requests: 3, bytesOut: 60, bytesIn: 300 });
  });

  it('survives rotation: the old file is finished, the new one read from its start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ew-logs-'));
    dirs.push(dir);
    const file = join(dir, `${SITE}.log`);
    writeFileSync(file, line(1));
    const first = readAccessLogs(dir, {});
    appendFileSync(file, line(2)); // written before nginx reopened its log
    renameSync(file, `${file}.1`);
    writeFileSync(file, line(4));
    const second = readAccessLogs(dir, first.positions);
    expect(second.traffic.get(SITE)).toEqual({ requests: 2, bytesOut: 6, bytesIn: 200 });
  });
});
