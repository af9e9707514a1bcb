/**
 * Test harness: real php-fpm and real nginx from Debian's packages, started on
 * loopback with a random port and a temporary prefix, serving one rendered site.
 * Used by the behaviour tests of the presets.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SiteConfig } from '../model.js';
import { renderServerBlock } from '../render.js';
import { NGINX } from '../nginx-check.js';

export const PHP_FPM = process.env.PHP_FPM_PATH ?? '/usr/sbin/php-fpm8.2';

export function webStackAvailable(): boolean {
  if (existsSync(NGINX) && existsSync(PHP_FPM)) return true;
  if (process.env.CI === 'true')
    throw new Error(
      `CI=true but nginx or php-fpm is missing (${NGINX}, ${PHP_FPM}): run scripts/install-system-deps.sh`,
    );
  return false;
}

export interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface WebStack {
  dir: string;
  siteRoot: string;
  acmeRoot: string;
  /** The HTTPS port, when the stack was started with `tls`. */
  tlsPort: number | null;
  /** GET a path with a Host header (Node's fetch will not send a custom Host). */
  get(path: string, host?: string): Promise<Response>;
  /** POST a form, as a browser does. */
  postForm(path: string, form: Record<string, string>, host?: string): Promise<Response>;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Serve this existing folder instead of writing `files` into a new one. */
  siteRoot?: string;
  /** Environment of the php-fpm workers (`env[NAME] = value`). */
  fpmEnv?: Record<string, string>;
  /** Also serve HTTPS on a port of its own, with this certificate and key (`tlsPort` says which). */
  tls?: { certificate: string; key: string };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} did not start:\n${log()}`);
}

/**
 * Starts php-fpm and nginx for one site. `files` are written below the site root
 * (paths relative to it); `config` gets the layout filled in.
 */
export async function startWebStack(
  config: Omit<SiteConfig, 'layout'>,
  files: Record<string, string>,
  acmeFiles: Record<string, string> = {},
  stackOptions: StackOptions = {},
): Promise<WebStack> {
  const dir = mkdtempSync(join(tmpdir(), 'ew-web-'));
  const siteRoot = stackOptions.siteRoot ?? join(dir, 'site');
  const acmeRoot = join(dir, 'acme');
  const write = (root: string, entries: Record<string, string>) => {
    for (const [path, content] of Object.entries(entries)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
  };
  if (!stackOptions.siteRoot) write(siteRoot, files);
  write(acmeRoot, acmeFiles);
  mkdirSync(siteRoot, { recursive: true });
  const socket = join(dir, 'php.sock');
  writeFileSync(
    join(dir, 'fpm.conf'),
    `[global]\npid = ${dir}/fpm.pid\nerror_log = ${dir}/fpm.log\n[site]\nuser = root\ngroup = root\nlisten = ${socket}\npm = static\npm.max_children = 2\n` +
      // The scripts must only run when they exist; nginx's try_files ensures that, this makes sure.
      `php_admin_value[cgi.fix_pathinfo] = 0\ncatch_workers_output = yes\nclear_env = no\n` +
      Object.entries(stackOptions.fpmEnv ?? {})
        .map(([name, value]) => `env[${name}] = ${value}\n`)
        .join(''),
  );
  const port = await freePort();
  const tlsPort = stackOptions.tls ? await freePort() : null;
  for (const file of ['fastcgi_params', 'mime.types']) copyFileSync(join('/etc/nginx', file), join(dir, file));
  const server = renderServerBlock({
    ...config,
    options: { ...config.options, ...(stackOptions.tls ? { tls: stackOptions.tls } : {}) },
    layout: {
      siteRoot,
      fastcgi: `unix:${socket}`,
      listen: [`127.0.0.1:${port}`],
      ...(tlsPort ? { listenTls: [`127.0.0.1:${tlsPort}`] } : {}),
      acmeRoot,
    },
  });
  writeFileSync(
    join(dir, 'nginx.conf'),
    `user root;\nworker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/nginx-error.log;\nevents {}\nhttp {\n    include mime.types;\n    access_log off;\n` +
      `    client_body_temp_path ${dir}/tmp-body;\n    fastcgi_temp_path ${dir}/tmp-fastcgi;\n    proxy_temp_path ${dir}/tmp-proxy;\n` +
      `    uwsgi_temp_path ${dir}/tmp-uwsgi;\n    scgi_temp_path ${dir}/tmp-scgi;\n${server}\n}\n`,
  );
  let output = '';
  const capture = (child: ChildProcess) => {
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  };
  const fpm = spawn(PHP_FPM, ['-F', '-R', '-y', join(dir, 'fpm.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  capture(fpm);
  await waitFor(
    () => existsSync(socket),
    'php-fpm',
    () => output,
  );
  const nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  capture(nginx);
  const log = () =>
    `${output}\n${existsSync(join(dir, 'nginx-error.log')) ? readFileSync(join(dir, 'nginx-error.log'), 'utf8') : ''}`;

  const send = (method: string, path: string, host: string, body?: string, headers: Record<string, string> = {}) =>
    new Promise<Response>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers: { host, ...headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      });
      req.on('error', reject);
      req.end(body);
    });
  const get = (path: string, host = config.domains[0]!) => send('GET', path, host);
  const postForm = (path: string, form: Record<string, string>, host = config.domains[0]!) => {
    const body = new URLSearchParams(form).toString();
    return send('POST', path, host, body, {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String(Buffer.byteLength(body)),
    });
  };
  await waitFor(
    async () => {
      try {
        await get('/');
        return true;
      } catch {
        return false;
      }
    },
    'nginx',
    log,
  );

  return {
    dir,
    siteRoot,
    acmeRoot,
    tlsPort,
    get,
    postForm,
    async stop() {
      for (const child of [nginx, fpm]) {
        if (child.exitCode === null) {
          child.kill('SIGQUIT');
          await new Promise((r) => child.once('exit', r));
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
