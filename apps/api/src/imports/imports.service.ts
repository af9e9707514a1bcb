import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { CommandArgs } from '@elasticweb/protocol';
import { In, LessThan, Not, type DataSource, type EntityManager } from 'typeorm';
import type { Account } from '../accounts/account.entity.js';
import { InvalidInputError, NotFoundError } from '../common/errors.js';
import { parseInput } from '../common/validation.js';
import { z } from 'zod';
import { newId } from '../common/ids.js';
import type { Config } from '../config.js';
import type { RateLimiter } from '../database/rate-limiter.js';
import type { DatabasesService } from '../databases/databases.service.js';
import { Command, CommandStatus } from '../hosts/command.entity.js';
import type { CommandQueue } from '../hosts/command-queue.service.js';
import type { CommandOutcome } from '../hosts/command-outcomes.js';
import type { Host } from '../hosts/host.entity.js';
import { msg } from '../common/msg.js';
import { Site, SiteStatus } from '../sites/site.entity.js';
import { ImportStatus, SiteImport, Upload } from './import.entities.js';

const DAY = 24 * 3600_000;
const sftpSchema = z.object({
  host: z.string().regex(/^[A-Za-z0-9.:-]{1,253}$/, msg('Enter the old host’s name or address.')),
  // As the agent allows: SSH's port or an unprivileged one, never the host's other services.
  port: z
    .number()
    .int()
    .refine(
      (port) => port === 22 || (port >= 1024 && port <= 65535),
      msg('SFTP goes to port 22 or a port from 1024 up.'),
    ),
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
  path: z.string().min(1).max(1024),
});
const ARCHIVE = /\.(tar\.gz|tgz|tar|zip)$/i;
const DUMP = /\.(sql|sql\.gz)$/i;

export class UploadTooLargeError extends Error {}

/** An upload refused before its body is read: the HTTP status and the reason in words. */
export class UploadRefusedError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Moving a site in: the customer uploads the old site's archive (and a SQL dump) to the
 * API, which keeps them a week; an import gives the site's host a `site.import` command
 * (after a new database, when there is a dump), and the host fetches the files with its
 * own token. The agent's report — files, database, CMS found, settings changed — is kept.
 */
