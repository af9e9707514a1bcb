import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statfsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { HostReportedLayout } from '@elasticweb/protocol';

export interface HostInfo {
  os: string;
  nginxVersion: string;
  phpVersions: string[];
  cpuCores: number;
  memoryMb: number;
  diskGb: number;
  layout: HostReportedLayout;
  /** The tools customers and provisioning care about, with the version each reports (absent ones left out). */
  tools: Array<{ name: string; version: string }>;
  /** The public half of the host's sealing key (base64 of 32 bytes): secrets in commands are sealed to it. */
  sealingKey?: string;
}

/** Each tool, how to ask its version, and where the version is in its answer. */
const TOOLS: Array<[string, string, string[], RegExp]> = [
  ['Git', 'git', ['--version'], /git version ([\w.]+)/],
  ['Composer', 'composer', ['--version', '--no-ansi'], /Composer (?:version )?([\w.]+)/],
  ['PHP', 'php', ['-v'], /PHP ([\d.]+)/],
  ['MariaDB', 'mariadb', ['--version'], /Distrib ([\d.]+)-MariaDB|([\d.]+)-MariaDB/],
  ['ClamAV', 'clamscan', ['--version'], /ClamAV ([\d.]+)/],
  ['nftables', 'nft', ['--version'], /nftables v([\d.]+)/],
  ['WP-CLI', 'wp', ['--version', '--allow-root'], /WP-CLI ([\d.]+)/],
  ['Drush', 'drush', ['--version'], /([\d]+\.[\d.]+)/],
];

/** Asks every tool at once, without holding up the agent's event loop (Composer alone takes a second). */
async function toolVersions(): Promise<Array<{ name: string; version: string }>> {
  const asked = await Promise.all(
    TOOLS.map(
      ([name, command, args, pattern]) =>
        new Promise<{ name: string; version: string } | null>((resolve) =>
          execFile(
            command,
            args,
            { encoding: 'utf8', timeout: 5000, env: { ...process.env, COMPOSER_ALLOW_SUPERUSER: '1' } },
            (error, stdout, stderr) => {
              const version = pattern.exec(`${stdout}${stderr}`)?.slice(1).find(Boolean);
              resolve(!error && version ? { name, version } : null);
            },
          ),
        ),
    ),
  );
  return asked.filter((tool) => tool !== null);
}

function osName(): string {
  if (!existsSync('/etc/os-release')) return `${process.platform}`;
  const text = readFileSync('/etc/os-release', 'utf8');
  return /^PRETTY_NAME="?([^"\n]+)"?/m.exec(text)?.[1] ?? 'Linux';
}

function nginxVersion(binary: string): string {
  const result = spawnSync(binary, ['-v'], { encoding: 'utf8' });
  return /nginx\/([\w.]+)/.exec(`${result.stderr}${result.stdout}`)?.[1] ?? 'unknown';
}

/** What the host reports about itself at enrollment and in host.info. */
export async function collectHostInfo(
  nginxBinary: string,
  phpVersions: string[],
  layout: HostReportedLayout,
  sealingKey?: string,
): Promise<HostInfo> {
  const disk = statfsSync(existsSync(layout.prefix) ? layout.prefix : '/');
  return {
    os: osName(),
    nginxVersion: nginxVersion(nginxBinary),
    phpVersions: [...phpVersions].sort(),
    cpuCores: cpus().length,
    memoryMb: Math.floor(totalmem() / 1024 / 1024),
    diskGb: Math.max(1, Math.floor((disk.blocks * disk.bsize) / 1e9)),
    layout,
    tools: await toolVersions(),
    ...(sealingKey ? { sealingKey } : {}),
  };
}

export const HOST_INFO_FIELDS = 'os nginxVersion phpVersions cpuCores memoryMb diskGb layout tools sealingKey';
