import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { enrollCommand } from '@elasticweb/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest, startTestApi, type TestApi } from '@elasticweb/api/test/harness';

const AGENT_BIN = resolve(import.meta.dirname, '../bin/elasticweb-agent.js');
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Runs the agent's CLI beside the in-process API (so never synchronously). */
function runAgent(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [AGENT_BIN, ...args], { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) =>
      done({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Runs the command as an administrator pastes it: `npx elasticweb-agent` is this checkout's agent. */
function runPasted(command: string) {
  const [npx, bin, ...args] = command.split(' ');
  expect(`${npx} ${bin}`).toBe('npx elasticweb-agent');
  return runAgent(args);
}

describe.each(dialectsUnderTest().slice(-1))('enrolling with the panel’s command (%s)', (dialect) => {
  let api: TestApi;
  let adminToken: string;
  let dir: string;

  beforeAll(async () => {
    api = await startTestApi(dialect);
    adminToken = await api.adminToken();
    dir = mkdtempSync(join(tmpdir(), 'ew-enroll-'));
  });
  afterAll(async () => {
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const newEnrollment = async (name: string) => {
    const response = await api.gql<{ createHostEnrollment: { token: string } }>(
      'mutation ($name: String!) { createHostEnrollment(name: $name) { token } }',
      { name },
      { token: adminToken },
    );
    return response.data!.createHostEnrollment.token;
  };
  const configFor = (name: string) => {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify({ state: join(dir, name, 'state') }));
    return file;
  };

  it('gives tokens a prefix, so a token is never read as an option and says what it is', async () => {
    const token = await newEnrollment('prefixed');
    expect(token).toMatch(/^ewe_[A-Za-z0-9_-]{43}$/);
    const result = await runPasted(enrollCommand(api.url, token, configFor('prefixed')));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Enrolled as host [0-9a-f-]{36}; identity written to .*prefixed\/state\n$/);
    expect(existsSync(join(dir, 'prefixed', 'state'))).toBe(true);
  });

  it('enrolls with a token that starts with "-" (made before prefixes) exactly as the panel shows the command', async () => {
    // An enrollment created before tokens had a prefix: its token may start with a dash.
    const legacy = `-${randomBytes(32).toString('base64url').slice(1)}`;
    await api.dataSource.query('UPDATE host_enrollments SET token_hash = ? WHERE token_hash = ?', [
      sha256(legacy),
      sha256(await newEnrollment('legacy')),
    ]);
    const command = enrollCommand(api.url, legacy, configFor('legacy'));
    expect(command).toContain(`--token=${legacy} `);
    const result = await runPasted(command);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const hosts = await api.gql<{ hosts: Array<{ name: string }> }>('{ hosts { name } }', {}, { token: adminToken });
    expect(hosts.data!.hosts.map((host) => host.name)).toContain('legacy');
  });

  it('explains, in words, a value that starts with "-" given after a space', async () => {
    const result = await runAgent(['enroll', '--api', api.url, '--token', '-abc', '--config', configFor('spaced')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      '--token needs a value. A value that starts with "-" must be joined with "=": --token=VALUE\n',
    );
    expect(existsSync(join(dir, 'spaced', 'state'))).toBe(false);
  });
});
