import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nginxAvailable, nginxTest } from './nginx-check.js';

const bin = resolve(import.meta.dirname, '../bin/elasticweb-nginx.js');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('npx elasticweb-nginx', () => {
  it('prints the catalogue as JSON', () => {
    const result = run('presets');
    expect(result.status).toBe(0);
    const presets = JSON.parse(result.stdout) as Array<{
      id: string;
      publicRoot: string;
      variants: unknown[];
      options: string[];
    }>;
    expect(presets.map((p) => p.id)).toEqual(expect.arrayContaining(['php', 'static']));
    expect(presets[0]).toMatchObject({ publicRoot: '', options: expect.arrayContaining(['tls', 'hstsMaxAge']) });
  });

  it.skipIf(!nginxAvailable())('renders a server block that nginx accepts', () => {
    const result = run(
      'render',
      '--preset',
      'php',
      '--domain',
      'example.com',
      '--domain',
      'www.example.com',
      '--root',
      '/srv/www/ewk3m9qz2a/example.com',
      '--php',
      '127.0.0.1:9000',
      '--listen',
      '127.0.0.1:8080',
      '--option',
      'canonicalHost=bare',
      '--option',
      'clientMaxBodySize=128m',
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('client_max_body_size 128m;');
    expect(nginxTest(result.stdout).ok).toBe(true);
  });

  it('names the bad argument and exits non-zero', () => {
    const bad = run(
      'render',
      '--preset',
      'php',
      '--domain',
      'evil.com;}',
      '--root',
      '/srv/x',
      '--listen',
      '8080',
      '--php',
      '127.0.0.1:9000',
    );
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/--domain: must be a lower-case host name/);
    expect(run('render', '--preset', 'php').stderr).toMatch(/--domain is required/);
    expect(run('render', '--preset', 'php', '--bogus', 'x').status).toBe(2);
    expect(run('frobnicate').stderr).toMatch(/unknown command: frobnicate/);
    expect(
      run(
        'render',
        '--preset',
        'static',
        '--domain',
        'a.example',
        '--root',
        '/srv/x',
        '--listen',
        '80',
        '--option',
        'gzip=maybe',
      ).stderr,
    ).toMatch(/--option gzip: must be true or false/);
  });

  it('detects a generic PHP site and a static one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ew-detect-'));
    try {
      writeFileSync(join(dir, 'index.html'), '<h1>hi</h1>');
      expect(JSON.parse(run('detect', dir).stdout)).toEqual({
        preset: 'static',
        variant: null,
        version: null,
        evidence: ['index.html'],
      });
      writeFileSync(join(dir, 'index.php'), '<?php echo 1;');
      expect(JSON.parse(run('detect', dir).stdout)).toMatchObject({ preset: 'php', evidence: ['index.php'] });
      expect(run('detect', join(dir, 'missing')).stderr).toMatch(/SITE_DIR: .* is not a directory/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
