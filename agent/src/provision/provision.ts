import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ApiClient } from '../api-client.js';
import { applyWithRollback, checkRules, firewallRules, hostNft, type NftRunner } from './firewall.js';

/** What a host needs from Debian: the web stack, the database, the tools customers expect, antivirus and firewall. */
export const PACKAGES = [
  'nginx',
  'php8.2-fpm',
  'php8.2-cli',
  'php8.2-opcache',
  'php8.2-mysql',
  'php8.2-xml',
  'php8.2-mbstring',
  'php8.2-intl',
  'php8.2-curl',
  'php8.2-gd',
  'php8.2-zip',
  'mariadb-server',
  'mariadb-client',
  'git',
  'composer',
  'unzip',
  'clamav',
  'nftables',
];

/**
 * Tools that Debian does not package, fetched at a pinned version and installed only
 * when the file's SHA-512 equals the pinned one. The checksums come from the projects'
 * own release pages (README, "Provisioning a host"); without one the step refuses.
 */
export interface PinnedDownload {
  name: string;
  version: string;
  url: string;
  sha512: string | null;
  target: string;
}

export const DEFAULT_DOWNLOADS = (root: string): PinnedDownload[] => [
  {
    name: 'WP-CLI',
    version: '2.11.0',
    url: 'https://github.com/wp-cli/wp-cli/releases/download/v2.11.0/wp-cli-2.11.0.phar',
    sha512: process.env.ELASTICWEB_WPCLI_SHA512 ?? null,
    target: `${root}/usr/local/bin/wp`,
  },
  {
    name: 'Drush',
    version: '8.4.12',
    url: 'https://github.com/drush-ops/drush/releases/download/8.4.12/drush.phar',
    sha512: process.env.ELASTICWEB_DRUSH_SHA512 ?? null,
    target: `${root}/usr/local/bin/drush`,
  },
];

const SERVICES = ['nginx', 'php8.2-fpm', 'mariadb', 'nftables', 'clamav-freshclam', 'elasticweb-agent'];

export const OPCACHE_INI = `; Written by elasticweb-agent provision: OPcache for every site's pool.
opcache.enable=1
opcache.memory_consumption=256
opcache.interned_strings_buffer=16
opcache.max_accelerated_files=50000
opcache.validate_timestamps=1
opcache.revalidate_freq=2
`;

export interface ProvisionOptions {
  /** "/" on a real host; a folder in tests (configs are written under it). */
  prefix: string;
  /** Install missing Debian packages with apt (tests do it for real, as root). */
  packages: boolean;
  /** Fetch the pinned downloads (off without internet: planned only). */
  downloads: boolean;
  /** Enable and restart services, load the firewall (off under a prefix: planned only). */
  services: boolean;
  /** The agent's config to write when the host has none yet. */
  agentConfig: Record<string, unknown>;
  nft?: NftRunner;
}

export interface Step {
  description: string;
  /** True when the host already is as the step wants it. */
  isDone(): boolean;
  apply(): void | Promise<void>;
  /** Planned only in this run (printed, not done). */
  plannedOnly?: boolean;
}

export interface ProvisionReport {
  changed: string[];
  unchanged: string[];
  planned: string[];
}

const sha512 = (file: string) => createHash('sha512').update(readFileSync(file)).digest('hex');
const installed = (pkg: string) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout.includes('install ok installed');

/** A file with exactly this content and mode (written atomically enough for config files). */
function fileStep(description: string, path: string, content: string, mode = 0o644, check?: () => void): Step {
  return {
    description,
    isDone: () => existsSync(path) && readFileSync(path, 'utf8') === content,
    apply: () => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content, { mode });
      chmodSync(path, mode);
      check?.();
    },
  };
}

