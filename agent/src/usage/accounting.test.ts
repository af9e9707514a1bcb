import { describe, expect, it } from 'vitest';
import { accountInterval, type ProcessReading, type Snapshot } from './accounting.js';

const reading = (overrides: Partial<ProcessReading> & Pick<ProcessReading, 'pid'>): ProcessReading => ({
  start: 1000,
  ppid: 1,
  uid: 2001,
  cpu: 0,
  children: 0,
  rssBytes: 0,
  readBytes: 0,
  writeBytes: 0,
  ops: 0,
  site: null,
  isSshSession: false,
  ...overrides,
});
const accountOf = (uid: number) => (uid === 2001 ? 'ewaaaaaaaa' : uid === 2002 ? 'ewbbbbbbbb' : null);
const step = (previous: Snapshot | null, readings: ProcessReading[]) =>
  accountInterval(previous, readings, accountOf, Date.now());

describe('usage from two readings of /proc', () => {
  it('counts what each process used since the last reading, per account and site', () => {
    const first = step(null, [reading({ pid: 10, cpu: 100 }), reading({ pid: 11, uid: 2002, cpu: 5, site: 's1' })]);
    expect(first.usage.get('ewaaaaaaaa/')!.cpuTicks).toBe(0); // the first reading is a baseline
    const second = step(first.snapshot, [
      reading({ pid: 10, cpu: 130, writeBytes: 4096, rssBytes: 1 << 20 }),
      reading({ pid: 11, uid: 2002, cpu: 25, site: 's1' }),
      reading({ pid: 12, uid: 0, cpu: 999 }), // root's: nobody's usage
    ]);
    expect(second.usage.get('ewaaaaaaaa/')).toMatchObject({
      cpuTicks: 30,
      writeBytes: 4096,
      memoryBytes: 1 << 20,
      processes: 1,
    });
    expect(second.usage.get('ewbbbbbbbb/s1')).toMatchObject({ cpuTicks: 20, site: 's1' });
    expect([...second.usage.keys()]).toHaveLength(2);
  });

  it('never goes negative or doubles when a pid is reused by a new process', () => {
    const first = step(null, [reading({ pid: 20, start: 500, cpu: 900 })]);
    const second = step(first.snapshot, [reading({ pid: 20, start: 777, cpu: 40 })]);
    // pid 20 is a new process: its 40 ticks count; the old one vanished with no parent to absorb it.
    expect(second.usage.get('ewaaaaaaaa/')!.cpuTicks).toBe(40);
  });

  it('counts a reaped child once: its last moments through the parent, nothing twice', () => {
    const first = step(null, [
      reading({ pid: 30, cpu: 10 }),
      reading({ pid: 31, ppid: 30, cpu: 50, writeBytes: 1000 }),
    ]);
    // The child used 20 more ticks and wrote 500 more bytes, then exited; the parent reaped it.
    const second = step(first.snapshot, [reading({ pid: 30, cpu: 15, children: 70, writeBytes: 1500 })]);
    expect(second.usage.get('ewaaaaaaaa/')).toMatchObject({ cpuTicks: 5 + 20, writeBytes: 500 });
  });

  it('counts a short-lived child that started and ended between readings through its parent', () => {
    const first = step(null, [reading({ pid: 40, cpu: 1 })]);
    const second = step(first.snapshot, [reading({ pid: 40, cpu: 1, children: 300 })]);
    expect(second.usage.get('ewaaaaaaaa/')!.cpuTicks).toBe(300);
  });

  it('counts SSH sessions and processes as gauges', () => {
    const result = step(null, [
      reading({ pid: 50, isSshSession: true }),
      reading({ pid: 51, ppid: 50 }),
      reading({ pid: 52, uid: 2002, isSshSession: true }),
    ]);
    expect(result.usage.get('ewaaaaaaaa/')).toMatchObject({ processes: 2, sshSessions: 1 });
    expect(result.usage.get('ewbbbbbbbb/')).toMatchObject({ processes: 1, sshSessions: 1 });
  });
});
