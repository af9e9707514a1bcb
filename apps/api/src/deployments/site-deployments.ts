import { certificatePaths, phpSettingsOf, type CommandArgs } from '@elasticweb/protocol';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Account } from '../accounts/account.entity.js';
import { CertificateStatus, SiteCertificate } from '../certificates/certificate.entity.js';
import { InvalidInputError } from '../common/errors.js';
import { msg } from '../common/msg.js';
import { forUpdate } from '../database/locking.js';
import { PRIORITY } from '../hosts/command.entity.js';
import type { CommandQueue } from '../hosts/command-queue.service.js';
import { homeHostOf } from '../hosts/home-host.js';
import { hostLayoutOf, liveConfig, renderSiteConfig } from '../nginx/site-config.js';
import { ProtectedPathUser } from '../nginx/protected-path-user.entity.js';
import type { DeployOptions, SiteDeploymentPort } from '../sites/site-deployment.port.js';
import { SiteDomain } from '../sites/site-domain.entity.js';
import { Site, SiteStatus } from '../sites/site.entity.js';

/**
 * Sites are desired state (DESIGN.md): every change is a new spec version sent to the
 * site's host as `site.apply`, in the same transaction as the change. This is the one
 * place that composes that spec, from the site, its nginx configuration, its PHP
 * settings and its certificate; the modules before it ask through `SiteDeploymentPort`.
 */
export class SiteDeployments implements SiteDeploymentPort {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: CommandQueue,
  ) {}

  /**
   * Writes the site's next spec version and queues it for the host, inside the caller's
   * transaction. Returns the host to wake after the commit, or null when the account has
   * no host yet.
   */
  async deployWith(manager: EntityManager, siteId: string, options: DeployOptions = {}): Promise<string | null> {
    const site = await forUpdate(
      manager.getRepository(Site).createQueryBuilder('s').where('s.id = :siteId', { siteId }),
    ).getOneOrFail();
    const hostId = site.hostId ?? (await homeHostOf(manager, site.accountId));
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
      // A saved configuration's own tls (from before customers lost it) never reaches nginx.
      { ...config, options: { ...config.options, tls: null, ...tls } },
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
        htpasswd: await htpasswdOf(manager, site.id, config.options.protectedPaths ?? []),
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
  async deploy(siteId: string, options: DeployOptions = {}): Promise<void> {
    const hostId = await this.dataSource.transaction((manager) => this.deployWith(manager, siteId, options));
    if (hostId) this.queue.wake(hostId);
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
}

/** One file per protected path, by its place in the list (as the vhost names them). */
async function htpasswdOf(manager: EntityManager, siteId: string, paths: string[]) {
  if (paths.length === 0) return [];
  const users = await manager.getRepository(ProtectedPathUser).find({ where: { siteId }, order: { username: 'ASC' } });
  return paths.map((path, index) => ({
    index,
    users: users.filter((user) => user.path === path).map((user) => ({ name: user.username, hash: user.passwordHash })),
  }));
}
