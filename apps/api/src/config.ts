import { z } from 'zod';

const databaseUrl = z
  .string()
  .refine((value) => /^(mysql|mariadb):\/\/[^/]+\/[A-Za-z0-9_$]+/.test(value) || value.startsWith('sqlite:'), {
    message: 'must be mysql://USER:PASSWORD@HOST:PORT/DATABASE or sqlite:PATH',
  });

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Where to listen; absent: loopback while the demo logins exist, every address otherwise. */
  HOST: z.string().min(1).optional(),
  /** Absent: the embedded SQLite store under ./data. */
  DATABASE_URL: databaseUrl.optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Where links in e-mails point; defaults to http://localhost:PORT. */
  PUBLIC_URL: z.url({ message: 'must be an absolute URL such as https://panel.example.com' }).optional(),
  /** smtp://user:pass@host:port or smtps://...; absent: mail is printed to the log. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { message: 'must start with smtp:// or smtps://' })
    .optional(),
  MAIL_FROM: z.string().min(3).default('Elasticweb <no-reply@elasticweb.localhost>'),
  ADMIN_EMAIL: z.email({ message: 'must be an e-mail address' }).optional(),
  ADMIN_PASSWORD: z.string().min(12, { message: 'must be at least 12 characters' }).optional(),
  /** Create the demo customer and administrator on an empty database (default: on outside production). */
  DEMO_DATA: z.enum(['true', 'false']).optional(),
  /** Serve the built SPA from this folder (default: apps/web/dist when it exists). */
  WEB_DIST: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Mark the session cookie Secure; on by default in production. */
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  /** Base64 of the 32-byte Ed25519 seed that signs commands to agents. */
  COMMAND_SIGNING_KEY: z.string().min(40).optional(),
  /** A file holding that seed (generated into DATA_DIR for the embedded default). */
  COMMAND_SIGNING_KEY_FILE: z.string().min(1).optional(),
  /** Each alert is also posted here as JSON (a chat hook, an incident tool). */
  ALERT_WEBHOOK_URL: z
    .url({ message: 'must be an absolute URL such as https://hooks.example.com/elasticweb' })
    .optional(),
  /** How long an agent holds a delivered command before it returns to the queue (it extends it while working). */
  COMMAND_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** More public keys agents pin (base64, comma-separated): the next signing key, or the previous one. */
  COMMAND_TRUSTED_PUBLIC_KEYS: z.string().optional(),
  /** The largest PHP settings a customer may choose for a site. */
  PHP_MAX_MEMORY_MB: z.coerce.number().int().min(32).max(8192).default(1024),
  PHP_MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(4096).default(512),
  PHP_MAX_EXECUTION_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
  /** How long usage is kept: raw samples, 5-minute and hourly rollups (daily ones forever). */
  USAGE_RAW_DAYS: z.coerce.number().int().min(1).max(3650).default(7),
  USAGE_5M_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  USAGE_HOURLY_DAYS: z.coerce.number().int().min(1).max(36500).default(730),
  /** Signs payment providers' webhooks; absent: a new one each start (the built-in test provider only). */
  PAYMENT_WEBHOOK_SECRET: z.string().min(16).optional(),
  /**
   * Who takes payments: the built-in test provider (credits at once, no money moves),
   * or Stripe (Checkout Sessions). Absent: the test provider outside production; in
   * production there is no default, since the test provider would hand out money.
   */
  PAYMENT_PROVIDER: z.enum(['test', 'stripe']).optional(),
  /** Stripe's secret API key and its address (another address for a Stripe-compatible service or a test double). */
  STRIPE_API_KEY: z.string().min(8).optional(),
  STRIPE_API_URL: z.url().default('https://api.stripe.com'),
  /** A partner's share of referred customers' top-ups in their first 12 months, in percent. */
  REFERRAL_SHARE_PERCENT: z.coerce.number().min(0).max(50).default(10),
  /** The smallest payout a partner may request, in euros. */
  PAYOUT_MINIMUM_EUR: z.coerce.number().int().min(0).max(100000).default(50),
  /** A CA (PEM file) trusted for uploaded certificates besides the public roots (a private CA, tests). */
  CERTIFICATE_TRUSTED_CA_FILE: z.string().min(1).optional(),
  /** The largest file a customer may upload to import a site (archive or SQL dump). */
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(100_000).default(2048),
  /** What one account's uploads waiting to be imported may take together, and how many there may be. */
  UPLOAD_ACCOUNT_MAX_MB: z.coerce.number().int().min(1).max(1_000_000).default(4096),
  UPLOAD_ACCOUNT_MAX_FILES: z.coerce.number().int().min(1).max(1000).default(10),
  /** How many files one account may upload an hour. */
  UPLOADS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
  /** How often each replica runs the scheduled jobs (rollups, charging, suspension, commissions). */
  JOB_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** How many accounts one address may sign up an hour (a shared office or school may need more). */
  SIGNUPS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
  /** GraphQL requests an address may send a minute without signing in (the login and sign-up pages need a few). */
  ANONYMOUS_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  /** DNS servers for ownership checks (comma-separated `host:port`); absent: the system's. */
  DNS_SERVERS: z.string().optional(),
  /** How long a session lasts at most, and how long it may go unused before it ends. */
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  SESSION_IDLE_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  /** A host whose agent has not called for this long must enroll again (a lost or retired server's token dies). */
  HOST_TOKEN_IDLE_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** Trust X-Forwarded-For from this many proxies in front of the API (for per-IP rate limits). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
});

