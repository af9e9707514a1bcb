import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sitePaths, type CommandArgs } from '@elasticweb/protocol';
import type { Outcome } from '../journal.js';
import { isRoot, removeAccountUser } from '../unix-accounts.js';
import { failed, succeeded, type ExecutorContext } from './context.js';
import { appliedFile, hasSites, readApplied } from './site-apply.js';
import { accountInUse } from './account-apply.js';

/** Archived sites are kept this long, then removed. */
export const ARCHIVE_DAYS = 30;

/**
 * site.delete: the vhost and pool go, the files move to the archive for 30 days, and
 * the account's Unix user goes with its last site. Deleting what is already gone succeeds.
 */
export async function deleteSite(context: ExecutorContext, args: CommandArgs<'site.delete'>): Promise<Outcome> {
  const { siteId, account } = args;
  const applied = readApplied(context, siteId);
  const removed: string[] = [];
  if (context.servers.remove(context.servers.vhostFile(siteId))) {
    const check = await context.servers.testNginx();
    if (!check.ok) return failed(`nginx -t failed after removing the site's vhost:\n${check.output}`);
    await context.servers.reloadNginx();
    removed.push('nginx vhost');
  }
  for (const version of Object.keys(context.servers.phpFpm)) {
    if (context.servers.remove(context.servers.poolFile(version, siteId))) {
      await context.servers.reloadFpm(version);
      removed.push(`php-fpm ${version} pool`);
    }
  }
  const layout = context.servers.layout();
  const home = sitePaths(layout, account, siteId, 'x').home;
  if (applied) {
    const { siteRoot } = sitePaths(layout, account, siteId, applied.domain);
    if (existsSync(siteRoot)) {
      const archive = join(context.servers.paths.archiveDir, `${siteId}-${Date.now()}`);
      renameSync(siteRoot, archive);
      adoptArchive(archive);
      removed.push(`files archived to ${archive}`);
    }
    rmSync(appliedFile(context, siteId), { force: true });
  }
  if (!hasSites(home) && !accountInUse(context, account)) {
    rmSync(home, { recursive: true, force: true });
    removeAccountUser(account);
  }
  return succeeded({ removed });
}

/** Removes archives older than 30 days; run at start and daily. */
export function pruneArchives(archiveDir: string, now = Date.now()): string[] {
  if (!existsSync(archiveDir)) return [];
  const gone: string[] = [];
  for (const name of readdirSync(archiveDir)) {
    const stamp = Number(/-(\d{13})(?:\.sql\.gz)?$/.exec(name)?.[1]);
    if (stamp && now - stamp > ARCHIVE_DAYS * 24 * 3600 * 1000) {
      rmSync(join(archiveDir, name), { recursive: true, force: true });
      gone.push(name);
    }
  }
  return gone;
}

/** Archived files keep the removed user's numbers; root takes them so no future user inherits them. */
export function adoptArchive(path: string): void {
  if (isRoot() && existsSync(path)) spawnSync('chown', ['-R', 'root:root', path]);
}
