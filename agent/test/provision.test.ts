import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { applyWithRollback, checkRules, firewallRules, hostNft, namespaceNft } from '../src/provision/firewall.js';
import { OPCACHE_INI } from '../src/provision/provision.js';

const AGENT_BIN = resolve(import.meta.dirname, '../bin/elasticweb-agent.js');
const canRun = () => {
  const ok = process.getuid?.() === 0 && existsSync('/usr/sbin/nft') && existsSync('/usr/bin/apt-get');
  if (!ok && process.env.CI === 'true')
    throw new Error('CI=true but root, nft or apt-get is missing: run scripts/install-system-deps.sh');
  return ok;
};

const work = mkdtempSync(join(tmpdir(), 'ew-provision-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function provision(...args: string[]) {
  const result = spawnSync(process.execPath, [AGENT_BIN, 'provision', ...args], { encoding: 'utf8', timeout: 600_000 });
  if (result.status !== 0) throw new Error(`provision failed (${result.status}): ${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

describe.skipIf(!canRun())('provisioning a host', () => {
  const prefix = join(work, 'host');

  it('prints the plan with --dry-run and changes nothing', () => {
    const output = provision('--dry-run', '--prefix', prefix);
    expect(output).toMatch(/planned\s+OPcache settings/);
    expect(output).toMatch(/planned\s+WP-CLI 2\.11\.0/);
    expect(existsSync(prefix)).toBe(false);
  });

  it('installs the packages and writes the configs for real, planning only the downloads and services', () => {
    const output = provision('--prefix', prefix);
    expect(output).toMatch(/changed\s+OPcache settings/);
    expect(output).toMatch(/planned\s+Drush 8\.4\.12/);
    expect(output).toMatch(/planned\s+services:/);
    // The Debian packages are really there now.
    for (const pkg of ['composer', 'git', 'clamav', 'nftables', 'php8.2-opcache'])
      expect(spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout).toContain(
        'install ok installed',
      );
    expect(
      spawnSync('composer', ['--version'], { encoding: 'utf8', env: { ...process.env, COMPOSER_ALLOW_SUPERUSER: '1' } })
        .stdout,
    ).toMatch(/Composer/);
    expect(readFileSync(join(prefix, 'etc/php/8.2/fpm/conf.d/90-elasticweb-opcache.ini'), 'utf8')).toBe(OPCACHE_INI);
    const rules = readFileSync(join(prefix, 'etc/nftables.d/elasticweb.nft'), 'utf8');
    expect(() => checkRules(hostNft, rules)).not.toThrow();
    expect(readFileSync(join(prefix, 'etc/systemd/system/elasticweb-agent.service'), 'utf8')).toContain('ExecStart=');
    const config = parseConfig(JSON.parse(readFileSync(join(prefix, 'etc/elasticweb/agent.json'), 'utf8')));
    expect(config.prefix).toBe(prefix);
    expect(statSync(join(prefix, 'var/lib/elasticweb-agent')).mode & 0o777).toBe(0o700);
  }, 600_000);

  it('changes nothing the second time, and says so', () => {
    const output = provision('--prefix', prefix);
    expect(output).not.toMatch(/changed /);
    expect(output).toContain('Nothing to change: the host is provisioned.');
  }, 600_000);
});

describe.skipIf(!canRun())('the firewall rule set', () => {
  const namespace = `ew-test-${process.pid}`;
  afterAll(() => spawnSync('ip', ['netns', 'del', namespace]));

  it('passes nft -c, and a broken one does not', () => {
    expect(() => checkRules(hostNft, firewallRules())).not.toThrow();
    expect(() => checkRules(hostNft, firewallRules().replace('policy drop;', 'policy maybe;'))).toThrow();
  });

  it('is applied atomically in a network namespace, kept while the panel answers, and rolled back when it does not', async () => {
    // Never the machine's own network stack: CI talks to it through the network.
    expect(spawnSync('ip', ['netns', 'add', namespace]).status).toBe(0);
    const nft = namespaceNft(namespace);
    nft(
      ['-f', '-'],
      'table inet before {\n\tchain c {\n\t\ttype filter hook input priority 0; policy accept;\n\t}\n}\n',
    );
    const before = nft(['list', 'ruleset']);

    expect(await applyWithRollback(nft, firewallRules(), async () => true, 5_000)).toBe('kept');
    const kept = nft(['list', 'ruleset']);
    expect(kept).toContain('table inet elasticweb');
    expect(kept).toMatch(/tcp dport \{ 22, 80, 443 \} accept/);
    expect(kept).toContain('update @ssh_ipv4 { ip saddr limit rate over 10/minute }');
    // Loading it again replaces the table: the same rules, not twice.
    expect(await applyWithRollback(nft, firewallRules(), async () => true, 5_000)).toBe('kept');
    expect(nft(['list', 'ruleset'])).toBe(kept);

    nft(['flush', 'ruleset']);
    nft(['-f', '-'], before);
    expect(await applyWithRollback(nft, firewallRules(), async () => false, 5_000)).toBe('rolled-back');
    expect(nft(['list', 'ruleset'])).toBe(before);
    expect(await applyWithRollback(nft, firewallRules(), () => new Promise(() => undefined), 300)).toBe('rolled-back');
    expect(nft(['list', 'ruleset'])).toBe(before);
  });
});
