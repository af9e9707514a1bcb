import type { DataSource } from 'typeorm';
import type { Account } from '../accounts/account.entity.js';
import { AlertStatus, type Alert } from '../admin/alert.entity.js';
import type { AlertsService } from '../admin/alerts.service.js';
import { ConflictError } from '../common/errors.js';
import { msg } from '../common/msg.js';
import { Command } from '../hosts/command.entity.js';
import type { CommandQueue } from '../hosts/command-queue.service.js';
import { Site, SiteStatus } from '../sites/site.entity.js';
import type { SitesService } from '../sites/sites.service.js';
import type { SiteDeployments } from './site-deployments.js';

/** Administrators retry the command behind an alert: a site's apply or removal afresh, anything else as it was sent. */
export class CommandRetries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: CommandQueue,
    private readonly alerts: AlertsService,
    private readonly deployments: SiteDeployments,
    private readonly sites: SitesService,
  ) {}

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
      if (command.type === 'site.apply' && site) return this.deployments.deployWith(manager, site.id);
      if (command.type === 'site.delete' && site) {
        await manager.getRepository(Site).update({ id: site.id }, { status: SiteStatus.DELETING, statusMessage: null });
        return this.sites.removeWith(manager, site);
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
}
