import { CertificateStatus, SiteCertificate } from '../certificates/certificate.entity.js';
import { certificatePaths, type CommandArgs } from '@elasticweb/protocol';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Account } from '../accounts/account.entity.js';
import { AlertStatus, type Alert } from '../admin/alert.entity.js';
import type { AlertsService } from '../admin/alerts.service.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { forUpdate } from '../database/locking.js';
import { Command, CommandStatus, FINAL_STATUSES, PRIORITY } from '../hosts/command.entity.js';
import type { CommandQueue } from '../hosts/command-queue.service.js';
import { Host, HostStatus } from '../hosts/host.entity.js';
import { pickHomeHost } from '../hosts/placement.js';
import { msg } from '../common/msg.js';
import { hostLayoutOf, liveConfig, renderSiteConfig } from '../nginx/site-config.js';
import { SiteDomain } from './site-domain.entity.js';
import { phpSettingsOf } from '../php/php.service.js';
import { NginxRevision } from '../nginx/nginx-revision.entity.js';
import { findPreset } from '@elasticweb/nginx';
import { Site, SiteStatus } from './site.entity.js';

/** What the customer reads on the site page when its host could not do what was asked. */
const CUSTOMER_MESSAGES: Record<string, string> = {
  'site.apply': msg(
    'The server could not apply this site’s latest settings. The previous settings stay live; our administrators have been told.',
  ),
  'site.delete': msg('The server could not remove this site’s files yet. Our administrators have been told.'),
};

/** What a site's page shows while its host works on it. */
export interface SiteOperation {
  type: string;
  status: CommandStatus;
  attempt: number;
  createdAt: Date;
}

/**
 * Sites are desired state (DESIGN.md): every change is a new spec version sent to the
 * site's host as `site.apply`, in the same transaction as the change; the outcome the
 * agent reports moves the site's status. Also places accounts on their home host.
 */