export type Config = z.infer<typeof configSchema> & {
  publicUrl: string;
  isProduction: boolean;
  demoData: boolean;
  cookieSecure: boolean;
  HOST: string;
  /** `none`: production without PAYMENT_PROVIDER; top-ups are refused (and start-up stops, see productionProblems). */
  paymentProvider: 'test' | 'stripe' | 'none';
};

export class ConfigError extends Error {}

/** Parses the environment; a bad value stops start-up with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const value = parsed.data;
  if ((value.ADMIN_EMAIL === undefined) !== (value.ADMIN_PASSWORD === undefined)) {
    throw new ConfigError('Invalid configuration:\n  ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (value.PAYMENT_PROVIDER === 'stripe' && (!value.STRIPE_API_KEY || !value.PAYMENT_WEBHOOK_SECRET)) {
    throw new ConfigError(
      "Invalid configuration:\n  PAYMENT_PROVIDER=stripe needs STRIPE_API_KEY and PAYMENT_WEBHOOK_SECRET (the endpoint's signing secret)",
    );
  }
  const isProduction = value.NODE_ENV === 'production';
  const demoData = value.DEMO_DATA ? value.DEMO_DATA === 'true' : !isProduction;
  return {
    ...value,
    HOST: value.HOST ?? (demoData ? '127.0.0.1' : '0.0.0.0'),
    publicUrl: (value.PUBLIC_URL ?? `http://localhost:${value.PORT}`).replace(/\/+$/, ''),
    isProduction,
    demoData,
    cookieSecure: value.COOKIE_SECURE ? value.COOKIE_SECURE === 'true' : isProduction,
    paymentProvider: value.PAYMENT_PROVIDER ?? (isProduction ? 'none' : 'test'),
  };
}

/**
 * What a production start needs and does not have, one line per setting (README,
 * "Production checklist"). Outside production every one of them has a safe default.
 */
export function productionProblems(config: Config): string[] {
  if (!config.isProduction) return [];
  const problems: string[] = [];
  if (!config.DATABASE_URL)
    problems.push('DATABASE_URL: required in production (mysql://…; sqlite:PATH only for a single replica)');
  if (!config.PUBLIC_URL) problems.push('PUBLIC_URL: required in production (the address links in e-mails point to)');
  if (!config.SMTP_URL) problems.push('SMTP_URL: required in production (reset and verification links are mailed)');
  if (!config.PAYMENT_PROVIDER)
    problems.push(
      'PAYMENT_PROVIDER: required in production: stripe, or test to credit top-ups without payment (the panel says so)',
    );
  if (!config.COMMAND_SIGNING_KEY && !config.COMMAND_SIGNING_KEY_FILE)
    problems.push('COMMAND_SIGNING_KEY or COMMAND_SIGNING_KEY_FILE: required in production (signs commands to agents)');
  if (config.DEMO_DATA === 'true')
    problems.push('DEMO_DATA: the demo logins have known passwords; leave it unset in production');
  return problems;
}

/** Stops a production start that misses a setting, naming each one. */
export function assertProductionReady(config: Config): void {
  const problems = productionProblems(config);
  if (problems.length) throw new ConfigError(`Invalid configuration for production:\n  ${problems.join('\n  ')}`);
}
