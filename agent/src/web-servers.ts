import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ACCESS_LOG_FORMAT, prefixRoot, type HostReportedLayout } from '@elasticweb/protocol';
import type { AgentConfig } from './config.js';
import { ensureDir, writeFileAtomic } from './files.js';
import type { Logger } from './log.js';
import { isRoot } from './unix-accounts.js';

const run = promisify(execFile);

export interface CheckResult {
  ok: boolean;
  output: string;
}

/** Where the agent keeps what it manages, below the configured prefix. */
export function agentPaths(config: AgentConfig) {
  const root = prefixRoot(config);
  return {
    root,
    nginxDir: config.nginx.manage ? `${root}/etc/elasticweb/nginx` : `${root}/etc/nginx`,
    vhostDir: config.nginx.manage ? `${root}/etc/elasticweb/nginx/sites` : `${root}/etc/nginx/sites-enabled`,
    phpDir: (version: string) =>
      config.phpFpm.manage ? `${root}/etc/elasticweb/php/${version}` : `${root}/etc/php/${version}/fpm`,
    runDir: `${root}/run/elasticweb`,
    socketDir: `${root}/run/elasticweb/php`,
    logDir: `${root}/var/log/elasticweb`,
    acmeRoot: `${root}/var/lib/elasticweb/acme`,
    archiveDir: `${root}/var/lib/elasticweb/archive`,
    pagesDir: `${root}/usr/share/elasticweb`,
  };
}

const SUSPENDED_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Site suspended</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 15vh auto; padding: 0 1rem; color: #1f2937">
<h1>This site is suspended</h1>
<p>The owner of this site has been told why. Its files are safe, and it comes back as soon as the account is in order.</p>
<p lang="ru">Сайт приостановлен. Владелец сайта знает причину; файлы сохранены, и сайт заработает, как только с аккаунтом всё будет в порядке.</p>
</body></html>
`;

const MAINTENANCE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Back soon</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 15vh auto; padding: 0 1rem; color: #1f2937">
<h1>Back soon</h1><p>This site is being worked on and will be back shortly.</p>
<p lang="ru">На сайте идут работы, он скоро вернётся.</p>
</body></html>
`;

/** Installed php-fpm binaries by version: `/usr/sbin/php-fpm8.2` → `8.2`. */
export function findPhpFpm(dir = '/usr/sbin'): Record<string, string> {
  const found: Record<string, string> = {};
  if (!existsSync(dir)) return found;
  for (const name of readdirSync(dir)) {
    const match = /^php-fpm(\d\.\d)$/.exec(name);
    if (match) found[match[1]!] = join(dir, name);
  }
  return found;
}

