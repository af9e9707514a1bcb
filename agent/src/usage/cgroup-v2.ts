import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Cumulative counters and current gauges of one cgroup (v2), as the kernel keeps them. */
export interface CgroupReading {
  cpuMicros: number;
  readBytes: number;
  writeBytes: number;
  ops: number;
  memoryBytes: number;
  /** memory.peak where the kernel has it (6.8+): the highest point since the cgroup was made. */
  memoryPeak: number | null;
  processes: number;
}

/** Whether the host runs the unified hierarchy (cgroup v2) at `root`. */
export function hasCgroupV2(root = '/sys/fs/cgroup'): boolean {
  return existsSync(join(root, 'cgroup.controllers'));
}

/** Where an account's cgroup lives: the slice the agent (or systemd) puts its processes in. */
export function accountCgroup(root: string, account: string): string {
  return join(root, 'elasticweb.slice', `elasticweb-${account}.slice`);
}

const keyed = (text: string, key: string) => Number(new RegExp(`(?:^|\\s)${key} (\\d+)`, 'm').exec(text)?.[1] ?? 0);

/**
 * Reads `cpu.stat` (usage_usec), `io.stat` (one line per device: rbytes= wbytes= rios= wios=),
 * `memory.current`, `memory.peak` and `pids.current`. Exact, including processes that
 * lived and died between two readings. Null when the cgroup does not exist.
 */
export function readCgroup(dir: string): CgroupReading | null {
  if (!existsSync(join(dir, 'cgroup.procs'))) return null;
  const read = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : '');
  let readBytes = 0;
  let writeBytes = 0;
  let ops = 0;
  for (const line of read('io.stat').split('\n')) {
    const field = (name: string) => Number(new RegExp(`\\b${name}=(\\d+)`).exec(line)?.[1] ?? 0);
    readBytes += field('rbytes');
    writeBytes += field('wbytes');
    ops += field('rios') + field('wios');
  }
  const peak = read('memory.peak').trim();
  return {
    cpuMicros: keyed(read('cpu.stat'), 'usage_usec'),
    readBytes,
    writeBytes,
    ops,
    memoryBytes: Number(read('memory.current').trim() || 0),
    memoryPeak: peak ? Number(peak) : null,
    processes: Number(read('pids.current').trim() || 0),
  };
}

/** The growth of a cgroup's counters between two readings; a recreated cgroup counts from zero. */
export function cgroupDelta(
  before: Pick<CgroupReading, 'cpuMicros' | 'readBytes' | 'writeBytes' | 'ops'> | undefined,
  now: CgroupReading,
) {
  const grow = (a: number, b: number | undefined) => (b === undefined || a < b ? a : a - b);
  return {
    cpuSeconds: grow(now.cpuMicros, before?.cpuMicros) / 1e6,
    readBytes: grow(now.readBytes, before?.readBytes),
    writeBytes: grow(now.writeBytes, before?.writeBytes),
    ops: grow(now.ops, before?.ops),
  };
}
