import { existsSync, readdirSync, readFileSync, renameSync, rmSync, chownSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  DEFAULT_PHP_SETTINGS,
  sitePaths,
  type CommandArgs,
  type PhpSettings,
  type SitePaths,
} from '@elasticweb/protocol';
import { ensureDir, writeFileAtomic } from '../files.js';
import type { Outcome } from '../journal.js';
import { ensureAccountUser, isRoot, lookup, type Ids } from '../unix-accounts.js';
import { failed, succeeded, type ExecutorContext } from './context.js';

/** What the agent applied for a site, kept in the state folder. */
export interface AppliedSite {
  specVersion: number;
  account: string;
  domain: string;
  phpVersion: string;
}

export function appliedFile(context: ExecutorContext, siteId: string): string {
  return join(context.state.appliedDir, `${siteId}.json`);
}

export function readApplied(context: ExecutorContext, siteId: string): AppliedSite | null {
  const file = appliedFile(context, siteId);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as AppliedSite) : null;
}

const PLACEHOLDER = (domain: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${domain}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 15vh auto; padding: 0 1rem">
<h1>${domain} is ready</h1><p>Upload your site's files to replace this page.</p>
</body></html>
`;

/** The site's php-fpm pool: its own workers, running as the account's user, confined to its home. */
export function poolConfig(
  siteId: string,
  account: string,
  paths: SitePaths,
  nginxUser: string,
  php: PhpSettings = DEFAULT_PHP_SETTINGS,
): string {
  const user = isRoot()
    ? `user = ${account}\ngroup = ${account}\nlisten.owner = ${nginxUser}\nlisten.group = ${nginxUser}\n`
    : '';
  return [
    `; Site ${siteId}, written by elasticweb-agent`,
    `[${siteId}]`,
    `${user}listen = ${paths.fpmSocket}`,
    'listen.mode = 0660',
    'pm = ondemand',
    'pm.max_children = 10',
    'pm.process_idle_timeout = 30s',
    'pm.max_requests = 1000',
    `chdir = ${paths.siteRoot}`,
    'catch_workers_output = yes',
    // A script reaches only its own account's files and temporary folder.
    `php_admin_value[open_basedir] = ${paths.home}/:/usr/share/php/`,
    `php_admin_value[upload_tmp_dir] = ${paths.home}/tmp`,
    `php_admin_value[sys_temp_dir] = ${paths.home}/tmp`,
    `php_admin_value[session.save_path] = ${paths.home}/tmp`,
    'php_admin_value[cgi.fix_pathinfo] = 0',
    'php_admin_flag[opcache.enable] = on',
    // The customer's settings, within the bounds the API checked.
    `php_admin_value[memory_limit] = ${php.memoryLimitMb}M`,
    `php_admin_value[upload_max_filesize] = ${php.uploadMaxMb}M`,
    `php_admin_value[post_max_size] = ${php.uploadMaxMb + 8}M`,
    `php_admin_value[max_execution_time] = ${php.maxExecutionSeconds}`,
    `php_admin_flag[display_errors] = ${php.displayErrors ? 'on' : 'off'}`,
    `php_admin_value[date.timezone] = ${php.timezone}`,
    '',
  ].join('\n');
}

/** Waits until php-fpm has opened the pool's socket, so nginx does not answer 502 in between. */
async function waitForSocket(path: string, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(path)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/** Swaps a config file in, runs the server's own test, and puts the old one back when the test fails. */
async function swapChecked(
  file: string,
  text: string,
  test: () => Promise<{ ok: boolean; output: string }>,
): Promise<{ changed: boolean; refused?: string }> {
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (previous === text) return { changed: false };
  writeFileAtomic(file, text);
  const check = await test();
  if (check.ok) return { changed: true };
  if (previous === null) rmSync(file, { force: true });
  else writeFileAtomic(file, previous);
  return { changed: false, refused: check.output };
}

/** The account's Unix user and home, as every command about the account needs them. */
export function prepareHome(context: ExecutorContext, account: string, home: string): Ids {
  const ids = ensureAccountUser(account, home);
  // nginx's workers get in through the home's group; other accounts do not get in at all.
  const webGroup = isRoot() ? (lookup('group', context.config.nginx.user)?.gid ?? ids.gid) : ids.gid;
  // The folders above the homes are open to walk through; each home is closed.
  ensureDir(dirname(home), 0o755);
  ensureDir(home, 0o750, { uid: ids.uid, gid: webGroup });
  ensureDir(join(home, 'tmp'), 0o700, ids);
  // The account's apps listen here (apps/NAME.sock) for the paths nginx passes to them;
  // setgid, so each socket belongs to nginx's group, which may then connect to it.
  ensureDir(join(home, APPS_DIR), 0o2750, { uid: ids.uid, gid: webGroup });
  return ids;
}

/**
 * One htpasswd file per protected path (`INDEX.htpasswd`, as the vhost names them):
 * readable by nginx's group only, written whole; files of paths no longer protected go.
 * Returns whether anything changed.
 */
function writeHtpasswd(
  context: ExecutorContext,
  dir: string,
  files: NonNullable<CommandArgs<'site.apply'>['spec']['htpasswd']>,
): boolean {
  const webGroup = isRoot() ? lookup('group', context.config.nginx.user)?.gid : undefined;
  ensureDir(dir, 0o750, webGroup === undefined ? undefined : { uid: 0, gid: webGroup });
  let changed = false;
  const wanted = new Set<string>();
  for (const file of files) {
    const name = `${file.index}.htpasswd`;
    wanted.add(name);
    const text = file.users.map((user) => `${user.name}:${user.hash}\n`).join('');
    const path = join(dir, name);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    writeFileAtomic(path, text, 0o640);
    if (webGroup !== undefined) chownSync(path, 0, webGroup);
    changed = true;
  }
  for (const name of readdirSync(dir))
    if (name.endsWith('.htpasswd') && !wanted.has(name)) {
      rmSync(join(dir, name), { force: true });
      changed = true;
    }
  return changed;
}

/** Not a site: where the account's apps put their sockets. */
const APPS_DIR = 'apps';

function prepareFolders(context: ExecutorContext, account: string, paths: SitePaths, domain: string): Ids {
  const ids = prepareHome(context, account, paths.home);
  if (!existsSync(paths.siteRoot)) {
    ensureDir(paths.siteRoot, 0o755, ids);
    writeFileAtomic(join(paths.siteRoot, 'index.html'), PLACEHOLDER(domain));
    chownSync(join(paths.siteRoot, 'index.html'), ids.uid, ids.gid);
  }
  return ids;
}

/**
 * site.apply: makes the host match the site's spec — Unix user, folders, php-fpm pool,
 * vhost — changing only what differs. nginx and php-fpm check every new config before
 * it goes live; a refused one leaves the previous config serving.
 */
export async function applySite(context: ExecutorContext, args: CommandArgs<'site.apply'>): Promise<Outcome> {
  const { siteId, specVersion, spec } = args;
  const applied = readApplied(context, siteId);
  if (applied && specVersion < applied.specVersion)
    return succeeded({ ignored: true, appliedVersion: applied.specVersion });
  const domain = spec.domains[0]!;
  const paths = sitePaths(context.servers.layout(), spec.account, siteId, domain);
  if (applied && applied.domain !== domain) {
    // The primary name changed: the files move with it.
    const old = sitePaths(context.servers.layout(), applied.account, siteId, applied.domain);
    if (existsSync(old.siteRoot) && !existsSync(paths.siteRoot)) renameSync(old.siteRoot, paths.siteRoot);
  }
  if (!context.servers.phpFpm[spec.phpVersion])
    return failed(`PHP ${spec.phpVersion} is not installed on this host`, true);

  prepareFolders(context, spec.account, paths, domain);
  const changed: string[] = [];

  for (const version of Object.keys(context.servers.phpFpm)) {
    if (version !== spec.phpVersion && context.servers.remove(context.servers.poolFile(version, siteId))) {
      await context.servers.reloadFpm(version);
      changed.push(`php-fpm ${version} pool removed`);
    }
  }
  const pool = await swapChecked(
    context.servers.poolFile(spec.phpVersion, siteId),
    poolConfig(siteId, spec.account, paths, context.config.nginx.user, spec.php),
    () => context.servers.testFpm(spec.phpVersion),
  );
  if (pool.refused) return failed(`php-fpm refused the site's pool:\n${pool.refused}`, true);
  if (pool.changed || !existsSync(paths.fpmSocket)) {
    await context.servers.reloadFpm(spec.phpVersion);
    if (!(await waitForSocket(paths.fpmSocket)))
      return failed(`php-fpm ${spec.phpVersion} did not open the pool's socket ${paths.fpmSocket}`);
    changed.push('php-fpm pool');
  }

  if (writeHtpasswd(context, paths.htpasswdDir, spec.htpasswd ?? [])) changed.push('password-protected paths');
  const vhost = await swapChecked(context.servers.vhostFile(siteId), spec.vhost, () => context.servers.testNginx());
  if (vhost.refused)
    return failed(`nginx -t refused the new configuration; the previous one stays live:\n${vhost.refused}`, true);
  if (vhost.changed) {
    await context.servers.reloadNginx();
    changed.push('nginx vhost');
  }

  const record: AppliedSite = { specVersion, account: spec.account, domain, phpVersion: spec.phpVersion };
  writeFileAtomic(appliedFile(context, siteId), `${JSON.stringify(record)}\n`, 0o600);
  return succeeded({ specVersion, isBlocked: spec.isBlocked, changed });
}

/** Whether an account still has sites in its home (its temporary folder aside). */
export function hasSites(home: string): boolean {
  return (
    existsSync(home) && readdirSync(home).some((name) => name !== 'tmp' && name !== APPS_DIR && !name.startsWith('.'))
  );
}
