import { createHash } from 'node:crypto';
import { chownSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SITE_FIELDS,
  siteBecomes,
  startAgentStack,
  waitFor,
  webStackAvailable,
  type AgentStack,
  type SiteView,
} from './harness.js';

/** The EICAR test file: harmless, and recognised by every antivirus as a test. */
const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';
const FINDINGS = 'query ($site: ID) { malwareFindings(siteId: $site) { id path signature status } }';

interface Finding {
  id: string;
  path: string;
  signature: string;
  status: string;
}

const clamscanAvailable = () => {
  const ok = existsSync('/usr/bin/clamscan');
  if (!ok && process.env.CI === 'true')
    throw new Error('CI=true but clamscan is missing: run scripts/install-system-deps.sh');
  return ok;
};

describe.skipIf(!webStackAvailable() || !clamscanAvailable())('the antivirus scan of a host', () => {
  let stack: AgentStack;
  let site: SiteView;
  let systemName: string;

  beforeAll(async () => {
    stack = await startAgentStack();
    // Debian ships no signatures and none can be downloaded here: a one-line database of our own.
    const database = join(stack.prefix, 'eicar.hdb');
    writeFileSync(database, `${createHash('md5').update(EICAR).digest('hex')}:${EICAR.length}:Elasticweb.Test.EICAR\n`);
    const config = JSON.parse(readFileSync(stack.configFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(
      stack.configFile,
      JSON.stringify({ ...config, antivirus: { enabled: true, intervalSeconds: 2, database } }),
    );
    ({
      me: { systemName },
    } = await stack.customerGql<{ me: { systemName: string } }>('{ me { systemName } }'));
    const created = await stack.customerGql<{ createSite: SiteView }>(
      `mutation { createSite(input: { domain: "scanned.example.com", preset: "php" }) { ${SITE_FIELDS} } }`,
    );
    stack.startAgent();
    site = await siteBecomes(stack, created.createSite.id, 'ACTIVE');
  }, 90_000);
  afterAll(async () => stack?.close(), 60_000);

  it('reports an infected file to the customer and the administrators, and quarantines it only when the customer asks', async () => {
    const root = join(stack.prefix, 'srv/www', systemName, 'scanned.example.com');
    const infected = join(root, 'uploads-evil.php');
    writeFileSync(infected, EICAR);
    const owner = statSync(root);
    chownSync(infected, owner.uid, owner.gid);
    const [finding] = await waitFor(
      'the scan to report the file',
      async () => {
        const { malwareFindings } = await stack.customerGql<{ malwareFindings: Finding[] }>(FINDINGS, {
          site: site.id,
        });
        return malwareFindings.length ? malwareFindings : null;
      },
      60_000,
    );
    expect(finding).toMatchObject({
      path: `${systemName}/scanned.example.com/uploads-evil.php`,
      signature: 'Elasticweb.Test.EICAR.UNOFFICIAL',
      status: 'open',
    });
    // The host tells the panel which tools it has, antivirus included.
    const { hosts } = await stack.adminGql<{ hosts: Array<{ tools: Array<{ name: string }> }> }>('{ hosts { tools } }');
    expect(hosts[0]!.tools.map((tool) => tool.name)).toEqual(
      expect.arrayContaining(['Git', 'PHP', 'ClamAV', 'nftables']),
    );
    const { alerts } = await stack.adminGql<{ alerts: Array<{ kind: string; siteDomain: string | null }> }>(
      '{ alerts { kind siteDomain } }',
    );
    expect(alerts).toContainEqual({ kind: 'malware_found', siteDomain: 'scanned.example.com' });
    // Never deleted or moved on its own.
    expect(existsSync(infected)).toBe(true);

    // Another customer can neither see nor quarantine it.
    const stranger = await stack.api.signUp();
    expect(
      (await stack.api.gql<{ malwareFindings: Finding[] }>(FINDINGS, { site: site.id }, { token: stranger.token }))
        .data!.malwareFindings,
    ).toEqual([]);
    expect(
      (
        await stack.api.gql(
          'mutation ($id: ID!) { quarantineFile(id: $id) { status } }',
          { id: finding!.id },
          { token: stranger.token },
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');

    await stack.customerGql('mutation ($id: ID!) { quarantineFile(id: $id) { status } }', { id: finding!.id });
    await waitFor('the file to be quarantined', async () => {
      const { malwareFindings } = await stack.customerGql<{ malwareFindings: Finding[] }>(FINDINGS, { site: site.id });
      return malwareFindings[0]?.status === 'quarantined';
    });
    expect(existsSync(infected)).toBe(false);
    const quarantine = join(stack.prefix, 'var/lib/elasticweb/quarantine');
    expect(readdirSync(quarantine)).toContain(finding!.id);
    expect(statSync(join(quarantine, finding!.id)).mode & 0o777).toBe(0o600);
  }, 120_000);
});
