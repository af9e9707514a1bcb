import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { prefixRoot, sitePaths, type CommandArgs } from '@elasticweb/protocol';
import { ensureDir, writeFileAtomic } from '../files.js';
import type { Outcome } from '../journal.js';
import { isRoot, lookup } from '../unix-accounts.js';
import { succeeded, type ExecutorContext } from './context.js';
import { prepareHome } from './site-apply.js';

/** Members get SFTP and nothing else (the sshd drop-in below says so). */
export const SFTP_GROUP = 'elasticweb-sftp';

export const SSHD_DROP_IN = `# Written by elasticweb-agent. Accounts switched to "SFTP only" are in this group:
# they get file transfer and nothing else.
Match Group ${SFTP_GROUP}
    ForceCommand internal-sftp
    AllowTcpForwarding no
    X11Forwarding no
    PermitTunnel no
`;

/** Runs one scheduled job and keeps the end of its output and its exit code for the panel. */
const RUNNER = `#!/bin/sh
# Written by elasticweb-agent: runs one scheduled job, keeping its last output for the panel.
dir=$(dirname "$0")
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
cd "$(dirname "$(dirname "$dir")")" || exit 1
/bin/sh "$dir/$1.sh" > "$dir/$1.out.tmp" 2>&1
code=$?
tail -c 65536 "$dir/$1.out.tmp" > "$dir/$1.out"
rm -f "$dir/$1.out.tmp"
echo "$started $code" > "$dir/$1.status.tmp" && mv "$dir/$1.status.tmp" "$dir/$1.status"
`;

export function accountStateFile(context: ExecutorContext, account: string): string {
  return join(context.state.dir, 'accounts', `${account}.json`);
}

/** Whether the account has keys or jobs on this host, so its user must stay when its last site goes. */
export function accountInUse(context: ExecutorContext, account: string): boolean {
  const file = accountStateFile(context, account);
  if (!existsSync(file)) return false;
  const applied = JSON.parse(readFileSync(file, 'utf8')) as { keys: number; jobs: number };
  return applied.keys > 0 || applied.jobs > 0;
}

export function cronDir(home: string): string {
  return join(home, '.elasticweb', 'cron');
}

export function crontabFile(context: ExecutorContext, account: string): string {
  return `${prefixRoot(context.servers.layout())}/var/spool/cron/crontabs/${account}`;
}

/**
 * account.apply: the account's SSH keys, shell and scheduled jobs, all of them, so the
 * host ends up exactly as the panel says. Files are written atomically with the modes
 * sshd and cron insist on.
 */
export async function applyAccount(context: ExecutorContext, args: CommandArgs<'account.apply'>): Promise<Outcome> {
  const { account, specVersion, spec } = args;
  const stateFile = accountStateFile(context, account);
  const applied = existsSync(stateFile)
    ? (JSON.parse(readFileSync(stateFile, 'utf8')) as { specVersion: number })
    : null;
  if (applied && specVersion < applied.specVersion)
    return succeeded({ ignored: true, appliedVersion: applied.specVersion });

  const home = sitePaths(context.servers.layout(), account, 'x', 'x').home;
  const ids = prepareHome(context, account, home);

  // authorized_keys: sshd ignores it unless the folder is 700 and the file 600, both the user's.
  ensureDir(join(home, '.ssh'), 0o700, ids);
  const keysFile = join(home, '.ssh', 'authorized_keys');
  writeFileAtomic(
    keysFile,
    `# Managed by Elasticweb: add and remove keys in the panel; this file is rewritten.\n${spec.authorizedKeys.map((k) => `${k}\n`).join('')}`,
    0o600,
  );
  chownSync(keysFile, ids.uid, ids.gid);

  setShell(account, spec.shell);

  // Scheduled jobs: one script per job (the command verbatim, so no crontab escaping),
  // the runner that keeps its output, and the crontab that calls the runner.
  const dir = cronDir(home);
  ensureDir(join(home, '.elasticweb'), 0o700, ids);
  ensureDir(dir, 0o700, ids);
  writeFileAtomic(join(dir, 'run'), RUNNER, 0o700);
  chownSync(join(dir, 'run'), ids.uid, ids.gid);
  const wanted = new Set(spec.cronJobs.map((job) => job.id));
  for (const job of spec.cronJobs) {
    const script = join(dir, `${job.id}.sh`);
    writeFileAtomic(script, `${job.command}\n`, 0o700);
    chownSync(script, ids.uid, ids.gid);
  }
  for (const name of readdirSync(dir)) {
    const id = /^([0-9a-f-]{36})\.(sh|out|status)$/.exec(name)?.[1];
    if (id && !wanted.has(id)) rmSync(join(dir, name), { force: true });
  }
  const lines = spec.cronJobs
    .filter((job) => job.isEnabled)
    .map((job) => `${job.schedule} /bin/sh ${dir}/run ${job.id}\n`);
  const crontab = crontabFile(context, account);
  // Debian's spool is root:crontab 1730; create it like that only where it is missing.
  if (!existsSync(join(crontab, '..'))) ensureDir(join(crontab, '..'), 0o1730);
  writeFileAtomic(
    crontab,
    `# Managed by Elasticweb: edit scheduled jobs in the panel; this file is rewritten.\nSHELL=/bin/sh\n${lines.join('')}`,
    0o600,
  );
  chownSync(crontab, ids.uid, lookup('group', 'crontab')?.gid ?? ids.gid);

  writeFileAtomic(
    stateFile,
    `${JSON.stringify({ specVersion, keys: spec.authorizedKeys.length, jobs: spec.cronJobs.length })}\n`,
    0o600,
  );
  return succeeded({ specVersion, keys: spec.authorizedKeys.length, jobs: lines.length, shell: spec.shell });
}

