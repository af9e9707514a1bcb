import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UsageLine, UsageRecord } from '@elasticweb/protocol';
import { readAccessLogs } from './access-logs.js';
import { mysqlIntervals, type MysqlReading } from './mysql-stats.js';
import { accountCgroup, cgroupDelta, hasCgroupV2, readCgroup } from './cgroup-v2.js';
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
/** Figures other readers gathered for this interval (they are async; the sampler is not). */
export interface ExtraReadings {
  mysql?: MysqlReading | null;
  diskBytes?: ReadonlyMap<string, number>;
}

export interface SampleSources {
  procRoot?: string;
  /** The sites' access logs (`<site id>.log`). */
  logsDir?: string;
  /** The agent's records of applied sites, which name each site's account. */
  appliedDir?: string;
  /** Where the unified cgroup hierarchy is mounted; accounts with a cgroup are read from it. */
  cgroupRoot?: string;
}

/** The account a site belongs to, from what the agent applied for it. */
function accountOfSite(appliedDir: string, siteId: string): string | null {
  const file = join(appliedDir, `${siteId}.json`);
  return existsSync(file) ? ((JSON.parse(readFileSync(file, 'utf8')) as { account?: string }).account ?? null) : null;
}

export function sampleOnce(
  spool: UsageSpool,
  now = Date.now(),
  sources: SampleSources = {},
  extra: ExtraReadings = {},
): UsageRecord | null {
  const previous = spool.lastReadings();
  const users = accountUsers();
  const { usage, snapshot } = accountInterval(
    previous,
    readProcesses(sources.procRoot ?? '/proc'),
    (uid) => users.get(uid) ?? null,
    now,
  );
  const logs = sources.logsDir ? readAccessLogs(sources.logsDir, previous?.logs ?? {}) : null;
  if (logs) snapshot.logs = logs.positions;
  if (extra.mysql?.userstat) snapshot.mysql = extra.mysql.users;
  if (!previous) {
    spool.saveReadings(snapshot);
    return null;
  }
  // Accounts whose processes run in a cgroup of their own are read from it: exact, even for
  // processes that lived between two readings. Their /proc lines are left out, not added twice.
  const fromCgroup = new Map<string, UsageLine>();
  const cgroupRoot = sources.cgroupRoot ?? '/sys/fs/cgroup';
  if (hasCgroupV2(cgroupRoot)) {
    snapshot.cgroups = {};
    for (const account of new Set(users.values())) {
      const reading = readCgroup(accountCgroup(cgroupRoot, account));
      if (!reading) continue;
      snapshot.cgroups[account] = reading;
      const grew = cgroupDelta(previous?.cgroups?.[account], reading);
      fromCgroup.set(account, {
        account,
        site: null,
        source: 'cgroup',
        counters: {
          cpu_seconds: grew.cpuSeconds,
          io_read_bytes: grew.readBytes,
          io_write_bytes: grew.writeBytes,
          io_ops: grew.ops,
        },
        gauges: {
          memory_bytes: { avg: reading.memoryBytes, max: Math.max(reading.memoryBytes, reading.memoryPeak ?? 0) },
          processes: { avg: reading.processes, max: reading.processes },
        },
      });
    }
  }
  const lines = [...usage.values()].filter((u) => !fromCgroup.has(u.account)).map(lineOf);
  lines.push(...fromCgroup.values());
  for (const [siteId, traffic] of logs?.traffic ?? []) {
    const account = sources.appliedDir ? accountOfSite(sources.appliedDir, siteId) : null;
    if (!account) continue;
    lines.push({
      account,
      site: siteId,
      source: 'log',
      counters: { http_requests: traffic.requests, net_out_bytes: traffic.bytesOut, net_in_bytes: traffic.bytesIn },
      gauges: {},
    });
  }
  if (extra.mysql) {
    const activity = extra.mysql.userstat ? mysqlIntervals(previous.mysql, extra.mysql.users) : new Map();
    const sizes = new Map<string, number>();
    for (const [schema, bytes] of Object.entries(extra.mysql.schemas))
      sizes.set(schema.slice(0, 10), (sizes.get(schema.slice(0, 10)) ?? 0) + bytes);
    for (const account of new Set([...activity.keys(), ...sizes.keys()])) {
      const did = activity.get(account);
      lines.push({
        account,
        site: null,
        source: 'mysql',
        counters: did
          ? {
              mysql_busy_seconds: did.busySeconds,
              mysql_rows_read: did.rowsRead,
              mysql_rows_written: did.rowsWritten,
              mysql_bytes: did.bytes,
            }
          : {},
        gauges: sizes.has(account) ? { db_size_bytes: { avg: sizes.get(account)!, max: sizes.get(account)! } } : {},
      });
    }
  }
  for (const [account, bytes] of extra.diskBytes ?? [])
    lines.push({
      account,
      site: null,
      source: 'disk',
      counters: {},
      gauges: { disk_bytes: { avg: bytes, max: bytes } },
    });
  const record: UsageRecord = {
    start: new Date(previous.takenAt).toISOString(),
    end: new Date(now).toISOString(),
    lines,
  };
  spool.write(record, snapshot);
  return record;
}
