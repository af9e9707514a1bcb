import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '../fixtures.js';
import { ADMIN, freePort } from '../harness/global-setup.js';
import { AuthPages } from '../pages/auth-pages.js';
import { SitesPages } from '../pages/sites-pages.js';

const AGENT = resolve(import.meta.dirname, '../../../agent/bin/elasticweb-agent.js');
const hasWebStack = existsSync('/usr/sbin/nginx') && existsSync('/usr/sbin/php-fpm8.2') && process.getuid?.() === 0;
// Like Chromium for the whole suite, these are installed by scripts/install-system-deps.sh (as root).
if (!hasWebStack) throw new Error('nginx, php-fpm or root is missing: run scripts/install-system-deps.sh as root');

/** A request to the agent's nginx by site name (Node's fetch will not send a Host header). */
function visit(port: number, host: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path: '/', headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

test('an administrator adds a host from the panel; a customer’s site goes live on it, is blocked, unblocked and deleted', async ({
  page,
  auth,
  newEmail,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'ew-e2e-host-'));
  const port = await freePort();
  let agent: ChildProcess | undefined;
  try {
    // The README's local host: a config under one folder, enrolled with a token from the panel.
    execFileSync(process.execPath, [AGENT, 'init-local', '--dir', dir, '--port', String(port)]);
    // Usage every 2 s instead of 10, so the graphs fill within the test.
    const configFile = join(dir, 'agent.json');
    const config = JSON.parse(readFileSync(configFile, 'utf8')) as { usage: Record<string, unknown> };
    writeFileSync(configFile, JSON.stringify({ ...config, usage: { ...config.usage, sampleSeconds: 2 } }));
    await auth.logIn(ADMIN.email, ADMIN.password);
    await page.getByRole('link', { name: 'Hosts' }).click();
    await expect(page.getByRole('heading', { name: 'Hosts', exact: true })).toBeVisible();
    await expect(page.getByText('No hosts yet')).toBeVisible();
    await page.getByLabel('Host name').fill('e2e local host');
    await page.getByRole('button', { name: 'Create token' }).click();
    // The panel's command as an administrator copies it; this host's config is the one init-local wrote.
    const command = (await page.getByTestId('enroll-command').textContent()) ?? '';
    expect(command).toMatch(
      new RegExp(
        `^npx elasticweb-agent enroll --api=${process.env.E2E_BASE_URL} --token=ewe_\\S{43} --config=/etc/elasticweb/agent.json$`,
      ),
    );
    await page.screenshot({ path: testInfo.outputPath('enroll-command.png'), fullPage: true });
    const [, , ...args] = command.replace('--config=/etc/elasticweb/agent.json', `--config=${configFile}`).split(' ');
    execFileSync(process.execPath, [AGENT, ...args]);
    let agentLog = '';
    agent = spawn(process.execPath, [AGENT, 'run', '--config', join(dir, 'agent.json')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    agent.stdout!.on('data', (chunk: Buffer) => (agentLog += chunk.toString()));
    agent.stderr!.on('data', (chunk: Buffer) => (agentLog += chunk.toString()));
    await page.reload();
    const hostRow = page.getByRole('row').filter({ hasText: 'e2e local host' });
    await expect(hostRow.getByText('Active')).toBeVisible();
    await expect(hostRow).toContainText('PHP 8.2');
    await page.screenshot({ path: testInfo.outputPath('hosts.png'), fullPage: true });

    // A customer adds a site and watches it go live.
    const customer = await browser.newContext({ baseURL: process.env.E2E_BASE_URL, locale: 'en-US' });
    const customerPage = await customer.newPage();
    await new AuthPages(customerPage).signUp(newEmail());
    await new SitesPages(customerPage).addSite('panel-shop.example.com');
    await customerPage.screenshot({ path: testInfo.outputPath('site-progress.png'), fullPage: true });
    await expect(customerPage.getByText('Online')).toBeVisible({ timeout: 30_000 });
    // A live site offers HTTPS (this demo host has no public name, so no automatic certificate) and moving a site in.
    await expect(customerPage.getByRole('heading', { name: 'HTTPS' })).toBeVisible();
    await expect(customerPage.getByRole('heading', { name: 'Move a site in' })).toBeVisible();
    await customerPage.screenshot({ path: testInfo.outputPath('site-online.png'), fullPage: true });

    const home = readdirSync(join(dir, 'root/srv/www'))[0]!;
    const siteRoot = join(dir, 'root/srv/www', home, 'panel-shop.example.com');
    writeFileSync(join(siteRoot, 'index.php'), '<?php echo "Shop served by PHP ", PHP_VERSION;');
    chownSync(join(siteRoot, 'index.php'), statSync(siteRoot).uid, statSync(siteRoot).gid);
    await expect
      .poll(async () => (await visit(port, 'panel-shop.example.com')).body)
      .toContain('Shop served by PHP 8.2');

    // The PHP workers that answered are the account's processes: their usage reaches the graphs.
    await customerPage.getByRole('link', { name: 'Usage' }).first().click();
    await customerPage.getByRole('tab', { name: 'Last hour' }).click();
    await expect(async () => {
      await customerPage.reload();
      await customerPage.getByRole('tab', { name: 'Last hour' }).click();
      await expect(customerPage.getByRole('region', { name: 'Memory' })).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 45_000 });
    await customerPage.screenshot({ path: testInfo.outputPath('usage.png'), fullPage: true });

    // The administrator blocks it: visitors get the suspended page, the customer sees why.
    await page.getByRole('link', { name: 'All sites' }).click();
    const siteRow = page.getByRole('row').filter({ hasText: 'panel-shop.example.com' });
    await siteRow.getByRole('button', { name: 'Block' }).click();
    await expect(siteRow.getByText('Suspended')).toBeVisible({ timeout: 30_000 });
    await expect.poll(async () => (await visit(port, 'panel-shop.example.com')).status).toBe(503);
    expect((await visit(port, 'panel-shop.example.com')).body).toContain('This site is suspended');
    await siteRow.getByRole('button', { name: 'Unblock' }).click();
    await expect(siteRow.getByText('Online')).toBeVisible({ timeout: 30_000 });
    await expect.poll(async () => (await visit(port, 'panel-shop.example.com')).body).toContain('Shop served by PHP');

    // A database on the same host: the password shown once, then deleted with a dump kept.
    await customerPage.getByRole('link', { name: 'Databases' }).click();
    await customerPage.getByLabel('Name').fill('shop');
    await customerPage.getByRole('button', { name: 'Create database' }).click();
    await expect(customerPage.getByTestId('secret')).toHaveText(/^[A-Za-z0-9]{24}$/);
    const databaseRow = customerPage.getByRole('row').filter({ hasText: '_shop' });
    await expect(databaseRow.getByText('Ready')).toBeVisible({ timeout: 30_000 });
    await expect(databaseRow).toContainText('host localhost, port 3306');
    await customerPage.screenshot({ path: testInfo.outputPath('databases.png'), fullPage: true });
    await customerPage.getByRole('button', { name: 'Done' }).click();
    const databaseName = (await databaseRow.locator('code').textContent())!;
    await databaseRow.getByRole('button', { name: 'Delete…' }).click();
    await databaseRow.getByLabel('Type the database name to confirm').fill(databaseName);
    await databaseRow.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(databaseRow.getByText('Deleted')).toBeVisible({ timeout: 30_000 });
    await expect(databaseRow.getByText(/Can be restored until/)).toBeVisible();

    // Scheduled jobs: the schedule in words before saving.
    await customerPage.getByRole('link', { name: 'Scheduled jobs' }).click();
    await customerPage.getByLabel('Schedule').fill('*/15 * * * *');
    await expect(customerPage.getByTestId('cron-preview')).toContainText('every 15 minutes');
    await customerPage.getByLabel('Command').fill('php ~/panel-shop.example.com/cron.php');
    await customerPage.getByRole('button', { name: 'Add job' }).click();
    await expect(customerPage.getByText('Not run yet.')).toBeVisible();
    await customerPage.screenshot({ path: testInfo.outputPath('cron.png'), fullPage: true });
    await customerPage.getByRole('link', { name: 'SSH and SFTP' }).click();
    await expect(customerPage.locator('dl.facts').getByText('e2e local host')).toBeVisible();
    await customerPage.screenshot({ path: testInfo.outputPath('ssh.png'), fullPage: true });
    await customerPage.getByRole('link', { name: 'Sites' }).click();
    await customerPage.getByRole('link', { name: 'panel-shop.example.com' }).click();

    // The customer deletes it: the name is gone from the host.
    await expect(customerPage).toHaveURL(/\/en\/sites\/[0-9a-f-]{36}$/);
    await customerPage.getByRole('button', { name: 'Delete site' }).click();
    await customerPage.getByLabel('Type the domain to confirm').fill('panel-shop.example.com');
    await customerPage.getByRole('dialog').getByRole('button', { name: 'Delete site' }).click();
    await expect(customerPage).toHaveURL(/\/en\/sites$/);
    await expect
      .poll(() => readdirSync(join(dir, 'root/etc/elasticweb/nginx/sites')).length, { timeout: 30_000 })
      .toBe(0);
    // nginx's catch-all server closes the connection for a name no site has.
    await expect
      .poll(() =>
        visit(port, 'panel-shop.example.com').then(
          () => 'served',
          () => 'refused',
        ),
      )
      .toBe('refused');
    await customer.close();

    // The host leaves, so the other specs' sites wait for a host as before.
    await page.getByRole('link', { name: 'Hosts' }).click();
    await hostRow.getByRole('button', { name: 'Disable' }).click();
    await hostRow.getByRole('button', { name: 'Disable now' }).click();
    await expect(hostRow.getByText('Disabled')).toBeVisible();
    expect(agentLog).not.toContain('"command rejected"');
  } finally {
    if (agent && agent.exitCode === null) {
      agent.kill('SIGTERM');
      // A stuck agent must not hold the suite: SIGKILL after ten seconds.
      const killer = setTimeout(() => agent!.kill('SIGKILL'), 10_000);
      await new Promise((done) => agent!.once('exit', done));
      clearTimeout(killer);
    }
    // Its nginx and php-fpm masters outlive a killed agent.
    const runDir = join(dir, 'root/run/elasticweb');
    if (existsSync(runDir))
      for (const name of readdirSync(runDir).filter((n) => n.endsWith('.pid'))) {
        try {
          process.kill(Number(readFileSync(join(runDir, name), 'utf8').trim()), 'SIGKILL');
        } catch {
          // already gone
        }
      }
    for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
      const [name, , , , , home] = line.split(':');
      if (name && home?.startsWith(`${dir}/`)) spawnSync('userdel', [name]);
    }
    rmSync(dir, { recursive: true, force: true });
  }
});
