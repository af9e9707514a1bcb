/**
 * Turns two readings of /proc into what each account and site used in between — pure
 * arithmetic, no I/O, so it is tested exactly.
 *
 * A process is known by (pid, start time): a reused pid is a new process, never a
 * negative or doubled delta. A process's total T is its own CPU plus what its reaped
 * children used (utime+stime+cutime+cstime); its IO counters include reaped children
 * too. When a child vanishes, its parent's total jumps by the child's whole life, of
 * which the last reading already counted a part: that part is taken off the parent,
 * so each tick is counted once.
 */

export interface ProcessReading {
  pid: number;
  /** Start time in clock ticks since boot: with the pid, the process's identity. */
  start: number;
  ppid: number;
  uid: number;
  /** utime + stime, in clock ticks. */
  cpu: number;
  /** cutime + cstime: reaped children, in clock ticks. */
  children: number;
  rssBytes: number;
  readBytes: number;
  writeBytes: number;
  /** Read and write system calls. */
  ops: number;
  /** The site whose php-fpm pool this worker serves, if any. */
  site: string | null;
  /** The user side of an SSH session. */
  isSshSession: boolean;
}

/** What the last reading counted for a process, kept on disk between intervals. */
export interface Counted {
  total: number;
  read: number;
  write: number;
  ops: number;
  /** The parent as last seen (`pid:start`), which absorbs this process when it is reaped. */
  parent: string;
  subject: string;
}

export interface Snapshot {
  takenAt: number;
  processes: Record<string, Counted>;
  /** How far each site's access log was read, committed with the interval like the rest. */
  logs?: Record<string, { inode: number; offset: number }>;
  /** Accounts' cgroups (v2) as last read. */
  cgroups?: Record<string, { cpuMicros: number; readBytes: number; writeBytes: number; ops: number }>;
  /** MariaDB's per-user counters as last read. */
  mysql?: Record<string, { busySeconds: number; rowsRead: number; rowsWritten: number; bytes: number }>;
}

export interface SubjectUsage {
  account: string;
  site: string | null;
  cpuTicks: number;
  readBytes: number;
  writeBytes: number;
  ops: number;
  memoryBytes: number;
  processes: number;
  sshSessions: number;
}

export const subjectKey = (account: string, site: string | null) => `${account}/${site ?? ''}`;
const identity = (pid: number, start: number) => `${pid}:${start}`;

/**
 * `accountOf(uid)` names the account of a Unix user, or null for processes that are no
 * account's (root, nginx). Returns the usage per subject and the snapshot to keep.
 */
export function accountInterval(
  previous: Snapshot | null,
  readings: ProcessReading[],
  accountOf: (uid: number) => string | null,
  takenAt: number,
): { usage: Map<string, SubjectUsage>; snapshot: Snapshot } {
  const usage = new Map<string, SubjectUsage>();
  const subject = (account: string, site: string | null) => {
    const key = subjectKey(account, site);
    let entry = usage.get(key);
    if (!entry) {
      entry = {
        account,
        site,
        cpuTicks: 0,
        readBytes: 0,
        writeBytes: 0,
        ops: 0,
        memoryBytes: 0,
        processes: 0,
        sshSessions: 0,
      };
      usage.set(key, entry);
    }
    return entry;
  };
  const pidToIdentity = new Map(readings.map((r) => [r.pid, identity(r.pid, r.start)]));
  const snapshot: Snapshot = { takenAt, processes: {} };
  const alive = new Set<string>();

  for (const reading of readings) {
    const id = identity(reading.pid, reading.start);
    alive.add(id);
    const account = accountOf(reading.uid);
    if (!account) continue;
    const key = subjectKey(account, reading.site);
    const entry = subject(account, reading.site);
    const total = reading.cpu + reading.children;
    const before = previous?.processes[id];
    if (previous) {
      // A process born after the last reading counts from zero.
      entry.cpuTicks += Math.max(0, total - (before?.total ?? 0));
      entry.readBytes += Math.max(0, reading.readBytes - (before?.read ?? 0));
      entry.writeBytes += Math.max(0, reading.writeBytes - (before?.write ?? 0));
      entry.ops += Math.max(0, reading.ops - (before?.ops ?? 0));
    }
    entry.memoryBytes += reading.rssBytes;
    entry.processes += 1;
    if (reading.isSshSession) entry.sshSessions += 1;
    snapshot.processes[id] = {
      total,
      read: reading.readBytes,
      write: reading.writeBytes,
      ops: reading.ops,
      parent: pidToIdentity.get(reading.ppid) ?? `${reading.ppid}:?`,
      subject: key,
    };
  }

  // Children that vanished: their parent's totals now hold their whole life; take off what was counted.
  if (previous) {
    for (const [id, counted] of Object.entries(previous.processes)) {
      if (alive.has(id)) continue;
      const parent = snapshot.processes[counted.parent];
      if (!parent) continue; // reaped by someone else (init): its last moments are not ours to see
      const entry = usage.get(parent.subject);
      if (!entry) continue;
      entry.cpuTicks = Math.max(0, entry.cpuTicks - counted.total);
      entry.readBytes = Math.max(0, entry.readBytes - counted.read);
      entry.writeBytes = Math.max(0, entry.writeBytes - counted.write);
      entry.ops = Math.max(0, entry.ops - counted.ops);
    }
  }
  return { usage, snapshot };
}
