import { DEBIAN_LAYOUT, sitePaths, type CommandArgs, type HostReportedLayout } from '@elasticweb/protocol';
import { Not, type DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { Account } from '../accounts/account.entity.js';
import { isUniqueViolation } from '../common/db-errors.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { isUuid, newId } from '../common/ids.js';
import { parseInput } from '../common/validation.js';
import { forUpdate } from '../database/locking.js';
import { CronJob } from '../cron/cron-job.entity.js';
import { parseSchedule } from '../cron/cron-schedule.js';
import { Command, CommandStatus } from '../hosts/command.entity.js';
import type { CommandQueue } from '../hosts/command-queue.service.js';
import { Host } from '../hosts/host.entity.js';
import { msg } from '../common/msg.js';
import { homeHostOf } from '../hosts/home-host.js';
import { Site, SiteStatus } from '../sites/site.entity.js';
import { type AccessInfo, ShellAccess } from './access.types.js';
import { SshKey } from './ssh-key.entity.js';
import { parseSshPublicKey } from './ssh-public-key.js';

const commandSchema = z
  .string({ message: msg('Enter the command to run.') })
  .trim()
  .min(1, { message: msg('Enter the command to run.') })
  .max(1000, { message: msg('A command can be at most 1,000 characters long.') })
  .refine((command) => !/[\r\n\0]/.test(command), { message: msg('A command is one line.') });

export interface CronJobInput {
  schedule: string;
  command: string;
  isEnabled?: boolean | null;
}

/**
 * What an account is on its host besides its sites: SSH keys, shell or SFTP only, and
 * scheduled jobs. Every change is a new `account.apply` spec version carrying all of
 * it, queued in the same transaction; a newer spec supersedes older queued ones.
 */
export class AccountAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: CommandQueue,
  ) {}

  async sshKeys(account: Account): Promise<SshKey[]> {
    return this.dataSource
      .getRepository(SshKey)
      .find({ where: { accountId: account.id }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async addSshKey(account: Account, publicKey: string): Promise<SshKey> {
    const parsed = parseSshPublicKey(String(publicKey ?? '').slice(0, 20_000));
    if (!parsed.ok) throw new InvalidInputError('publicKey', parsed.message, parsed.params);
    const key = Object.assign(new SshKey(), {
      id: newId(),
      accountId: account.id,
      type: parsed.type,
      bits: parsed.bits,
      fingerprint: parsed.fingerprint,
      publicKey: parsed.keyLine,
      comment: parsed.comment,
      createdAt: new Date(),
    });
    try {
      await this.change(account, (manager) => manager.getRepository(SshKey).insert(key));
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('publicKey', msg('This key is already added.'));
      throw error;
    }
    return key;
  }

  async removeSshKey(account: Account, id: string): Promise<boolean> {
    await this.change(account, async (manager) => {
      const removed = isUuid(String(id))
        ? await manager.getRepository(SshKey).delete({ id: String(id), accountId: account.id })
        : { affected: 0 };
      if (!removed.affected) throw new NotFoundError(msg('This key does not exist.'));
    });
    return true;
  }

  async setShell(account: Account, shell: ShellAccess): Promise<AccessInfo> {
    if (!Object.values(ShellAccess).includes(shell))
      throw new InvalidInputError('shell', msg('Choose full shell or SFTP only.'));
    await this.change(account, (manager) => manager.getRepository(Account).update({ id: account.id }, { shell }));
    return this.info(Object.assign(account, { shell }));
  }

  async cronJobs(account: Account): Promise<CronJob[]> {
    return this.dataSource
      .getRepository(CronJob)
      .find({ where: { accountId: account.id }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async createCronJob(account: Account, input: CronJobInput): Promise<CronJob> {
    const now = new Date();
    const job = Object.assign(new CronJob(), {
      id: newId(),
      accountId: account.id,
      ...this.checkJob(input),
      isEnabled: input.isEnabled ?? true,
      createdAt: now,
      updatedAt: now,
      lastRunAt: null,
      lastExitCode: null,
      lastOutput: null,
    });
    await this.change(account, (manager) => manager.getRepository(CronJob).insert(job));
    return job;
  }

  async updateCronJob(account: Account, id: string, input: CronJobInput): Promise<CronJob> {
    const changes = {
      ...this.checkJob(input),
      ...(typeof input.isEnabled === 'boolean' ? { isEnabled: input.isEnabled } : {}),
    };
    await this.change(account, async (manager) => {
      const updated = isUuid(String(id))
        ? await manager
            .getRepository(CronJob)
            .update({ id: String(id), accountId: account.id }, { ...changes, updatedAt: new Date() })
        : { affected: 0 };
      if (!updated.affected) throw new NotFoundError(msg('This scheduled job does not exist.'));
    });
    return this.dataSource.getRepository(CronJob).findOneByOrFail({ id: String(id) });
  }

  async deleteCronJob(account: Account, id: string): Promise<boolean> {
    await this.change(account, async (manager) => {
      const removed = isUuid(String(id))
        ? await manager.getRepository(CronJob).delete({ id: String(id), accountId: account.id })
        : { affected: 0 };
      if (!removed.affected) throw new NotFoundError(msg('This scheduled job does not exist.'));
    });
    return true;
  }

  /** The agent reports the runs it saw; only jobs of accounts living on that host are touched. */
  async recordCronRuns(
    host: Host,
    runs: Array<{ jobId: string; startedAt: Date; exitCode: number; output: string }>,
  ): Promise<number> {
    let recorded = 0;
    for (const run of runs.slice(0, 500)) {
      if (!isUuid(run.jobId)) continue;
      const job = await this.dataSource.getRepository(CronJob).findOneBy({ id: run.jobId });
      if (!job) continue;
      const owner = await this.dataSource.getRepository(Account).findOneBy({ id: job.accountId });
      if (owner?.homeHostId !== host.id) continue;
      await this.dataSource
        .getRepository(CronJob)
        .update(
          { id: job.id },
          { lastRunAt: run.startedAt, lastExitCode: run.exitCode, lastOutput: String(run.output).slice(-65_536) },
        );
      recorded += 1;
    }
    return recorded;
  }

  async info(account: Account): Promise<AccessInfo> {
    const host = account.homeHostId
      ? await this.dataSource.getRepository(Host).findOneBy({ id: account.homeHostId })
      : null;
    const layout = host ? (JSON.parse(host.layoutJson) as HostReportedLayout) : DEBIAN_LAYOUT;
    const sites = await this.dataSource.getRepository(Site).find({
      where: { accountId: account.id, status: Not(SiteStatus.DELETED) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const home = sitePaths(layout, account.systemName, 'x', 'x').home;
    return {
      host: host?.name ?? null,
      user: account.systemName,
      shell: account.shell as ShellAccess,
      home,
      sites: sites.map((site) => ({
        domain: site.domain,
        path: sitePaths(layout, account.systemName, site.id, site.domain).siteRoot,
      })),
    };
  }

  /**
   * Whether the account's keys, shell or jobs are still on their way: an account.apply
   * queued or running, or changes made before the account had a host, never sent yet.
   */
  async isApplying(account: Account): Promise<boolean> {
    const inFlight = await this.dataSource.getRepository(Command).exists({
      where: [
        { subjectId: account.id, status: CommandStatus.QUEUED },
        { subjectId: account.id, status: CommandStatus.LEASED },
      ],
    });
    return inFlight || (await this.neverSent(this.dataSource.manager, account));
  }

  /**
   * Sends the access of accounts whose keys, shell or jobs were set before any host
   * existed (they were kept, and nothing went out): run when a host enrolls.
   */
  async deployWaitingAccounts(): Promise<number> {
    // Only accounts that set something: most never do, and enrolling must not walk them all.
    const rows = (await this.dataSource.query(
      `SELECT a.id FROM accounts a WHERE a.access_spec_version = 0 AND (a.shell = 'sftp'
         OR EXISTS (SELECT 1 FROM ssh_keys k WHERE k.account_id = a.id)
         OR EXISTS (SELECT 1 FROM cron_jobs c WHERE c.account_id = a.id))`,
    )) as Array<{ id: string }>;
    let sent = 0;
    for (const { id } of rows) {
      const hostId = await this.dataSource.transaction(async (manager) => {
        const account = await manager.getRepository(Account).findOneByOrFail({ id });
        return (await this.neverSent(manager, account)) ? this.deployWith(manager, id) : null;
      });
      if (hostId) {
        this.queue.wake(hostId);
        sent += 1;
      }
    }
    return sent;
  }

  /** Access the account set (keys, an SFTP-only shell, jobs) that no account.apply has carried yet. */
  private async neverSent(manager: EntityManager, account: Account): Promise<boolean> {
    if (account.accessSpecVersion > 0) return false;
    return (
      account.shell === 'sftp' ||
      (await manager.getRepository(SshKey).existsBy({ accountId: account.id })) ||
      (await manager.getRepository(CronJob).existsBy({ accountId: account.id }))
    );
  }

  private checkJob(input: CronJobInput): { schedule: string; command: string } {
    const schedule = parseSchedule(String(input?.schedule ?? ''));
    if (!schedule.ok) throw new InvalidInputError('schedule', schedule.message, schedule.params);
    return { schedule: schedule.schedule.normalized, command: parseInput(commandSchema, input.command, 'command') };
  }

  /** Runs a change and queues the account's new spec in one transaction. */
  private async change(account: Account, apply: (manager: EntityManager) => Promise<unknown>): Promise<void> {
    const hostId = await this.dataSource.transaction(async (manager) => {
      await apply(manager);
      return this.deployWith(manager, account.id);
    });
    if (hostId) this.queue.wake(hostId);
  }

  async deployWith(manager: EntityManager, accountId: string): Promise<string | null> {
    const hostId = await homeHostOf(manager, accountId);
    if (!hostId) return null;
    const account = await forUpdate(
      manager.getRepository(Account).createQueryBuilder('a').where('a.id = :accountId', { accountId }),
    ).getOneOrFail();
    const specVersion = account.accessSpecVersion + 1;
    await manager.getRepository(Account).update({ id: accountId }, { accessSpecVersion: specVersion });
    const keys = await manager
      .getRepository(SshKey)
      .find({ where: { accountId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const jobs = await manager
      .getRepository(CronJob)
      .find({ where: { accountId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const args: CommandArgs<'account.apply'> = {
      account: account.systemName,
      specVersion,
      spec: {
        authorizedKeys: keys.map((key) => key.publicKey),
        shell: account.shell === 'sftp' ? 'sftp' : 'full',
        cronJobs: jobs.map((job) => ({
          id: job.id,
          schedule: job.schedule,
          command: job.command,
          isEnabled: job.isEnabled,
        })),
      },
    };
    await this.queue.enqueueWith(manager, { hostId, subjectId: accountId, type: 'account.apply', args, specVersion });
    return hostId;
  }
}
