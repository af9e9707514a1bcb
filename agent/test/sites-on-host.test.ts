import { chownSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitePaths } from '@elasticweb/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getVia,
  SITE_FIELDS,
  siteBecomes,
  siteOf,
  startAgentStack,
  waitFor,
  webStackAvailable,
  type AgentStack,
  type SiteView,
} from './harness.js';

const PHP_PAGE = `<?php echo 'Hello from PHP as ', posix_getpwuid(posix_geteuid())['name'], ' on ', $_SERVER['HTTP_HOST'];`;

describe.skipIf(!webStackAvailable())('a site goes live on a real host', () => {
  let stack: AgentStack;
  let site: SiteView;
  let systemName: string;

  beforeAll(async () => {
    stack = await startAgentStack();
    stack.startAgent();
    ({
      me: { systemName },
    } = await stack.customerGql<{ me: { systemName: string } }>('{ me { systemName } }'));
  }, 60_000);
  afterAll(async () => stack?.close(), 60_000);

  it('creates the site on the host, and nginx serves its index.php run by the account’s own user', async () => {
    const created = await stack.customerGql<{ createSite: SiteView }>(
      `mutation { createSite(input: { domain: "shop.example.com", preset: "php" }) { ${SITE_FIELDS} } }`,
    );
    expect(created.createSite.status).toBe('PENDING');
    site = await siteBecomes(stack, created.createSite.id, 'ACTIVE');
    expect(site.appliedVersion).toBe(site.specVersion);

    const paths = sitePaths(
      { prefix: stack.prefix, listen: [], phpFpmSocketDir: join(stack.prefix, 'run/elasticweb/php'), acmeRoot: '' },
      systemName,
      site.id,
      'shop.example.com',
    );
    // The placeholder the agent puts into a new site, until the customer uploads files.
    expect((await stack.get('shop.example.com')).body).toContain('shop.example.com is ready');
    writeFileSync(join(paths.siteRoot, 'index.php'), PHP_PAGE);
    const owner = statSync(paths.siteRoot);
    chownSync(join(paths.siteRoot, 'index.php'), owner.uid, owner.gid);
    const page = await stack.get('shop.example.com');
    expect(page.status).toBe(200);
    expect(page.body).toBe(`Hello from PHP as ${systemName} on shop.example.com`);
    // The account's home is closed to everyone but its user and the web server.
    expect(statSync(paths.home).mode & 0o777).toBe(0o750);
  });

  it('looks at the site’s files on the host and follows the CMS it finds', async () => {
    const root = join(stack.prefix, 'srv/www', systemName, 'shop.example.com');
    mkdirSync(join(root, 'wp-includes'), { recursive: true });
    writeFileSync(join(root, 'wp-includes/version.php'), "<?php\n$wp_version = '6.1.1';\n");
    writeFileSync(join(root, 'wp-login.php'), '<?php');
    await stack.customerGql('mutation ($id: ID!) { scanSiteFiles(id: $id) { id } }', { id: site.id });
    await waitFor('the preset to follow the files', async () => {
      const { site: seen } = await stack.customerGql<{ site: { preset: string; operation: unknown } }>(
        'query ($id: ID!) { site(id: $id) { preset operation { type } } }',
        { id: site.id },
      );
      return seen.preset === 'wordpress' && seen.operation === null;
    });
    rmSync(join(root, 'wp-includes'), { recursive: true });
    rmSync(join(root, 'wp-login.php'));
  });

  it('refuses HTTPS with a certificate the host does not have: the command fails with nginx’s words and the old site keeps serving', async () => {
    // The panel believes the site has a certificate whose files the host lost.
    await stack.api.dataSource.query(
      `INSERT INTO site_certificates (site_id, mode, status, domains_json, failures, expiry_warned, updated_at)
       VALUES (?, 'uploaded', 'issued', '["shop.example.com"]', 0, ?, ?)`,
      [site.id, false, new Date()],
    );
    await stack.customerGql(
      `mutation ($id: ID!) { updateSiteNginx(siteId: $id, input: { preset: "php", options: { gzip: false } }) { revision } }`,
      { id: site.id },
    );
    const failed = await siteBecomes(stack, site.id, 'ERROR');
    expect(failed.statusMessage).toMatch(/could not apply this site’s latest settings/);
    expect(failed.statusMessage).not.toMatch(/nginx|\//); // plain words for the customer, no paths or tool output

    const { alerts } = await stack.adminGql<{
      alerts: Array<{
        siteDomain: string;
        accountEmail: string;
        commandType: string;
        hostName: string;
        message: string;
      }>;
    }>('{ alerts { siteDomain accountEmail commandType hostName message } }');
    const alert = alerts.find((a) => a.siteDomain === 'shop.example.com');
    expect(alert).toMatchObject({ commandType: 'site.apply', hostName: 'test host' });
    expect(alert!.message).toMatch(/nginx -t refused/);
    expect(alert!.message).toMatch(/\.pem/);

    const page = await stack.get('shop.example.com');
    expect(page.body).toBe(`Hello from PHP as ${systemName} on shop.example.com`);
    // The certificate is given up, as the customer would remove it.
    await stack.api.dataSource.query('DELETE FROM site_certificates WHERE site_id = ?', [site.id]);
  });

  it('opens a password-protected path to its users with the right password only', async () => {
    await stack.customerGql(
      `mutation ($id: ID!) { updateSiteNginx(siteId: $id, input: { preset: "php", options: { protectedPaths: ["/admin/"] } }) { revision } }`,
      { id: site.id },
    );
    const { setProtectedPathUser } = await stack.customerGql<{
      setProtectedPathUser: Array<{ path: string; usernames: string[] }>;
    }>(
      'mutation ($id: ID!, $input: ProtectedPathUserInput!) { setProtectedPathUser(siteId: $id, input: $input) { path usernames } }',
      { id: site.id, input: { path: '/admin/', username: 'editor', password: 'a door password' } },
    );
    expect(setProtectedPathUser).toEqual([{ path: '/admin/', usernames: ['editor'] }]);
    const basic = (user: string, password: string) => ({
      authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
    });
    // Two specs go out (the protected path, then its user): wait for the second to be live.
    await waitFor('the path to be protected and its user let in', async () => {
      const closed = await getVia(stack.port, 'shop.example.com', '/admin/');
      const open = await getVia(stack.port, 'shop.example.com', '/admin/', basic('editor', 'a door password'));
      return closed.status === 401 && open.status === 200;
    });
    const right = await getVia(stack.port, 'shop.example.com', '/admin/', basic('editor', 'a door password'));
    expect(right.body).toBe(`Hello from PHP as ${systemName} on shop.example.com`);
    expect((await getVia(stack.port, 'shop.example.com', '/admin/', basic('editor', 'wrong password'))).status).toBe(
      401,
    );
    expect((await getVia(stack.port, 'shop.example.com', '/admin/', basic('stranger', 'a door password'))).status).toBe(
      401,
    );
    // The rest of the site stays open.
    expect((await getVia(stack.port, 'shop.example.com', '/')).status).toBe(200);
  });

  it('comes back when the customer saves a configuration that works', async () => {
    await stack.customerGql(
      `mutation ($id: ID!) { updateSiteNginx(siteId: $id, input: { preset: "php", options: {} }) { revision } }`,
      { id: site.id },
    );
    const fixed = await siteBecomes(stack, site.id, 'ACTIVE');
    expect(fixed.statusMessage).toBeNull();
  });

  it('answers with the suspended page while blocked, and with the site again once unblocked', async () => {
    const { blockSite } = await stack.adminGql<{ blockSite: SiteView }>(
      `mutation ($id: ID!) { blockSite(id: $id) { ${SITE_FIELDS} } }`,
      { id: site.id },
    );
    expect(blockSite.isBlocked).toBe(true);
    await siteBecomes(stack, site.id, 'BLOCKED');
    const blocked = await stack.get('shop.example.com');
    expect(blocked.status).toBe(503);
    expect(blocked.body).toContain('This site is suspended');

    await stack.adminGql(`mutation ($id: ID!) { unblockSite(id: $id) { id } }`, { id: site.id });
    await siteBecomes(stack, site.id, 'ACTIVE');
    expect((await stack.get('shop.example.com')).body).toBe(`Hello from PHP as ${systemName} on shop.example.com`);
  });

  it('deletes the site: nginx no longer knows the name, the files are archived, the Unix user is gone', async () => {
    await stack.customerGql(`mutation ($id: ID!) { deleteSite(id: $id) { status } }`, { id: site.id });
    await waitFor('the site to be deleted', async () => (await siteOf(stack, site.id)) === null);
    await expect(stack.get('shop.example.com')).rejects.toThrow(); // the default server closes the connection
    const archives = readdirSync(join(stack.prefix, 'var/lib/elasticweb/archive'));
    expect(archives.some((name) => name.startsWith(site.id))).toBe(true);
    const archived = join(
      stack.prefix,
      'var/lib/elasticweb/archive',
      archives.find((n) => n.startsWith(site.id))!,
    );
    expect(existsSync(join(archived, 'index.php'))).toBe(true);
    expect(readdirSync(join(stack.prefix, 'etc/elasticweb/nginx/sites'))).toEqual([]);
    expect(
      await import('node:child_process').then((cp) => cp.spawnSync('getent', ['passwd', systemName]).status),
    ).not.toBe(0);
  });
});
