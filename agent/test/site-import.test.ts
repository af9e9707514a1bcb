import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { startSftpServer } from './sftp-server.js';
import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  getVia,
  mysqlOf,
  SITE_FIELDS,
  siteBecomes,
  startAgentStack,
  waitFor,
  webStackAvailable,
  type AgentStack,
  type SiteView,
} from './harness.js';

const WORDPRESS = '/usr/share/wordpress';
const IMPORTS = 'query ($id: ID!) { siteImports(siteId: $id) { status error files preset settingsFile steps } }';

interface ImportView {
  status: string;
  error: string | null;
  files: number | null;
  preset: string | null;
  settingsFile: string | null;
  steps: string[];
}

/** The old host's WordPress: installed for real into a scratch database, then archived and dumped as a customer would. */
async function oldWordPress(work: string, mysqlUrl: string) {
  const { host, port, user, password } = mysqlOf(mysqlUrl);
  const name = `ew_oldwp_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection({ host, port, user, password });
  await admin.query(`CREATE DATABASE ${name}`);
  const root = join(work, 'wordpress');
  cpSync(WORDPRESS, root, { recursive: true, dereference: true, filter: (src) => !src.endsWith('/.htaccess') });
  const salt = () => randomBytes(24).toString('hex');
  writeFileSync(
    join(root, 'wp-config.php'),
    `<?php
define( 'DB_NAME', '${name}' );
define( 'DB_USER', '${user}' );
define( 'DB_PASSWORD', '${password}' );
define( 'DB_HOST', 'old-db.example:3306' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((k) => `define('${k}', '${salt()}');`).join('\n')}
$table_prefix = 'wp_';
define('WP_HOME', 'http://moved.example.com');
define('WP_SITEURL', 'http://moved.example.com');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
if ( ! defined( 'ABSPATH' ) ) define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`,
  );
  // Installed on the old host: the same database, reached from here for the install only.
  const config = readFileSync(join(root, 'wp-config.php'), 'utf8');
  writeFileSync(join(root, 'wp-config.php'), config.replace('old-db.example:3306', `${host}:${port}`));
  const install = spawnSync(
    'php',
    [
      '-r',
      `define('WP_INSTALLING', true); $_SERVER['HTTP_HOST'] = 'moved.example.com'; require 'wp-load.php'; require_once ABSPATH . 'wp-admin/includes/upgrade.php'; wp_install('Moved from the old host', 'admin', 'admin@example.com', true, '', 'correct horse battery');`,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (install.status !== 0) throw new Error(`WordPress install failed: ${install.stdout} ${install.stderr}`);
  writeFileSync(join(root, 'wp-config.php'), config);
  const archive = join(work, 'site.tar.gz');
  execFileSync('tar', ['-czf', archive, '-C', work, 'wordpress']);
  const dump = join(work, 'dump.sql');
  execFileSync('sh', ['-c', `mariadb-dump --host=${host} --port=${port} --user=${user} ${name} > ${dump}`], {
    env: { ...process.env, MYSQL_PWD: password },
  });
  await admin.query(`DROP DATABASE ${name}`);
  await admin.end();
  return { archive, dump };
}

describe.skipIf(!webStackAvailable())('importing a WordPress site from its old host', () => {
  let stack: AgentStack;
  let work: string;
  let site: SiteView;
  let files: { archive: string; dump: string };

  const upload = async (
    file: string,
    name: string,
    headers: Record<string, string> = { 'x-elasticweb-upload': '1' },
  ) => {
    const response = await fetch(`${stack.api.url}/uploads?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.customer.token}`, ...headers },
      body: readFileSync(file),
    });
    return { status: response.status, body: (await response.json()) as { id: string; sizeBytes: number } };
  };

  beforeAll(async () => {
    if (!process.env.TEST_MYSQL_URL) throw new Error('the WordPress import needs TEST_MYSQL_URL (MariaDB)');
    work = mkdtempSync(join(tmpdir(), 'ew-import-'));
    files = await oldWordPress(work, process.env.TEST_MYSQL_URL);
    // The old hosts of these tests are on loopback, which production agents refuse.
    stack = await startAgentStack({ agent: { imports: { allowPrivateSources: true } } });
    stack.startAgent();
    const created = await stack.customerGql<{ createSite: SiteView }>(
      `mutation { createSite(input: { domain: "moved.example.com", preset: "php" }) { ${SITE_FIELDS} } }`,
    );
    site = await siteBecomes(stack, created.createSite.id, 'ACTIVE');
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it('refuses uploads without the upload header or of other kinds', async () => {
    expect((await upload(files.archive, 'site.tar.gz', {})).status).toBe(400);
    expect((await upload(files.archive, 'site.exe')).status).toBe(400);
  });

  it('imports the files and the dump, applies the WordPress preset, points wp-config.php at the new database, and serves it', async () => {
    const archive = await upload(files.archive, 'site.tar.gz');
    const dump = await upload(files.dump, 'dump.sql');
    expect(archive.status).toBe(201);
    await stack.customerGql('mutation ($input: ImportSiteInput!) { importSite(input: $input) { status } }', {
      input: { siteId: site.id, archiveUploadId: archive.body.id, dumpUploadId: dump.body.id, updateSettings: true },
    });
    const done = await waitFor(
      'the import to finish',
      async () => {
        const { siteImports } = await stack.customerGql<{ siteImports: ImportView[] }>(IMPORTS, { id: site.id });
        return siteImports[0]?.status !== 'running' ? siteImports[0] : null;
      },
      120_000,
    );
    expect(done).toMatchObject({ status: 'succeeded', preset: 'wordpress', settingsFile: 'wp-config.php' });
    expect(done!.steps).toEqual(
      expect.arrayContaining(['unpacking the files', 'importing the database', 'detecting the CMS']),
    );
    await waitFor(
      'the WordPress preset to be live',
      async () => {
        const { site: now } = await stack.customerGql<{ site: SiteView & { preset: string } }>(
          `query ($id: ID!) { site(id: $id) { ${SITE_FIELDS} preset } }`,
          { id: site.id },
        );
        return now.preset === 'wordpress' && now.appliedVersion === now.specVersion && now.status === 'ACTIVE';
      },
      60_000,
    );
    const home = await getVia(stack.port, 'moved.example.com', '/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('Moved from the old host');
    const post = await getVia(stack.port, 'moved.example.com', '/?p=1');
    expect(post.body).toContain('Hello world!');
  }, 180_000);

  it('refuses a hostile archive with a clear message and leaves the site as it was', async () => {
    const hostile = join(work, 'hostile.tar.gz');
    execFileSync('/usr/bin/python3', [
      '-c',
      `import tarfile, io\nwith tarfile.open(${JSON.stringify(hostile)}, 'w:gz') as t:\n    i = tarfile.TarInfo('../../etc/cron.d/evil'); data = b'* * * * * root id'; i.size = len(data); t.addfile(i, io.BytesIO(data))`,
    ]);
    const archive = await upload(hostile, 'hostile.tar.gz');
    await stack.customerGql('mutation ($input: ImportSiteInput!) { importSite(input: $input) { status } }', {
      input: { siteId: site.id, archiveUploadId: archive.body.id, updateSettings: false },
    });
    const done = await waitFor(
      'the import to be refused',
      async () => {
        const { siteImports } = await stack.customerGql<{ siteImports: ImportView[] }>(IMPORTS, { id: site.id });
        return siteImports[0]?.status === 'failed' ? siteImports[0] : null;
      },
      60_000,
    );
    expect(done!.error).toMatch(/points outside the site's folder/);
    expect((await getVia(stack.port, 'moved.example.com', '/')).body).toContain('Moved from the old host');
  }, 90_000);

  it('survives an SFTP import pointed at a port that is not SSH, and says the same for a closed port', async () => {
    const created = await stack.customerGql<{ createSite: SiteView }>(
      `mutation { createSite(input: { domain: "probe.example.com", preset: "php" }) { ${SITE_FIELDS} } }`,
    );
    const site = await siteBecomes(stack, created.createSite.id, 'ACTIVE');
    const agent = stack.agent!;
    const importFrom = async (port: number) => {
      await stack.customerGql('mutation ($input: ImportSiteInput!) { importSite(input: $input) { status } }', {
        input: {
          siteId: site.id,
          sftp: { host: '127.0.0.1', port, username: 'probe', password: 'probe', path: '/' },
          updateSettings: false,
        },
      });
      return waitFor(
        'the import to finish',
        async () => {
          const { siteImports } = await stack.customerGql<{ siteImports: ImportView[] }>(IMPORTS, { id: site.id });
          return siteImports[0]?.status !== 'running' ? siteImports[0] : null;
        },
        60_000,
      );
    };
    // A service that greets in its own protocol and waits, as MariaDB does: ssh2 reports
    // two errors for it (its handshake timeout, then the lost connection).
    const silent = createServer((socket) => {
      socket.on('error', () => undefined);
      socket.write(Buffer.from([0x4a, 0, 0, 0, 0x0a, 0x31, 0x30, 0x2e, 0x31, 0x31]));
    });
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    const otherPort = (silent.address() as AddressInfo).port;
    try {
      const wrong = await importFrom(otherPort);
      const closed = await importFrom(await freePort());
      expect(agent.child.exitCode).toBeNull();
      expect(wrong!.error).toBe(
        `the old host cannot be used: could not open an SFTP session on 127.0.0.1 port ${otherPort}: check the address, the port and that SFTP is on`,
      );
      expect(closed!.error!.replace(/port \d+/, 'port N')).toBe(wrong!.error!.replace(/port \d+/, 'port N'));
      // The same agent still does its work: the site goes on being served.
      expect(stack.agent).toBe(agent);
      expect((await getVia(stack.port, 'probe.example.com', '/')).status).toBeLessThan(500);
    } finally {
      silent.close();
    }
  }, 120_000);

  it('copies a site from the old host over SFTP, and refuses one whose links lead out', async () => {
    const old = join(work, 'old-host');
    mkdirSync(join(old, 'public_html/css'), { recursive: true });
    writeFileSync(join(old, 'public_html/index.php'), "<?php echo 'Served after the move over SFTP';");
    writeFileSync(join(old, 'public_html/css/site.css'), 'body { color: #333 }');
    symlinkSync('index.php', join(old, 'public_html/home.php'));
    const sftp = await startSftpServer(old, 'olduser', 'old host password');
    try {
      const created = await stack.customerGql<{ createSite: SiteView }>(
        `mutation { createSite(input: { domain: "sftp.example.com", preset: "php" }) { ${SITE_FIELDS} } }`,
      );
      const other = await siteBecomes(stack, created.createSite.id, 'ACTIVE');
      const start = (path: string) =>
        stack.customerGql('mutation ($input: ImportSiteInput!) { importSite(input: $input) { status } }', {
          input: {
            siteId: other.id,
            sftp: { host: '127.0.0.1', port: sftp.port, username: 'olduser', password: 'old host password', path },
            updateSettings: false,
          },
        });
      const finished = () =>
        waitFor(
          'the import to finish',
          async () => {
            const { siteImports } = await stack.customerGql<{ siteImports: ImportView[] }>(IMPORTS, { id: other.id });
            return siteImports[0]?.status !== 'running' ? siteImports[0] : null;
          },
          60_000,
        );
      await start('/public_html');
      expect(await finished()).toMatchObject({ status: 'succeeded', files: 3 });
      expect((await getVia(stack.port, 'sftp.example.com', '/')).body).toBe('Served after the move over SFTP');
      expect((await getVia(stack.port, 'sftp.example.com', '/css/site.css')).body).toBe('body { color: #333 }');

      symlinkSync('/etc/passwd', join(old, 'public_html/passwd'));
      await start('/public_html');
      expect((await finished())!.error).toMatch(/links to \/etc\/passwd/);
      expect((await getVia(stack.port, 'sftp.example.com', '/')).body).toBe('Served after the move over SFTP');
    } finally {
      await sftp.close();
    }
  }, 120_000);
});
