/**
 * Test helper: asks Debian's real nginx whether server blocks are valid, inside a
 * throw-away prefix with the stock fastcgi_params and mime.types beside the config.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export function nginxAvailable(): boolean {
  if (existsSync(NGINX)) return true;
  if (process.env.CI === 'true')
    throw new Error(`CI=true but nginx is not at ${NGINX}: run scripts/install-system-deps.sh`);
  return false;
}

export function nginxTest(serverBlocks: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ew-nginx-t-'));
  try {
    for (const file of ['fastcgi_params', 'mime.types']) copyFileSync(join('/etc/nginx', file), join(dir, file));
    writeFileSync(
      join(dir, 'nginx.conf'),
      `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n    include mime.types;\n    access_log off;\n${serverBlocks}\n}\n`,
    );
    const result = spawnSync(NGINX, ['-t', '-q', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A self-signed certificate and key for TLS configs (nginx -t reads them). */
export function selfSignedCertificate(): { certificate: string; key: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ew-cert-'));
  const certificate = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const result = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=example.com',
      '-keyout',
      key,
      '-out',
      certificate,
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`openssl failed: ${result.stderr}`);
  return { certificate, key, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
