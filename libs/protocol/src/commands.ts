import { z } from 'zod';

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const systemName = z.string().regex(/^ew[a-z2-7]{8}$/);
const hostName = z
  .string()
  .regex(/^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/);

/** A database or its user: the account's system name, `_`, and the customer's part. */
export const databaseName = z.string().regex(/^ew[a-z2-7]{8}_[a-z][a-z0-9_]{0,20}$/);
/** MySQL's native password hash (`*` and 40 hex digits): the clear password never leaves the API's answer. */
/** A secret sealed to the host's key (sealed.ts); the agent opens it before the command runs. */
const sealedSecret = z.string().startsWith('sealed:v1:').max(60_000);
/** A secret travels sealed once the host has a sealing key, in clear (signed, over TLS) before. */
const secret = <T extends z.ZodType>(plain: T) => z.union([plain, sealedSecret]);
const passwordHash = secret(z.string().regex(/^\*[0-9A-F]{40}$/));

/** PHP settings a site's pool gets as `php_admin_value`; the API keeps them within the administrators' bounds. */
export const phpSettingsSchema = z
  .object({
    memoryLimitMb: z.number().int().min(16).max(8192),
    uploadMaxMb: z.number().int().min(1).max(4096),
    maxExecutionSeconds: z.number().int().min(1).max(3600),
    displayErrors: z.boolean(),
    timezone: z
      .string()
      .regex(/^[A-Za-z]+(?:[/_+-][A-Za-z0-9]+)*$/)
      .max(64),
  })
  .strict();
export type PhpSettings = z.infer<typeof phpSettingsSchema>;

/** One scheduled job as the agent writes it into the account's crontab. */
export const cronJobSchema = z
  .object({
    id: uuid,
    /** Five fields or a macro; the API validated it (apps/api/src/cron). */
    schedule: z
      .string()
      .regex(/^(@(?:yearly|annually|monthly|weekly|daily|hourly)|[0-9A-Za-z*/,-]+(?: [0-9A-Za-z*/,-]+){4})$/),
    command: z
      .string()
      .min(1)
      .max(1000)
      .regex(/^[^\n\r\0]+$/),
    isEnabled: z.boolean(),
  })
  .strict();

/** The whole desired state of an account's access on its host: SSH keys, shell, scheduled jobs. */
export const accountSpecSchema = z
  .object({
    authorizedKeys: z
      .array(
        z
          .string()
          .regex(/^(ssh-ed25519|ecdsa-sha2-nistp(?:256|384|521)|ssh-rsa) [A-Za-z0-9+/]+={0,3}(?: [^\n\r\0]{0,200})?$/),
      )
      .max(100),
    shell: z.enum(['full', 'sftp']),
    cronJobs: z.array(cronJobSchema).max(200),
  })
  .strict();

/** The whole desired state of a site (DESIGN.md, "Sites are desired state"). */
export const siteSpecSchema = z
  .object({
    account: systemName,
    domains: z.array(hostName).min(1).max(21),
    phpVersion: z.string().regex(/^\d\.\d$/),
    /** The vhost the API rendered with libs/nginx for this host's layout. */
    vhost: z.string().max(200_000),
    isBlocked: z.boolean(),
    php: phpSettingsSchema.optional(),
    /** Who may open each password-protected path: the vhost reads `HTPASSWD_DIR/INDEX.htpasswd`. */
    htpasswd: z
      .array(
        z
          .object({
            index: z.number().int().min(0).max(19),
            users: z
              .array(
                z
                  .object({
                    name: z.string().regex(/^[A-Za-z0-9._@-]{1,64}$/),
                    hash: z.string().regex(/^\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}$/),
                  })
                  .strict(),
              )
              .max(100),
          })
          .strict(),
      )
      .max(20)
      .optional(),
  })
  .strict();

