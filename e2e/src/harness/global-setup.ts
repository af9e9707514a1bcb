import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startMailbox } from './mailbox.js';

const root = resolve(import.meta.dirname, '../../..');

/** The administrator the API creates from ADMIN_EMAIL/ADMIN_PASSWORD at start-up. */
export const ADMIN = { email: 'admin@e2e.example', password: 'e2e administrator password' };

/** A free TCP port on loopback, for a server the harness or a spec starts. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForHealth(url: string, api: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`the API exited with code ${api.exitCode}:\n${log()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API did not become healthy within 60 s:\n${log()}`);
}

/**
 * Starts the whole stack on loopback for the browser tests: a local SMTP server and
 * the API serving the built SPA, on random ports, with a fresh SQLite store in a
 * temporary directory. Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    throw new Error(
      `Chromium is not at ${chromium}: run \`bash scripts/install-system-deps.sh\` as root (Debian package chromium).`,
    );
  }
  const webDist = join(root, 'apps/web/dist');
  if (!existsSync(join(webDist, 'index.html'))) throw new Error('The SPA is not built: run `npm run build` first.');

  const workDir = mkdtempSync(join(tmpdir(), 'ew-e2e-'));
  const mailDir = join(workDir, 'mail');
  const mailbox = await startMailbox(mailDir);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const api = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: join(root, 'apps/api'),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseUrl,
      DATABASE_URL: `sqlite:${join(workDir, 'e2e.sqlite')}`,
      SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`,
      // Top-ups in the specs are credited at once; production names its provider explicitly.
      PAYMENT_PROVIDER: 'test',
      DEMO_DATA: 'false',
      // Every spec signs people up from 127.0.0.1.
      SIGNUPS_PER_IP_PER_HOUR: '500',
      ANONYMOUS_REQUESTS_PER_MINUTE: '100000',
      // Production needs a command signing key; a fresh one per run.
      COMMAND_SIGNING_KEY: randomBytes(32).toString('base64'),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      WEB_DIST: webDist,
      LOG_LEVEL: 'warn',
      // Plain http on loopback in tests; production keeps the Secure flag.
      COOKIE_SECURE: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  api.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitForHealth(baseUrl, api, () => output);

  process.env.E2E_BASE_URL = baseUrl;
  process.env.E2E_MAIL_DIR = mailDir;
  process.env.E2E_DATABASE_FILE = join(workDir, 'e2e.sqlite');

  return async () => {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
    await mailbox.close();
    rmSync(workDir, { recursive: true, force: true });
  };
}
