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
  };
}

export const HOST_INFO_FIELDS = 'os nginxVersion phpVersions cpuCores memoryMb diskGb layout';
