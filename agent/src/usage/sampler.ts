import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UsageLine, UsageRecord } from '@elasticweb/protocol';
import { readAccessLogs } from './access-logs.js';
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
export interface SampleSources {
  procRoot?: string;
  /** The sites' access logs (`<site id>.log`). */
  logsDir?: string;
  /** The agent's records of applied sites, which name each site's account. */
  appliedDir?: string;
}

/** The account a site belongs to, from what the agent applied for it. */
function accountOfSite(appliedDir: string, siteId: string): string | null {
  const file = join(appliedDir, `${siteId}.json`);
  return existsSync(file) ? ((JSON.parse(readFileSync(file, 'utf8')) as { account?: string }).account ?? null) : null;
}

export function sampleOnce(spool: UsageSpool, now = Date.now(), sources: SampleSources = {}): UsageRecord | null {
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
  if (!previous) {
    spool.saveReadings(snapshot);
    return null;
  }
  const lines = [...usage.values()].map(lineOf);
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
  const record: UsageRecord = {
    start: new Date(previous.takenAt).toISOString(),
    end: new Date(now).toISOString(),
    lines,
  };
  spool.write(record, snapshot);
  return record;
}
