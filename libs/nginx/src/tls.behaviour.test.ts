import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selfSignedCertificate } from './nginx-check.js';
import { startWebStack, webStackAvailable, type WebStack } from './test-support/web-stack.js';

const TESTSSL = '/usr/bin/testssl';
const available = webStackAvailable() && existsSync(TESTSSL);
if (!available && process.env.CI === 'true')
  throw new Error('CI=true but testssl.sh is missing: run scripts/install-system-deps.sh as root');

interface Finding {
  id: string;
  severity: string;
  finding: string;
}

/** Runs testssl.sh (Debian's) against the port: protocols, cipher categories, forward secrecy, headers, vulnerabilities. */
function testssl(port: number): Promise<Finding[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ew-testssl-'));
  const json = join(dir, 'result.json');
  return new Promise((done, fail) => {
    const run = spawn(
      TESTSSL,
      [
        '--quiet',
        '--color',
        '0',
        '--warnings',
        'off',
        '--fast',
        '--ip',
        'one',
        '-p',
        '-s',
        '-f',
        '-h',
        '-U',
        `--jsonfile=${json}`,
        `https://127.0.0.1:${port}`,
      ],
      { stdio: 'ignore' },
    );
    const timer = setTimeout(() => run.kill('SIGKILL'), 150_000);
    run.on('error', fail);
    run.on('exit', () => {
      clearTimeout(timer);
      try {
        done(JSON.parse(readFileSync(json, 'utf8')) as Finding[]);
      } catch (error) {
        fail(error as Error);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

describe.skipIf(!available)('TLS as rendered, checked by testssl.sh', () => {
  let stack: WebStack;
  let findings: Finding[];
  const certificate = selfSignedCertificate();
  beforeAll(async () => {
    stack = await startWebStack(
      { preset: 'php', domains: ['example.com'], options: { hstsMaxAge: 31_536_000, gzip: true } },
      { 'index.php': '<?php echo "page with a secret token";', 'style.css': 'body { color: black }' },
      {},
      { tls: certificate },
    );
    findings = await testssl(stack.tlsPort!);
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
    certificate.cleanup();
  });

  const severityOf = (id: string) => findings.find((finding) => finding.id === id)?.severity;

  it('offers TLS 1.2 and 1.3 only, no weak or obsolete cipher, with forward secrecy', () => {
    for (const id of ['SSLv2', 'SSLv3', 'TLS1', 'TLS1_1'])
      expect(findings.find((f) => f.id === id)?.finding, id).toMatch(/not offered/);
    expect(findings.find((f) => f.id === 'TLS1_3')?.finding).toMatch(/offered/);
    for (const id of [
      'cipherlist_NULL',
      'cipherlist_aNULL',
      'cipherlist_EXPORT',
      'cipherlist_LOW',
      'cipherlist_3DES_IDEA',
      'cipherlist_AVERAGE',
    ])
      expect(findings.find((f) => f.id === id)?.finding, id).toMatch(/not offered/);
    expect(severityOf('PFS')).toBe('OK');
  });

  it('reports no known vulnerability, BREACH and LUCKY13 included, and sends HSTS', () => {
    // WARN is about the scanner's own OpenSSL (it cannot test RC4), not the server.
    const problems = findings.filter((f) => ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'].includes(f.severity));
    expect(problems).toEqual([]);
    expect(severityOf('HSTS_time')).toBe('OK');
    expect(findings.find((f) => f.id === 'BREACH')?.finding).toMatch(/^not vulnerable/);
    expect(findings.find((f) => f.id === 'LUCKY13')?.finding).toMatch(/^not vulnerable/);
  });
});
