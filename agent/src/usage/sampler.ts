import type { UsageLine, UsageRecord } from '@elasticweb/protocol';
import { accountInterval, type SubjectUsage } from './accounting.js';
import { accountUsers, CLOCK_TICKS, readProcesses } from './proc-reader.js';
import type { UsageSpool } from './spool.js';

const gauge = (value: number) => ({ avg: value, max: value });

/** One subject's usage as a line of the batch, with DESIGN.md's metric ids. */
export function lineOf(usage: SubjectUsage): UsageLine {
  return {
    account: usage.account,
    site: usage.site,
    source: 'proc',
    counters: {
      cpu_seconds: usage.cpuTicks / CLOCK_TICKS,
      io_read_bytes: usage.readBytes,
      io_write_bytes: usage.writeBytes,
      io_ops: usage.ops,
    },
    gauges: {
      memory_bytes: gauge(usage.memoryBytes),
      processes: gauge(usage.processes),
      ssh_sessions: gauge(usage.sshSessions),
    },
  };
}

/**
 * Takes one reading of every process and commits the interval since the last one to
 * the spool. The first reading after a fresh install is only a baseline.
 */
export function sampleOnce(spool: UsageSpool, now = Date.now(), procRoot = '/proc'): UsageRecord | null {
  const previous = spool.lastReadings();
  const users = accountUsers();
  const { usage, snapshot } = accountInterval(previous, readProcesses(procRoot), (uid) => users.get(uid) ?? null, now);
  if (!previous) {
    spool.saveReadings(snapshot);
    return null;
  }
  const record: UsageRecord = {
    start: new Date(previous.takenAt).toISOString(),
    end: new Date(now).toISOString(),
    lines: [...usage.values()].map(lineOf),
  };
  spool.write(record, snapshot);
  return record;
}