/** Full shell: bash, outside the SFTP group. SFTP only: no login shell, in the group sshd confines. */
function setShell(account: string, shell: 'full' | 'sftp'): void {
  if (!isRoot()) return;
  if (!lookup('group', SFTP_GROUP)) execFileSync('groupadd', ['--system', SFTP_GROUP]);
  if (shell === 'full') {
    execFileSync('usermod', ['--shell', '/bin/bash', account]);
    const members = execFileSync('getent', ['group', SFTP_GROUP], { encoding: 'utf8' }).trim().split(':')[3] ?? '';
    if (members.split(',').includes(account))
      execFileSync('gpasswd', ['--delete', account, SFTP_GROUP], { stdio: 'ignore' });
  } else {
    execFileSync('usermod', ['--shell', '/usr/sbin/nologin', '--append', '--groups', SFTP_GROUP, account]);
  }
}

/** Writes the sshd drop-in for SFTP-only accounts where the host has sshd's config folder. */
export function writeSshdDropIn(prefix: string): boolean {
  const dir = `${prefix}/etc/ssh/sshd_config.d`;
  if (!existsSync(dir)) return false;
  const file = join(dir, 'elasticweb-sftp.conf');
  if (existsSync(file) && readFileSync(file, 'utf8') === SSHD_DROP_IN) return false;
  writeFileAtomic(file, SSHD_DROP_IN, 0o644);
  return true;
}

export interface CronRun {
  jobId: string;
  startedAt: string;
  exitCode: number;
  output: string;
}

/** Runs that finished since `since` (ms), read from the accounts' cron folders under `root/srv/www`. */
export function collectCronRuns(wwwDir: string, since: number): { runs: CronRun[]; newest: number } {
  const runs: CronRun[] = [];
  let newest = since;
  if (!existsSync(wwwDir)) return { runs, newest };
  for (const account of readdirSync(wwwDir)) {
    const dir = cronDir(join(wwwDir, account));
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const id = /^([0-9a-f-]{36})\.status$/.exec(name)?.[1];
      if (!id) continue;
      const path = join(dir, name);
      const mtime = Math.floor(statMs(path));
      if (mtime <= since) continue;
      const [startedAt = '', code = '1'] = readFileSync(path, 'utf8').trim().split(' ');
      const out = join(dir, `${id}.out`);
      runs.push({
        jobId: id,
        startedAt,
        exitCode: Number(code) || 0,
        output: existsSync(out) ? readFileSync(out, 'utf8') : '',
      });
      newest = Math.max(newest, mtime);
    }
  }
  return { runs, newest };
}

function statMs(path: string): number {
  return statSync(path).mtimeMs;
}