export class ImportsService {
  readonly dir: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: CommandQueue,
    private readonly databases: DatabasesService,
    private readonly config: Config,
    private readonly limiter: RateLimiter,
  ) {
    this.dir = join(config.DATA_DIR, 'uploads');
    queue.onOutcome(['site.import'], (manager, outcome) => this.importFinished(manager, outcome));
  }

  /**
   * Streams a request body to disk, up to UPLOAD_MAX_MB, and records it for the account.
   * Everything that can refuse it does so before the body is read: its declared size,
   * the account's space and number of waiting files, and its uploads this hour.
   */
  async receive(account: Account, name: string, body: IncomingMessage): Promise<Upload> {
    const clean = String(name ?? '')
      .replace(/[^\w.+-]/g, '_')
      .slice(-200);
    if (!ARCHIVE.test(clean) && !DUMP.test(clean))
      throw new InvalidInputError('file', msg('Upload a .tar.gz, .tgz, .zip, .sql or .sql.gz file.'));
    const max = this.config.UPLOAD_MAX_MB * 1024 * 1024;
    const declared = Number(body.headers['content-length']);
    if (!Number.isSafeInteger(declared) || declared <= 0)
      throw new UploadRefusedError(411, 'send the file with its size (a Content-Length header)');
    if (declared > max) throw new UploadTooLargeError(`larger than ${max} bytes`);
    await this.checkQuota(account, declared);
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const id = newId();
    const file = join(this.dir, id);
    const hash = createHash('sha256');
    let size = 0;
    const count = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > max) return done(new UploadTooLargeError(`larger than ${max} bytes`));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(body, count, createWriteStream(file, { mode: 0o600 }));
    } catch (error) {
      rmSync(file, { force: true });
      throw error;
    }
    const upload = Object.assign(new Upload(), {
      id,
      accountId: account.id,
      name: clean,
      sizeBytes: size,
      sha256: hash.digest('hex'),
      createdAt: new Date(),
    });
    await this.dataSource.getRepository(Upload).insert(upload);
    return upload;
  }

  private async checkQuota(account: Account, declared: number): Promise<void> {
    const waiting = await this.dataSource.getRepository(Upload).find({
      where: { accountId: account.id },
      select: { id: true, sizeBytes: true },
    });
    if (waiting.length >= this.config.UPLOAD_ACCOUNT_MAX_FILES)
      throw new UploadRefusedError(
        409,
        `${waiting.length} uploads are waiting to be imported; each goes once its import succeeds, or after a week`,
      );
    const taken = waiting.reduce((sum, upload) => sum + upload.sizeBytes, 0);
    const allowed = this.config.UPLOAD_ACCOUNT_MAX_MB * 1024 * 1024;
    if (taken + declared > allowed)
      throw new UploadRefusedError(
        413,
        `uploads waiting to be imported take ${Math.ceil(taken / 1048576)} MB of the ${this.config.UPLOAD_ACCOUNT_MAX_MB} MB an account may keep`,
      );
    const rate = await this.limiter.hit(`upload:account:${account.id}`, {
      limit: this.config.UPLOADS_PER_HOUR,
      windowSeconds: 3600,
    });
    if (!rate.allowed)
      throw new UploadRefusedError(
        429,
        `at most ${this.config.UPLOADS_PER_HOUR} uploads an hour; try again in ${Math.ceil(rate.retryAfterSeconds / 60)} minutes`,
      );
  }

  /** The file of an upload, for the host that imports it (and no other). */
  async fileForHost(host: Host, uploadId: string): Promise<string | null> {
    const imports = await this.dataSource.getRepository(SiteImport).find({
      where: [
        { archiveUploadId: String(uploadId), status: ImportStatus.RUNNING },
        { dumpUploadId: String(uploadId), status: ImportStatus.RUNNING },
      ],
    });
    for (const row of imports) {
      const site = await this.dataSource.getRepository(Site).findOneBy({ id: row.siteId });
      const file = join(this.dir, String(uploadId));
      if (site?.hostId === host.id && existsSync(file)) return file;
    }
    return null;
  }

  openForHost(file: string) {
    return createReadStream(file);
  }

  async start(
    account: Account,
    input: {
      siteId: string;
      archiveUploadId?: string | null;
      sftp?: { host: string; port: number; username: string; password: string; path: string } | null;
      dumpUploadId?: string | null;
      updateSettings: boolean;
    },
  ): Promise<SiteImport> {
    const site = await this.dataSource.getRepository(Site).findOneBy({
      id: String(input.siteId),
      accountId: account.id,
      status: Not(In([SiteStatus.DELETED, SiteStatus.DELETING])),
    });
    if (!site) throw new NotFoundError(msg('This site does not exist.'));
    if (!site.hostId)
      throw new InvalidInputError('siteId', msg('The site is not on a server yet; try again once it is live.'));
    if (Boolean(input.archiveUploadId) === Boolean(input.sftp))
      throw new InvalidInputError(
        'archiveUploadId',
        msg('Upload the site’s files, or give the old host’s SFTP account: one of the two.'),
      );
    const archive = input.archiveUploadId
      ? await this.ownUpload(account, input.archiveUploadId, 'archiveUploadId', ARCHIVE)
      : null;
    const sftp = input.sftp ? parseInput(sftpSchema, input.sftp, 'sftp') : null;
    const dump = input.dumpUploadId ? await this.ownUpload(account, input.dumpUploadId, 'dumpUploadId', DUMP) : null;
    if (await this.dataSource.getRepository(SiteImport).existsBy({ siteId: site.id, status: ImportStatus.RUNNING }))
      throw new InvalidInputError('siteId', msg('An import of this site is already running.'));
    // A dump goes into a database of its own, made first; the import waits for it.
    const database = dump
      ? await this.databases.create(account, { name: `import_${randomBytes(4).toString('hex').slice(0, 6)}` })
      : null;
    const hostId = site.hostId;
    const row = await this.dataSource.transaction(async (manager) => {
      const prepare = database
        ? await manager.getRepository(Command).findOne({
            where: { subjectId: database.database.id, type: 'database.apply' },
            order: { createdAt: 'DESC', id: 'DESC' },
          })
        : null;
      const args: CommandArgs<'site.import'> = {
        siteId: site.id,
        account: account.systemName,
        domain: site.domain,
        ...(archive ? { archive: { uploadId: archive.id, name: archive.name } } : {}),
        ...(sftp ? { sftp } : {}),
        ...(dump ? { dump: { uploadId: dump.id, name: dump.name } } : {}),
        ...(database ? { database: { name: database.database.name, password: database.password } } : {}),
        updateSettings: Boolean(input.updateSettings),
      };
      const command = await this.queue.enqueueWith(manager, {
        hostId,
        siteId: site.id,
        type: 'site.import',
        args,
        dependsOn: prepare ? [prepare.id] : [],
        ttlSeconds: 24 * 3600,
      });
      const imported = Object.assign(new SiteImport(), {
        id: newId(),
        siteId: site.id,
        accountId: account.id,
        commandId: command.id,
        archiveUploadId: archive?.id ?? null,
        sftpSource: sftp ? `${sftp.host}:${sftp.port}${sftp.path.startsWith('/') ? '' : '/'}${sftp.path}` : null,
        dumpUploadId: dump?.id ?? null,
        databaseId: database?.database.id ?? null,
        status: ImportStatus.RUNNING,
        report: null,
        error: null,
        createdAt: new Date(),
        finishedAt: null,
      });
      await manager.getRepository(SiteImport).insert(imported);
      return imported;
    });
    this.queue.wake(hostId);
    return row;
  }

  async importsOf(account: Account, siteId: string): Promise<Array<SiteImport & { currentStep: string | null }>> {
    const rows = await this.dataSource.getRepository(SiteImport).find({
      where: { siteId: String(siteId), accountId: account.id },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: 10,
    });
    // A running import says which step its host is at.
    const running = rows.filter((r) => r.status === ImportStatus.RUNNING).map((r) => r.commandId);
    const commands = running.length
      ? await this.dataSource
          .getRepository(Command)
          .find({ where: { id: In(running) }, select: { id: true, progressMessage: true } })
      : [];
    const steps = new Map(commands.map((c) => [c.id, c.progressMessage]));
    return rows.map((row) => Object.assign(row, { currentStep: steps.get(row.commandId) ?? null }));
  }

  /** Uploads older than a week go (their imports are long done). */
  async pruneUploads(now = new Date()): Promise<number> {
    const old = await this.dataSource
      .getRepository(Upload)
      .findBy({ createdAt: LessThan(new Date(now.getTime() - 7 * DAY)) });
    for (const upload of old) rmSync(join(this.dir, upload.id), { force: true });
    if (old.length) await this.dataSource.getRepository(Upload).delete({ id: In(old.map((u) => u.id)) });
    return old.length;
  }

  private async ownUpload(account: Account, id: string, field: string, kind: RegExp): Promise<Upload> {
    const upload = await this.dataSource.getRepository(Upload).findOneBy({ id: String(id), accountId: account.id });
    if (!upload || !existsSync(join(this.dir, upload.id)))
      throw new InvalidInputError(field, msg('Upload the file again: this one is gone.'));
    if (!kind.test(upload.name))
      throw new InvalidInputError(field, msg('Upload a .tar.gz, .tgz, .zip, .sql or .sql.gz file.'));
    return upload;
  }

  private async importFinished(
    manager: EntityManager,
    { command, status, error, args }: CommandOutcome<'site.import'>,
  ) {
    if (status === CommandStatus.SUPERSEDED) return;
    // Passwords (the new database's, the old host's) were needed only for this delivery.
    await manager.getRepository(Command).update(
      { id: command.id },
      {
        argsJson: JSON.stringify({
          ...args,
          ...(args.database ? { database: { ...args.database, password: '[removed]' } } : {}),
          ...(args.sftp ? { sftp: { ...args.sftp, password: '[removed]' } } : {}),
        }),
      },
    );
    const row = await manager.getRepository(SiteImport).findOneBy({ commandId: command.id });
    if (!row) return;
    // A site moved in needs its files no more: they stop counting against the account
    // (a failed import keeps them for another try, until the week is up).
    if (status === CommandStatus.SUCCEEDED) {
      const used = [row.archiveUploadId, row.dumpUploadId].filter((id): id is string => id !== null);
      if (used.length) {
        await manager.getRepository(Upload).delete({ id: In(used) });
        for (const id of used) rmSync(join(this.dir, id), { force: true });
      }
    }
    await manager.getRepository(SiteImport).update(
      { id: row.id },
      {
        status: status === CommandStatus.SUCCEEDED ? ImportStatus.SUCCEEDED : ImportStatus.FAILED,
        report: command.result,
        error: status === CommandStatus.SUCCEEDED ? null : (error ?? status).slice(0, 4000),
        finishedAt: new Date(),
      },
    );
  }
}