function processAlive(pidFile: string): boolean {
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The processes whose parent is `pid` (nginx's workers), from /proc. */
function childrenOf(pid: number): number[] {
  if (!pid) return [];
  const children: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 is the parent pid; the command name in field 2 may hold spaces, so split after its ")".
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) children.push(Number(name));
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

async function runChecked(file: string, args: string[]): Promise<CheckResult> {
  try {
    const { stdout, stderr } = await run(file, args, { timeout: 60_000 });
    return { ok: true, output: `${stdout}${stderr}`.trim() };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}`.trim() || failed.message };
  }
}

/**
 * nginx and php-fpm as the agent drives them. With `manage: true` (tests, the local
 * demo) the agent runs masters of its own under the prefix; otherwise it writes into
 * Debian's folders and reloads the system's services.
 */
export class WebServers {
  readonly paths: ReturnType<typeof agentPaths>;
  readonly phpFpm: Record<string, string>;

  constructor(
    private readonly config: AgentConfig,
    private readonly logger: Logger,
  ) {
    this.paths = agentPaths(config);
    this.phpFpm = config.phpFpm.binaries ?? findPhpFpm();
  }

  layout(): HostReportedLayout {
    return {
      prefix: this.config.prefix,
      listen: this.config.nginx.listen,
      listenTls: this.config.nginx.listenTls,
      phpFpmSocketDir: this.paths.socketDir,
      acmeRoot: this.paths.acmeRoot,
      certificates: this.config.acme.enabled,
    };
  }

  vhostFile(siteId: string): string {
    return join(this.paths.vhostDir, `elasticweb-${siteId}.conf`);
  }

  poolFile(version: string, siteId: string): string {
    return join(this.paths.phpDir(version), 'pool.d', `elasticweb-${siteId}.conf`);
  }

  /** Folders, the shared pages and (when managed) the masters' configs; starts managed masters not running yet. */
  async start(): Promise<void> {
    const p = this.paths;
    for (const dir of [p.runDir, p.logDir, `${p.logDir}/sites`, p.archiveDir, p.vhostDir]) ensureDir(dir, 0o755);
    // The format every vhost's access log uses; the system's nginx reads conf.d inside its http block.
    if (!this.config.nginx.manage)
      writeFileAtomic(`${p.nginxDir}/conf.d/elasticweb-log-format.conf`, `${ACCESS_LOG_FORMAT}\n`);
    // Readable by nginx's workers: the challenge files and the shared pages.
    for (const dir of [p.socketDir, p.acmeRoot, `${p.pagesDir}/suspended`, `${p.pagesDir}/maintenance`])
      ensureDir(dir, 0o755);
    writeFileAtomic(`${p.pagesDir}/suspended/maintenance.html`, SUSPENDED_PAGE);
    writeFileAtomic(`${p.pagesDir}/maintenance/maintenance.html`, MAINTENANCE_PAGE);
    for (const version of Object.keys(this.phpFpm)) ensureDir(join(p.phpDir(version), 'pool.d'), 0o755);
    if (this.config.nginx.manage) await this.startNginx();
    if (this.config.phpFpm.manage) for (const version of Object.keys(this.phpFpm)) await this.startFpm(version);
  }

  async testNginx(): Promise<CheckResult> {
    return runChecked(this.config.nginx.binary, [...this.nginxArgs(), '-t', '-q']);
  }

  /**
   * Reloads nginx and returns once the old workers are gone, so what the agent reports
   * as applied is what visitors get.
   */
  async reloadNginx(): Promise<void> {
    const pidFile = this.config.nginx.manage ? this.nginxPid() : `${this.paths.root}/run/nginx.pid`;
    if (this.config.nginx.manage && !processAlive(pidFile)) return this.startNginx();
    const master = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : 0;
    const before = childrenOf(master);
    if (this.config.nginx.manage) {
      const result = await runChecked(this.config.nginx.binary, [...this.nginxArgs(), '-s', 'reload']);
      if (!result.ok) throw new Error(`nginx reload failed: ${result.output}`);
    } else {
      await this.systemctlReload('nginx');
    }
    if (!master) return;
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const now = childrenOf(master);
      if (now.some((pid) => !before.includes(pid)) && !now.some((pid) => before.includes(pid))) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    this.logger.warn('nginx workers from before the reload are still running', { master });
  }

  /** nginx opens its log files again (after the agent moved full ones aside). */
  async reopenLogs(): Promise<void> {
    if (this.config.nginx.manage) {
      const result = await runChecked(this.config.nginx.binary, [...this.nginxArgs(), '-s', 'reopen']);
      if (!result.ok) throw new Error(result.output);
      return;
    }
    const result = spawnSync('systemctl', ['kill', '--signal=USR1', 'nginx'], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr || 'systemctl kill failed');
  }

  async testFpm(version: string): Promise<CheckResult> {
    const binary = this.fpmBinary(version);
    return runChecked(binary, this.config.phpFpm.manage ? ['-t', '-y', this.fpmConfig(version)] : ['-t']);
  }

  async reloadFpm(version: string): Promise<void> {
    if (this.config.phpFpm.manage) {
      const pidFile = this.fpmPid(version);
      if (!processAlive(pidFile)) return this.startFpm(version);
      // SIGUSR2: php-fpm re-reads its configuration and restarts its workers gracefully.
      process.kill(Number(readFileSync(pidFile, 'utf8').trim()), 'SIGUSR2');
      return;
    }
    await this.systemctlReload(`php${version}-fpm`);
  }

  /** Stops the managed masters (the system's services are left alone). */
  async stop(): Promise<void> {
    if (this.config.nginx.manage && processAlive(this.nginxPid()))
      await runChecked(this.config.nginx.binary, [...this.nginxArgs(), '-s', 'quit']);
    if (this.config.phpFpm.manage)
      for (const version of Object.keys(this.phpFpm)) {
        const pidFile = this.fpmPid(version);
        if (processAlive(pidFile)) process.kill(Number(readFileSync(pidFile, 'utf8').trim()), 'SIGQUIT');
      }
  }

  fpmBinary(version: string): string {
    const binary = this.phpFpm[version];
    if (!binary) throw new Error(`PHP ${version} is not installed on this host`);
    return binary;
  }

  private nginxArgs(): string[] {
    return this.config.nginx.manage ? ['-p', this.paths.nginxDir, '-c', join(this.paths.nginxDir, 'nginx.conf')] : [];
  }

  private nginxPid(): string {
    return join(this.paths.runDir, 'nginx.pid');
  }

  private fpmConfig(version: string): string {
    return join(this.paths.phpDir(version), 'php-fpm.conf');
  }

  private fpmPid(version: string): string {
    return join(this.paths.runDir, `php-fpm-${version}.pid`);
  }

  private async startNginx(): Promise<void> {
    const p = this.paths;
    for (const file of ['fastcgi_params', 'mime.types']) copyFileSync(join('/etc/nginx', file), join(p.nginxDir, file));
    const temp = join(p.runDir, 'nginx-temp');
    ensureDir(temp, 0o755);
    const user = isRoot() ? `user ${this.config.nginx.user};\n` : '';
    writeFileAtomic(
      join(p.nginxDir, 'nginx.conf'),
      `# Written by elasticweb-agent (managed mode); sites are in sites/.\n${user}worker_processes 1;\npid ${this.nginxPid()};\n` +
        `error_log ${p.logDir}/nginx-error.log;\nevents {}\nhttp {\n    include mime.types;\n    default_type application/octet-stream;\n` +
        `    access_log ${p.logDir}/nginx-access.log;\n    server_names_hash_bucket_size 128;\n    server_tokens off;\n    ${ACCESS_LOG_FORMAT}\n` +
        ['client_body', 'fastcgi', 'proxy', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${temp}/${t};\n`).join('') +
        `    include sites/*.conf;\n` +
        // Requests for names no site has get nothing, rather than some customer's site.
        `    server {\n${this.config.nginx.listen.map((a) => `        listen ${a} default_server;\n`).join('')}        server_name _;\n        return 444;\n    }\n}\n`,
    );
    if (processAlive(this.nginxPid())) return; // survived an agent restart: keep serving
    const result = await runChecked(this.config.nginx.binary, this.nginxArgs());
    if (!result.ok) throw new Error(`nginx did not start: ${result.output}`);
    this.logger.info('nginx started', { prefix: p.nginxDir });
  }

  private async startFpm(version: string): Promise<void> {
    const dir = this.paths.phpDir(version);
    writeFileAtomic(
      this.fpmConfig(version),
      `; Written by elasticweb-agent (managed mode); one pool per site in pool.d/.\n[global]\npid = ${this.fpmPid(version)}\n` +
        `error_log = ${this.paths.logDir}/php-fpm-${version}.log\ndaemonize = yes\ninclude = ${dir}/pool.d/*.conf\n`,
    );
    // php-fpm refuses to start without a pool: a sleeping one keeps it company.
    const idleUser = isRoot() ? `user = ${this.config.nginx.user}\ngroup = ${this.config.nginx.user}\n` : '';
    writeFileAtomic(
      join(dir, 'pool.d', '00-idle.conf'),
      `[elasticweb-idle]\n${idleUser}listen = ${this.paths.runDir}/php-${version}-idle.sock\npm = ondemand\npm.max_children = 1\n`,
    );
    if (processAlive(this.fpmPid(version))) return;
    const result = await runChecked(this.fpmBinary(version), ['-y', this.fpmConfig(version)]);
    if (!result.ok) throw new Error(`php-fpm ${version} did not start: ${result.output}`);
    this.logger.info('php-fpm started', { version });
  }

  private async systemctlReload(unit: string): Promise<void> {
    const result = spawnSync('systemctl', ['reload', unit], { encoding: 'utf8' });
    if (result.status !== 0)
      throw new Error(`systemctl reload ${unit} failed: ${result.stderr || result.error?.message}`);
  }

  /** Removes a file the agent wrote (vhost, pool) if it is there. */
  remove(path: string): boolean {
    if (!existsSync(path)) return false;
    rmSync(path, { force: true });
    return true;
  }
}
