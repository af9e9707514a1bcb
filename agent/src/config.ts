import { readFileSync } from 'node:fs';
import { z } from 'zod';

const listen = z.array(z.string().regex(/^[\w.:[\]]+$/)).min(1);

/**
 * The agent's configuration file (JSON). Every key but `state` has a default, which is
 * what a production Debian host uses; tests and the local demo set `prefix` and
 * `manage: true` to run their own nginx and php-fpm.
 */
export const configSchema = z
  .object({
    /** The folder `enroll` wrote: host id, token, pinned keys, journal. */
    state: z.string().min(1),
    /** Filesystem prefix for everything the agent writes: "/" in production. */
    prefix: z.string().startsWith('/').default('/'),
    /** How long each long poll may wait for a command (the API answers at most after 50 s). */
    pollSeconds: z.number().int().min(0).max(50).default(50),
    /** While a command runs, the agent says so this often, which extends its lease. */
    progressSeconds: z.number().min(0.2).max(300).default(20),
    /** The longest pause between attempts to reach an API that is away. */
    maxBackoffSeconds: z.number().min(0.1).max(600).default(60),
    nginx: z
      .object({
        /** true: run an nginx master of our own under the prefix; false: drive the system's. */
        manage: z.boolean().default(false),
        listen: listen.default(['80', '[::]:80']),
        listenTls: z.array(z.string().regex(/^[\w.:[\]]+$/)).default(['443', '[::]:443']),
        binary: z.string().default('/usr/sbin/nginx'),
        /** The Unix user nginx's workers run as; it must read the sites' files. */
        user: z.string().default('www-data'),
      })
      .strict()
      .default({
        manage: false,
        listen: ['80', '[::]:80'],
        listenTls: ['443', '[::]:443'],
        binary: '/usr/sbin/nginx',
        user: 'www-data',
      }),
    phpFpm: z
      .object({
        manage: z.boolean().default(false),
        /** php-fpm binaries by version; found in /usr/sbin when absent. */
        binaries: z.record(z.string().regex(/^\d\.\d$/), z.string()).optional(),
      })
      .strict()
      .default({ manage: false }),
    /** The host's database server, where customers' databases live (the agent needs an account that may create users). */
    mysql: z
      .object({
        host: z.string().default('localhost'),
        port: z.number().int().min(1).max(65535).default(3306),
        socketPath: z.string().nullable().default('/run/mysqld/mysqld.sock'),
        user: z.string().default('root'),
        password: z.string().default(''),
      })
      .strict()
      .default({ host: 'localhost', port: 3306, socketPath: '/run/mysqld/mysqld.sock', user: 'root', password: '' }),
    /** Usage statistics: every process of every account, sampled from /proc and sent through a spool. */
    usage: z
      .object({
        enabled: z.boolean().default(true),
        sampleSeconds: z.number().min(1).max(3600).default(10),
        /** How often each account's disk space is walked (one account at a time, lowest IO priority). */
        diskSeconds: z.number().min(1).max(86_400).default(300),
        /** Above this the oldest intervals are dropped first (the API being away for days). */
        spoolMaxMb: z.number().min(1).max(100_000).default(200),
      })
      .strict()
      .default({ enabled: true, sampleSeconds: 10, diskSeconds: 300, spoolMaxMb: 200 }),
    /** ClamAV over every account's files, at the lowest priority; findings go to the panel. */
    antivirus: z
      .object({
        enabled: z.boolean().default(true),
        intervalSeconds: z
          .number()
          .min(1)
          .max(30 * 86_400)
          .default(86_400),
        /** A signature database (file or folder) other than ClamAV's own (tests bring one). */
        database: z.string().nullable().default(null),
      })
      .strict()
      .default({ enabled: true, intervalSeconds: 86_400, database: null }),
    /** Moving sites in from their old hosts. */
    imports: z
      .object({
        /**
         * Let customers' SFTP imports reach loopback and private addresses. Off: a
         * customer could otherwise make the host probe its own network. Only for a test
         * or a closed lab where the old hosts are private.
         */
        allowPrivateSources: z.boolean().default(false),
      })
      .strict()
      .default({ allowPrivateSources: false }),
    /** Certificates through ACME (RFC 8555) HTTP-01: Let's Encrypt unless told otherwise. */
    acme: z
      .object({
        /** false: this host gets no automatic certificates (customers may still upload theirs). */
        enabled: z.boolean().default(true),
        directoryUrl: z.url().default('https://acme-v02.api.letsencrypt.org/directory'),
        /** Where the ACME server sends expiry notices (optional). */
        email: z.email().optional(),
        /** A CA file to trust for the ACME server itself (a test server such as pebble). */
        caFile: z.string().optional(),
      })
      .strict()
      .default({ enabled: true, directoryUrl: 'https://acme-v02.api.letsencrypt.org/directory' }),
    logLevel: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  })
  .strict();

export type AgentConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

export function parseConfig(value: unknown, source = 'configuration'): AgentConfig {
  const parsed = configSchema.safeParse(value);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(top)'}: ${issue.message}`);
    throw new ConfigError(`Invalid ${source}:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export function loadConfig(file: string): AgentConfig {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  return parseConfig(json, file);
}