/** Every command type and its arguments; an unknown type is refused before anything runs. */
export const commandArgs = {
  'site.apply': z.object({ siteId: uuid, specVersion: z.number().int().min(1), spec: siteSpecSchema }).strict(),
  'site.delete': z.object({ siteId: uuid, account: systemName }).strict(),
  'site.detect': z.object({ siteId: uuid, account: systemName, domain: hostName }).strict(),
  'host.info': z.object({}).strict(),
  'account.apply': z
    .object({ account: systemName, specVersion: z.number().int().min(1), spec: accountSpecSchema })
    .strict(),
  /** Creates the database and its user if missing, and (re)sets the user's password. */
  'database.apply': z.object({ databaseId: uuid, account: systemName, name: databaseName, passwordHash }).strict(),
  /** Dumps the database into the archive (kept 30 days), then drops it and its user. */
  'database.delete': z.object({ databaseId: uuid, account: systemName, name: databaseName }).strict(),
  /** Creates the database again from its newest archived dump, with a new password. */
  'database.restore': z.object({ databaseId: uuid, account: systemName, name: databaseName, passwordHash }).strict(),
  /**
   * A site's certificate: `issue` asks the ACME server for one covering the domains
   * (HTTP-01 from the agent's challenge folder; also renews), `install` writes one the
   * customer uploaded (the API checked it), `revoke` revokes and removes it. The agent
   * answers with the certificate's facts (`certificateFactsSchema`).
   */
  'site.certificate': z
    .object({
      siteId: uuid,
      account: systemName,
      domains: z.array(hostName).min(1).max(21),
      action: z.enum(['issue', 'install', 'revoke']),
      certificate: z.string().max(100_000).optional(),
      key: secret(z.string().max(20_000)).optional(),
    })
    .strict(),
  /**
   * Moves a site in from an archive the customer uploaded (and a SQL dump): the agent
   * downloads them from the API, unpacks safely into the site's folder, imports the dump
   * into the new database, detects the CMS, and if asked points its settings at the new
   * database (which is why the new password travels here, signed and over TLS).
   */
  'site.import': z
    .object({
      siteId: uuid,
      account: systemName,
      domain: hostName,
      /** An uploaded archive, or the old host's SFTP account: exactly one. */
      archive: z
        .object({ uploadId: uuid, name: z.string().min(1).max(255) })
        .strict()
        .optional(),
      sftp: z
        .object({
          host: z.string().regex(/^[A-Za-z0-9.:-]{1,253}$/),
          port: z.number().int().min(1).max(65535),
          username: z.string().min(1).max(100),
          password: secret(z.string().min(1).max(200)),
          path: z.string().min(1).max(1024),
        })
        .strict()
        .optional(),
      dump: z
        .object({ uploadId: uuid, name: z.string().min(1).max(255) })
        .strict()
        .optional(),
      database: z
        .object({ name: databaseName, password: secret(z.string().min(16).max(100)) })
        .strict()
        .optional(),
      updateSettings: z.boolean(),
    })
    .strict()
    .refine((args) => Boolean(args.archive) !== Boolean(args.sftp), 'an archive or an SFTP source, exactly one'),
  /** Moves a file the antivirus found into the host's quarantine (the customer's choice). */
  'site.quarantine': z
    .object({
      findingId: uuid,
      account: systemName,
      /** Relative to the hosting root: the account's folder first. */
      path: z
        .string()
        .min(1)
        .max(4096)
        .regex(/^ew[a-z2-7]{8}\/[^\0]+$/)
        .refine((p) => !p.split('/').includes('..'), 'no .. segments'),
    })
    .strict(),
  /**
   * The panel keys the agent pins from now on (rotation with overlap: first [old, new]
   * signed by old, later [new] signed by new, which revokes old). The signer must be in
   * the new set, so a host can never be locked out by one command.
   */
  'host.keys': z
    .object({
      keys: z
        .array(
          z.object({ keyid: z.string().regex(/^[0-9a-f]{16}$/), publicKey: z.string().min(40).max(1000) }).strict(),
        )
        .min(1)
        .max(4),
    })
    .strict(),
} as const;

export type CommandType = keyof typeof commandArgs;

/** What the agent reports of a certificate it issued or installed. */
export const certificateFactsSchema = z
  .object({
    notBefore: z.string(),
    notAfter: z.string(),
    serial: z.string().max(100),
    issuer: z.string().max(500),
    domains: z.array(z.string().max(253)).max(100),
  })
  .strict();
export type CertificateFacts = z.infer<typeof certificateFactsSchema>;
export type CommandArgs<T extends CommandType> = z.infer<(typeof commandArgs)[T]>;
