import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { ProcessReading } from './accounting.js';

const PAGE_SIZE = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;
export const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

const field = (text: string, name: string) => {
  const at = text.indexOf(`${name}: `);
  return at < 0 ? 0 : Number.parseInt(text.slice(at + name.length + 2), 10) || 0;
};

/**
 * Reads every process synchronously — thousands of small files, where asynchronous
 * reads cost several times more — skipping processes that end while we look.
 */
export function readProcesses(root = '/proc'): ProcessReading[] {
  const readings: ProcessReading[] = [];
  for (const name of readdirSync(root)) {
    const code = name.charCodeAt(0);
    if (code < 48 || code > 57) continue;
    try {
      const stat = readFileSync(`${root}/${name}/stat`, 'latin1');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      // Fields after the command: state(3) ppid(4) … utime(14) stime(15) cutime(16) cstime(17) … starttime(22) vsize(23) rss(24)
      const rest = stat.slice(close + 2).split(' ');
      const num = (index: number) => Number(rest[index - 3]);
      const uid = statSync(`${root}/${name}`).uid;
      let io = '';
      try {
        io = readFileSync(`${root}/${name}/io`, 'latin1');
      } catch {
        // kernel threads and other users' processes without permission: no IO figures
      }
      let site: string | null = null;
      if (comm.startsWith('php-fpm')) {
        const cmdline = readFileSync(`${root}/${name}/cmdline`, 'latin1');
        site = /pool ([0-9a-f-]{36})/.exec(cmdline)?.[1] ?? null;
      }
      readings.push({
        pid: Number(name),
        start: num(22),
        ppid: num(4),
        uid,
        cpu: num(14) + num(15),
        children: num(16) + num(17),
        rssBytes: num(24) * PAGE_SIZE,
        readBytes: field(io, 'read_bytes'),
        writeBytes: field(io, 'write_bytes'),
        ops: field(io, 'syscr') + field(io, 'syscw'),
        site,
        isSshSession: comm === 'sshd' && uid !== 0,
      });
    } catch {
      // the process ended between readdir and read
    }
  }
  return readings;
}

/** Unix users that are accounts (`ew` + 8), by uid, from the passwd file. */
export function accountUsers(passwd = '/etc/passwd'): Map<number, string> {
  const users = new Map<number, string>();
  for (const line of readFileSync(passwd, 'utf8').split('\n')) {
    const [name, , uid] = line.split(':');
    if (name && /^ew[a-z2-7]{8}$/.test(name)) users.set(Number(uid), name);
  }
  return users;
}
