import { spawnSync } from 'node:child_process';
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

function toolVersions(): Array<{ name: string; version: string }> {
  const found: Array<{ name: string; version: string }> = [];
  for (const [name, command, args, pattern] of TOOLS) {
    const result = spawnSync(command, args, {
      encoding: 'utf8',
      timeout: 5000,
      env: { ...process.env, COMPOSER_ALLOW_SUPERUSER: '1' },
    });
    const match = pattern.exec(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    const version = match?.slice(1).find(Boolean);
    if (result.status === 0 && version) found.push({ name, version });
  }
  return found;
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
export function collectHostInfo(nginxBinary: string, phpVersions: string[], layout: HostReportedLayout): HostInfo {
  const disk = statfsSync(existsSync(layout.prefix) ? layout.prefix : '/');
  return {
    os: osName(),
    nginxVersion: nginxVersion(nginxBinary),
    phpVersions: [...phpVersions].sort(),
    cpuCores: cpus().length,
    memoryMb: Math.floor(totalmem() / 1024 / 1024),
    diskGb: Math.max(1, Math.floor((disk.blocks * disk.bsize) / 1e9)),
    layout,
    tools: toolVersions(),
  };
}

export const HOST_INFO_FIELDS = 'os nginxVersion phpVersions cpuCores memoryMb diskGb layout tools';