/** The plan for a host: every step idempotent, so a second run changes nothing. */
export function provisionPlan(options: ProvisionOptions): Step[] {
  const root = options.prefix.replace(/\/+$/, '');
  const nft = options.nft ?? hostNft;
  const missing = () => PACKAGES.filter((pkg) => !installed(pkg));
  const unitTemplate = readFileSync(new URL('../../systemd/elasticweb-agent.service', import.meta.url), 'utf8');
  const rulesFile = `${root}/etc/nftables.d/elasticweb.nft`;
  const steps: Step[] = [
    {
      description: `Debian packages: ${PACKAGES.join(', ')}`,
      isDone: () => missing().length === 0,
      plannedOnly: !options.packages,
      apply: () => {
        const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
        execFileSync('apt-get', ['update', '-qq'], { env, stdio: 'pipe' });
        execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing()], {
          env,
          stdio: 'pipe',
        });
      },
    },
    fileStep('OPcache settings for php-fpm', `${root}/etc/php/8.2/fpm/conf.d/90-elasticweb-opcache.ini`, OPCACHE_INI),
    fileStep('the firewall rule set (SSH rate-limited, HTTP, HTTPS)', rulesFile, firewallRules(), 0o644, () =>
      checkRules(nft, readFileSync(rulesFile, 'utf8')),
    ),
    fileStep('the agent’s systemd unit', `${root}/etc/systemd/system/elasticweb-agent.service`, unitTemplate),
    {
      description: 'the agent’s configuration (kept if the host has one)',
      isDone: () => existsSync(`${root}/etc/elasticweb/agent.json`),
      apply: () => {
        mkdirSync(`${root}/etc/elasticweb`, { recursive: true });
        writeFileSync(`${root}/etc/elasticweb/agent.json`, `${JSON.stringify(options.agentConfig, null, 2)}\n`, {
          mode: 0o600,
        });
      },
    },
    {
      description: 'the agent’s state folder (root only)',
      isDone: () => existsSync(`${root}/var/lib/elasticweb-agent`),
      apply: () => mkdirSync(`${root}/var/lib/elasticweb-agent`, { recursive: true, mode: 0o700 }),
    },
    ...DEFAULT_DOWNLOADS(root).map((download): Step => ({
      description: `${download.name} ${download.version} from ${download.url}`,
      isDone: () =>
        existsSync(download.target) && download.sha512 !== null && sha512(download.target) === download.sha512,
      plannedOnly: !options.downloads,
      apply: async () => {
        if (!download.sha512)
          throw new Error(`${download.name}: no pinned SHA-512; see README "Provisioning a host" to pin one`);
        const response = await fetch(download.url);
        if (!response.ok) throw new Error(`${download.url}: ${response.status}`);
        const body = Buffer.from(await response.arrayBuffer());
        const actual = createHash('sha512').update(body).digest('hex');
        if (actual !== download.sha512) throw new Error(`${download.name}: checksum ${actual} is not the pinned one`);
        mkdirSync(dirname(download.target), { recursive: true });
        writeFileSync(download.target, body, { mode: 0o755 });
      },
    })),
    {
      description: `services: ${SERVICES.join(', ')} enabled and running, the firewall loaded`,
      isDone: () =>
        options.services &&
        SERVICES.every(
          (unit) =>
            spawnSync('systemctl', ['is-enabled', '--quiet', unit]).status === 0 &&
            spawnSync('systemctl', ['is-active', '--quiet', unit]).status === 0,
        ),
      plannedOnly: !options.services,
      apply: async () => {
        execFileSync('systemctl', ['daemon-reload']);
        for (const unit of SERVICES) execFileSync('systemctl', ['enable', '--now', unit]);
        // Loaded with a safety net: if the panel is unreachable afterwards, the old rules come back.
        const outcome = await applyWithRollback(nft, readFileSync(rulesFile, 'utf8'), () =>
          panelReachable(`${root}/var/lib/elasticweb-agent/enrollment.json`),
        );
        if (outcome === 'rolled-back')
          throw new Error('the firewall cut the host off from the panel; the previous rules are back');
      },
    },
  ];
  return steps;
}

/** Whether the enrolled panel answers (a host not enrolled yet has nothing to lose). */
async function panelReachable(enrollmentFile: string): Promise<boolean> {
  if (!existsSync(enrollmentFile)) return true;
  const { apiUrl, ca } = JSON.parse(readFileSync(enrollmentFile, 'utf8')) as { apiUrl: string; ca?: string | null };
  try {
    // Through the pinned CA, as the agent itself talks to the panel.
    await new ApiClient({ url: apiUrl, ca: ca ?? null }).graphql('{ __typename }', {}, 10_000);
    return true;
  } catch {
    return false;
  }
}

/** Runs (or with dryRun only prints) the plan; says what changed, what already was so, and what was only planned. */
export async function provision(
  options: ProvisionOptions,
  run: { dryRun: boolean; print: (line: string) => void },
): Promise<ProvisionReport> {
  const report: ProvisionReport = { changed: [], unchanged: [], planned: [] };
  for (const step of provisionPlan(options)) {
    if (step.isDone()) {
      report.unchanged.push(step.description);
      run.print(`  ok        ${step.description}`);
    } else if (run.dryRun || step.plannedOnly) {
      report.planned.push(step.description);
      run.print(`  planned   ${step.description}`);
    } else {
      await step.apply();
      report.changed.push(step.description);
      run.print(`  changed   ${step.description}`);
    }
  }
  run.print(
    report.changed.length === 0 && !run.dryRun
      ? 'Nothing to change: the host is provisioned.'
      : `${report.changed.length} changed.`,
  );
  return report;
}
