import { execFileSync, spawnSync } from 'node:child_process';

export interface Ids {
  uid: number;
  gid: number;
}

export const isRoot = () => process.getuid?.() === 0;

/** uid and gid of a user or group from the system's databases, or null. */
export function lookup(database: 'passwd' | 'group', name: string): Ids | null {
  const result = spawnSync('getent', [database, name], { encoding: 'utf8' });
  if (result.status !== 0) return null;
  const fields = result.stdout.trim().split(':');
  return database === 'passwd'
    ? { uid: Number(fields[2]), gid: Number(fields[3]) }
    : { uid: -1, gid: Number(fields[2]) };
}

/**
 * The account's Unix user, created when missing: named by the account's system name,
 * no login shell until the customer gets SSH, home at the account's folder. Without
 * root (a developer's demo) everything runs as the agent's own user.
 */
export function ensureAccountUser(name: string, home: string): Ids {
  if (!/^ew[a-z2-7]{8}$/.test(name)) throw new Error(`not an account name: ${name}`);
  if (!isRoot()) return { uid: process.getuid!(), gid: process.getgid!() };
  const existing = lookup('passwd', name);
  if (existing) return existing;
  execFileSync(
    'useradd',
    [
      '--home-dir',
      home,
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      '--user-group',
      '--comment',
      'Elasticweb account',
      name,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return lookup('passwd', name)!;
}

/** Removes the account's user (and its group) once it has no site left on this host. */
export function removeAccountUser(name: string): void {
  if (!isRoot() || !/^ew[a-z2-7]{8}$/.test(name) || !lookup('passwd', name)) return;
  execFileSync('userdel', [name], { stdio: ['ignore', 'pipe', 'pipe'] });
}