export class SiteDeployments {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: CommandQueue,
    private readonly alerts: AlertsService,
  ) {
    queue.onFinished((manager, command, status, error) => this.commandFinished(manager, command, status, error));
  }

  /**
   * The account's home host, chosen on first need: the active host with the most free
   * capacity. Null while no host is enrolled; the site then waits as `pending`.
   */
  async homeHostOf(manager: EntityManager, accountId: string): Promise<string | null> {
    // The account row is locked so two first sites at once agree on one home host.
    const account = await forUpdate(
      manager.getRepository(Account).createQueryBuilder('a').where('a.id = :accountId', { accountId }),
    ).getOneOrFail();
    if (account.homeHostId) return account.homeHostId;
    const hosts = await manager.getRepository(Host).find({ where: { status: HostStatus.ACTIVE } });
    if (hosts.length === 0) return null;
    const counts = (await manager.query(
      'SELECT home_host_id AS host, COUNT(*) AS n FROM accounts WHERE home_host_id IS NOT NULL GROUP BY home_host_id',
    )) as Array<{ host: string; n: number | string }>;
    const accountsOn = new Map(counts.map((row) => [row.host, Number(row.n)]));
    const homeHostId = pickHomeHost(hosts.map((host) => ({ ...host, accounts: accountsOn.get(host.id) ?? 0 })));
    await manager.getRepository(Account).update({ id: account.id }, { homeHostId });
    return homeHostId;
  }

  /**
   * Writes the site's next spec version and queues it for the host, inside the caller's
   * transaction. Returns the host to wake after the commit, or null when the account has
   * no host yet.
   */
  async deployWith(manager: EntityManager, siteId: string, options: { urgent?: boolean } = {}): Promise<string | null> {
    const site = await forUpdate(
      manager.getRepository(Site).createQueryBuilder('s').where('s.id = :siteId', { siteId }),
    ).getOneOrFail();
    const hostId = site.hostId ?? (await this.homeHostOf(manager, site.accountId));
    if (!hostId) return null;
    const account = await manager.getRepository(Account).findOneByOrFail({ id: site.accountId });
    site.hostId = hostId;
    site.specVersion += 1;
    const names = (await manager.getRepository(SiteDomain).find({ where: { siteId }, order: { position: 'ASC' } })).map(
      (domain) => domain.name,
    );
    const layout = await hostLayoutOf(manager, site);
    const config = await liveConfig(manager, site);
    // With a certificate in place on the host, the site is served over HTTPS and plain HTTP redirects there.
    const certificate = await manager.getRepository(SiteCertificate).findOneBy({ siteId });
    const tls =
      certificate?.status === CertificateStatus.ISSUED && layout.listenTls?.length
        ? {
            tls: {
              certificate: certificatePaths(layout, site.id).certificate,
              key: certificatePaths(layout, site.id).key,
            },
            redirectToHttps: true,
          }
        : {};
    const rendered = renderSiteConfig(
      names,
      account.systemName,
      site,
      { ...config, options: { ...config.options, ...tls } },
      layout,
    );
    // Saved configurations were checked when saved; a failure here is a layout the host reported badly.
    if (rendered.problems.length)
      throw new InvalidInputError(
        'site',
        msg('This site’s configuration cannot be rendered for its server: {{problem}}'),
        { problem: rendered.problems.map((p) => `${p.field}: ${p.message}`).join('; ') },
      );
    await manager
      .getRepository(Site)
      .update({ id: site.id }, { hostId, specVersion: site.specVersion, updatedAt: new Date() });
    const args: CommandArgs<'site.apply'> = {
      siteId: site.id,
      specVersion: site.specVersion,
      spec: {
        account: account.systemName,
        domains: names,
        phpVersion: site.phpVersion,
        vhost: rendered.text,
        isBlocked: site.isBlocked,
        php: phpSettingsOf(site),
      },
    };
    await this.queue.enqueueWith(manager, {
      hostId,
      siteId: site.id,
      type: 'site.apply',
      args,
      specVersion: site.specVersion,
      priority: options.urgent ? PRIORITY.URGENT : PRIORITY.ROUTINE,
    });
    return hostId;
  }

  wake(hostId: string): void {
    this.queue.wake(hostId);
  }

  /** `deployWith` in a transaction of its own, waking the host's poll after the commit. */
  async deploy(siteId: string, options: { urgent?: boolean } = {}): Promise<void> {
    const hostId = await this.dataSource.transaction((manager) => this.deployWith(manager, siteId, options));
    if (hostId) this.queue.wake(hostId);
  }

  /**
   * Starts removing a site from its host: `deleting` until the agent confirms, then
   * `deleted`. Applies still queued for it are pointless now and end as superseded.
   */
  async removeWith(manager: EntityManager, site: Site): Promise<string | null> {
    if (!site.hostId) return null;
    const account = await manager.getRepository(Account).findOneByOrFail({ id: site.accountId });
    await manager
      .getRepository(Command)
      .update(
        { siteId: site.id, type: 'site.apply', status: CommandStatus.QUEUED },
        { status: CommandStatus.SUPERSEDED, finishedAt: new Date() },
      );
    const args: CommandArgs<'site.delete'> = { siteId: site.id, account: account.systemName };
    await this.queue.enqueueWith(manager, { hostId: site.hostId, siteId: site.id, type: 'site.delete', args });
    return site.hostId;
  }

  /** Blocks or unblocks a site: a new spec version, sent ahead of routine work. */
  async setBlocked(siteId: string, isBlocked: boolean): Promise<Site> {
    const hostId = await this.dataSource.transaction(async (manager) => {
      const site = await manager.getRepository(Site).findOneBy({ id: String(siteId) });
      if (!site || site.status === SiteStatus.DELETED || site.status === SiteStatus.DELETING)
        throw new NotFoundError(msg('This site does not exist.'));
      if (site.isBlocked === isBlocked) return null;
      await manager.getRepository(Site).update({ id: site.id }, { isBlocked });
      return this.deployWith(manager, site.id, { urgent: true });
    });
    if (hostId) this.queue.wake(hostId);
    return this.dataSource.getRepository(Site).findOneByOrFail({ id: String(siteId) });
  }

  /**
   * Asks the site's host to look at its files for a known CMS or framework. Until the
   * customer saves a configuration of their own, the site then follows what was found.
   */
  async requestDetection(account: Account, siteId: string): Promise<Site> {
    const site = await this.dataSource.getRepository(Site).findOneBy({ id: String(siteId), accountId: account.id });
    if (!site || site.status === SiteStatus.DELETED || site.status === SiteStatus.DELETING)
      throw new NotFoundError(msg('This site does not exist.'));
    if (!site.hostId) throw new ConflictError('siteId', msg('This site is not on a server yet.'));
    const args: CommandArgs<'site.detect'> = { siteId: site.id, account: account.systemName, domain: site.domain };
    await this.queue.enqueue({ hostId: site.hostId, siteId: site.id, type: 'site.detect', args });
    return site;
  }

  /** Sites that were created before any host existed go to their home host now. */
  async deployWaitingSites(): Promise<number> {
    const waiting = await this.dataSource.getRepository(Site).find({
      where: { status: SiteStatus.PENDING, hostId: IsNull() },
      select: { id: true },
    });
    let deployed = 0;
    for (const site of waiting) {
      await this.deploy(site.id);
      deployed += 1;
    }
    return deployed;
  }

  /** The command a site's host is working on or will work on next, for the site page. */
  async operationsOf(siteIds: readonly string[]): Promise<Array<SiteOperation | null>> {
    const rows = await this.dataSource.getRepository(Command).find({
      where: { siteId: In([...siteIds]), status: In([CommandStatus.QUEUED, CommandStatus.LEASED]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const bySite = new Map<string, SiteOperation>();
    for (const row of rows) {
      if (!row.siteId || bySite.has(row.siteId)) continue;
      bySite.set(row.siteId, { type: row.type, status: row.status, attempt: row.attempt, createdAt: row.createdAt });
    }
    return siteIds.map((id) => bySite.get(id) ?? null);
  }

  /** An administrator asks for a failed command to be tried again. */
  async retryAlert(admin: Account, alertId: string): Promise<Alert> {
    const alert = await this.alerts.get(alertId);
    if (alert.status !== AlertStatus.OPEN) throw new ConflictError('id', msg('This alert was already handled.'));
    const command = alert.commandId
      ? await this.dataSource.getRepository(Command).findOneBy({ id: alert.commandId })
      : null;
    if (!command) throw new ConflictError('id', msg('There is no command to retry for this alert.'));
    const hostId = await this.dataSource.transaction(async (manager) => {
      const site = command.siteId ? await manager.getRepository(Site).findOneBy({ id: command.siteId }) : null;
      if (command.type === 'site.apply' && site) return this.deployWith(manager, site.id);
      if (command.type === 'site.delete' && site) {
        await manager.getRepository(Site).update({ id: site.id }, { status: SiteStatus.DELETING, statusMessage: null });
        return this.removeWith(manager, site);
      }
      await this.queue.enqueueWith(manager, {
        hostId: command.hostId,
        siteId: command.siteId,
        type: command.type as never,
        args: JSON.parse(command.argsJson) as unknown,
      });
      return command.hostId;
    });
    if (hostId) this.queue.wake(hostId);
    return this.alerts.resolve(admin, alert.id, AlertStatus.RETRIED);
  }

  private async detected(manager: EntityManager, site: Site, command: Command): Promise<(() => void) | void> {
    const found = JSON.parse(command.result ?? '{}') as { preset?: string };
    const hasOwnConfig = await manager.getRepository(NginxRevision).existsBy({ siteId: site.id });
    if (hasOwnConfig || !found.preset || found.preset === site.preset || !findPreset(found.preset)) return;
    await manager.getRepository(Site).update({ id: site.id }, { preset: found.preset, updatedAt: new Date() });
    const hostId = await this.deployWith(manager, site.id);
    if (hostId) return () => this.queue.wake(hostId);
  }

  private async commandFinished(
    manager: EntityManager,
    command: Command,
    status: CommandStatus,
    error: string | null,
  ): Promise<(() => void) | void> {
    if (!FINAL_STATUSES.includes(status) || status === CommandStatus.SUPERSEDED) return;
    // Certificates have their own retries, alerts and notices (certificates.service.ts), and a refused
    // import leaves the site as it was (imports.service.ts): either way the site keeps serving.
    if (command.type === 'site.certificate' || (command.type === 'site.import' && status !== CommandStatus.SUCCEEDED))
      return;
    const site = command.siteId ? await manager.getRepository(Site).findOneBy({ id: command.siteId }) : null;
    if (status === CommandStatus.SUCCEEDED) {
      if (site) return this.succeeded(manager, site, command);
      return;
    }
    if (site && site.status !== SiteStatus.DELETED) {
      await manager.getRepository(Site).update(
        { id: site.id },
        {
          status: SiteStatus.ERROR,
          statusMessage: CUSTOMER_MESSAGES[command.type] ?? CUSTOMER_MESSAGES['site.apply']!,
          updatedAt: new Date(),
        },
      );
    }
    const host = await manager.getRepository(Host).findOneBy({ id: command.hostId });
    const account = site ? await manager.getRepository(Account).findOneBy({ id: site.accountId }) : null;
    return this.alerts.raise(manager, {
      kind: 'command_failed',
      hostId: command.hostId,
      hostName: host?.name ?? null,
      siteId: site?.id ?? null,
      siteDomain: site?.domain ?? null,
      accountId: account?.id ?? null,
      accountEmail: account?.email ?? null,
      commandId: command.id,
      commandType: command.type,
      message: `${status}: ${error ?? 'no message'}`.slice(0, 60_000),
    });
  }

  private async succeeded(manager: EntityManager, site: Site, command: Command): Promise<(() => void) | void> {
    const now = new Date();
    // An import reports the CMS it found just as a detection does.
    if (command.type === 'site.detect' || command.type === 'site.import') return this.detected(manager, site, command);
    if (command.type === 'site.delete') {
      await manager
        .getRepository(Site)
        .update({ id: site.id }, { status: SiteStatus.DELETED, statusMessage: null, updatedAt: now });
      return;
    }
    if (command.type !== 'site.apply' || command.specVersion === null) return;
    if (site.status === SiteStatus.DELETING || site.status === SiteStatus.DELETED) return;
    const appliedVersion = Math.max(site.appliedVersion, command.specVersion);
    const isCurrent = appliedVersion >= site.specVersion;
    await manager.getRepository(Site).update(
      { id: site.id },
      {
        appliedVersion,
        // An older version going live changes nothing the customer sees: the newer one is on its way.
        ...(isCurrent ? { status: site.isBlocked ? SiteStatus.BLOCKED : SiteStatus.ACTIVE, statusMessage: null } : {}),
        updatedAt: now,
      },
    );
  }
}
