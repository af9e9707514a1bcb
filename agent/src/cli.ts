import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Agent } from './agent.js';
import { ApiClient } from './api-client.js';
import { loadConfig, parseConfig, type AgentConfig } from './config.js';
import { collectHostInfo } from './host-info.js';
import { createLogger } from './log.js';
import { sealingPublicKeyOf } from '@elasticweb/protocol';
import { AgentState } from './state.js';
import { WebServers } from './web-servers.js';
import { provision } from './provision/provision.js';

const USAGE = `elasticweb-agent — the Elasticweb host agent

  elasticweb-agent enroll --api=URL --token=TOKEN --config=FILE [--ca=FILE]
  elasticweb-agent enroll --api=URL --token=TOKEN --state=DIR [--ca=FILE]
      Exchanges a one-time enrollment token (Administration → Hosts) for this host's
      identity and writes it to the config's state folder (or DIR). The host reports
      the layout the config describes (without one: a standard Debian host). --ca pins
      the CA that signed the API's certificate.

  elasticweb-agent run --config FILE
      Long-polls the API for signed commands and applies them. FILE is JSON; see README.

  elasticweb-agent provision [--dry-run] [--prefix DIR]
      Prepares a Debian 12 host: nginx, php-fpm with OPcache, MariaDB, Git, Composer,
      ClamAV, nftables (Debian packages), WP-CLI and Drush (pinned, checksummed), the
      firewall rule set, the agent's config and systemd unit. Idempotent: a second run
      changes nothing and says so. --dry-run prints the plan; --prefix writes the files
      under DIR and only plans downloads and services (tests, a look before the real run).

  elasticweb-agent init-local --dir DIR [--port 8080]
      Writes DIR/agent.json for a local demo host: everything under DIR, the agent's own
      nginx on 127.0.0.1:PORT and its own php-fpm. Then enroll with --state DIR/state.
`;

/** The config of a host that lives in one folder of this machine: the README's local demo. */
export function localHostConfig(dir: string, port: number): AgentConfig {
  return parseConfig({
    state: join(dir, 'state'),
    prefix: join(dir, 'root'),
    pollSeconds: 50,
    progressSeconds: 5,
    maxBackoffSeconds: 10,
    nginx: { manage: true, listen: [`127.0.0.1:${port}`], listenTls: [`127.0.0.1:${port + 363}`] },
    phpFpm: { manage: true },
    // A host on this machine has no public name for a certificate authority to reach.
    acme: { enabled: false },
  });
}

const ENROLL = `mutation ($token: String!, $info: HostInfoInput!) {
  enrollHost(enrollmentToken: $token, info: $info) { hostId hostToken panelKeys { keyid publicKey } } }`;

export async function enroll(options: {
  api: string;
  token: string;
  state: string;
  ca?: string | undefined;
  config?: AgentConfig | undefined;
}): Promise<string> {
  const state = new AgentState(resolve(options.state));
  if (state.isEnrolled()) throw new Error(`${options.state} already holds an enrollment; use another folder`);
  const ca = options.ca ? readFileSync(options.ca, 'utf8') : null;
  const config = options.config ?? parseConfig({ state: options.state });
  const servers = new WebServers(config, createLogger('error'));
  const info = await collectHostInfo(
    config.nginx.binary,
    Object.keys(servers.phpFpm),
    servers.layout(),
    sealingPublicKeyOf(state.sealingKey()),
  );
  const client = new ApiClient({ url: options.api, ca });
  const { enrollHost } = await client.graphql<{
    enrollHost: { hostId: string; hostToken: string; panelKeys: Array<{ keyid: string; publicKey: string }> };
  }>(ENROLL, { token: options.token, info });
  state.writeEnrollment({
    apiUrl: options.api,
    hostId: enrollHost.hostId,
    hostToken: enrollHost.hostToken,
    panelKeys: enrollHost.panelKeys,
    ca,
    enrolledAt: new Date().toISOString(),
  });
  return enrollHost.hostId;
}

/**
 * Parses `--name value` and `--name=value`. A value that starts with `-` is only
 * understood in the second form; say so in words rather than in parseArgs' terms.
 */
