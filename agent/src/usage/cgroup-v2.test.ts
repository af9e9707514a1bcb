import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { accountCgroup, cgroupDelta, hasCgroupV2, readCgroup } from './cgroup-v2.js';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A cgroup v2 tree laid out as the kernel lays it out (files and formats from Documentation/admin-guide/cgroup-v2.rst). */
function fakeCgroup(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'ew-cgroup-'));
  roots.push(root);
  writeFileSync(join(root, 'cgroup.controllers'), 'cpuset cpu io memory hugetlb pids rdma misc\n');
  const dir = accountCgroup(root, 'ewaaaaaaaa');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'cgroup.procs'), '1234\n1240\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { root, dir };
}

describe('the cgroup v2 reader', () => {
  it('reads CPU, IO over every device, memory and processes as the kernel writes them', () => {
    const { root, dir } = fakeCgroup({
      'cpu.stat':
        'usage_usec 2503711\nuser_usec 2100000\nsystem_usec 403711\nnr_periods 0\nnr_throttled 0\nthrottled_usec 0\nnr_bursts 0\nburst_usec 0\n',
      'io.stat':
        '8:16 rbytes=1048576 wbytes=4194304 rios=256 wios=1024 dbytes=0 dios=0\n253:0 rbytes=2048 wbytes=0 rios=2 wios=0 dbytes=0 dios=0\n',
      'memory.current': '157286400\n',
      'memory.peak': '209715200\n',
      'pids.current': '7\n',
    });
    expect(hasCgroupV2(root)).toBe(true);
    expect(readCgroup(dir)).toEqual({
      cpuMicros: 2503711,
      readBytes: 1050624,
      writeBytes: 4194304,
      ops: 1282,
      memoryBytes: 157286400,
      memoryPeak: 209715200,
      processes: 7,
    });
  });

  it('turns counters into what grew, and starts over when the cgroup was made anew', () => {
    const { dir } = fakeCgroup({
      'cpu.stat': 'usage_usec 1000000\n',
      'io.stat': '',
      'memory.current': '0\n',
      'pids.current': '0\n',
    });
    const before = readCgroup(dir)!;
    writeFileSync(join(dir, 'cpu.stat'), 'usage_usec 3500000\n');
    expect(cgroupDelta(before, readCgroup(dir)!).cpuSeconds).toBe(2.5);
    writeFileSync(join(dir, 'cpu.stat'), 'usage_usec 200000\n');
    expect(cgroupDelta(before, readCgroup(dir)!).cpuSeconds).toBe(0.2);
    expect(readCgroup(join(dir, 'missing'))).toBeNull();
    expect(readCgroup(dir)!.memoryPeak).toBeNull(); // kernels before 6.8 have no memory.peak
  });
});