function parseOptions(args: string[], names: string[]): Record<string, string | undefined> | null {
  try {
    const { values } = parseArgs({
      args,
      options: Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
    });
    return values as Record<string, string | undefined>;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'(--[a-z-]+)'/.exec((error as Error).message)?.[1];
    process.stderr.write(
      code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option
        ? `${option} needs a value. A value that starts with "-" must be joined with "=": ${option}=VALUE\n`
        : `${(error as Error).message}\n\n${USAGE}`,
    );
    return null;
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'enroll') {
      const values = parseOptions(rest, ['api', 'token', 'state', 'ca', 'config']);
      if (!values) return 2;
      if (!values.api || !values.token || (!values.state && !values.config)) {
        process.stderr.write(`enroll needs --api, --token and --config (or --state)\n\n${USAGE}`);
        return 2;
      }
      if (values.ca && !existsSync(values.ca)) throw new Error(`no CA file at ${values.ca}`);
      const config = values.config ? loadConfig(values.config) : undefined;
      const state = values.state ?? config!.state;
      const hostId = await enroll({ api: values.api, token: values.token, state, ca: values.ca, config });
      process.stdout.write(`Enrolled as host ${hostId}; identity written to ${state}\n`);
      return 0;
    }
    if (command === 'provision') {
      const { values } = parseArgs({
        args: argv.slice(1),
        options: { 'dry-run': { type: 'boolean' }, prefix: { type: 'string' } },
      });
      const prefix = resolve(values.prefix ?? '/');
      const isHost = prefix === '/';
      const root = isHost ? '' : prefix;
      const report = await provision(
        {
          prefix,
          packages: true,
          downloads: isHost,
          services: isHost,
          agentConfig: { state: `${root}/var/lib/elasticweb-agent`, ...(isHost ? {} : { prefix }) },
        },
        { dryRun: Boolean(values['dry-run']), print: (line) => process.stdout.write(`${line}\n`) },
      );
      process.stdout.write(`${JSON.stringify({ changed: report.changed.length, planned: report.planned.length })}\n`);
      return 0;
    }
    if (command === 'init-local') {
      const { values } = parseArgs({ args: rest, options: { dir: { type: 'string' }, port: { type: 'string' } } });
      if (!values.dir) {
        process.stderr.write(`init-local needs --dir\n\n${USAGE}`);
        return 2;
      }
      const dir = resolve(values.dir);
      const port = Number(values.port ?? 8080);
      if (!Number.isInteger(port) || port < 1 || port > 65_000) throw new Error(`not a port: ${values.port}`);
      const file = join(dir, 'agent.json');
      if (existsSync(file)) throw new Error(`${file} already exists`);
      mkdirSync(join(dir, 'root'), { recursive: true, mode: 0o755 });
      // nginx's workers must walk into the demo folder.
      chmodSync(dir, 0o755);
      writeFileSync(file, `${JSON.stringify(localHostConfig(dir, port), null, 2)}\n`);
      process.stdout.write(
        `Wrote ${file}. Next:\n  npx elasticweb-agent enroll --api=http://localhost:4000 --token=TOKEN --config=${file}\n  npx elasticweb-agent run --config ${file}\n`,
      );
      return 0;
    }
    if (command === 'run') {
      const { values } = parseArgs({ args: rest, options: { config: { type: 'string' } } });
      if (!values.config) {
        process.stderr.write(`run needs --config FILE\n\n${USAGE}`);
        return 2;
      }
      const config = loadConfig(values.config);
      const logger = createLogger(config.logLevel);
      const agent = new Agent(config, logger);
      const shutdown = (signal: string) => {
        logger.info('stopping', { signal });
        void agent.stop().then(() => process.exit(0));
      };
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));
      // Every tenant on the host depends on this process: an error that escaped a
      // command (a library's stray event) is logged and the agent goes on; the
      // command it came from has already failed or fails by its own timeout.
      process.on('uncaughtException', (error) =>
        logger.error('unexpected error outside any command; the agent keeps running', { err: error }),
      );
      process.on('unhandledRejection', (reason) =>
        logger.error('unexpected rejection outside any command; the agent keeps running', { err: reason }),
      );
      await agent.run();
      return 0;
    }
    process.stdout.write(USAGE);
    return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  } catch (error) {
    process.stderr.write(`elasticweb-agent: ${(error as Error).message}\n`);
    return 1;
  }
}
