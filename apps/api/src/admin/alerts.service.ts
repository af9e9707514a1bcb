import type { DataSource, EntityManager } from 'typeorm';
import type { Account } from '../accounts/account.entity.js';
import { NotFoundError } from '../common/errors.js';
import { newId } from '../common/ids.js';
import type { Logger } from '../common/logger.js';
import { msg } from '../common/msg.js';
import { Alert, AlertStatus } from './alert.entity.js';

export type NewAlert = Omit<Alert, 'id' | 'status' | 'createdAt' | 'resolvedAt' | 'resolvedBy'>;

/** What an alert is about; each part is optional, and what is missing stays empty in the alert. */
export interface AlertSubject {
  host?: { id: string; name: string } | null;
  /** The host's id when its row is gone (a command names its host even then). */
  hostId?: string | null;
  site?: { id: string; domain: string } | null;
  account?: { id: string; email: string } | null;
  command?: { id: string; type: string; hostId: string } | null;
}

/** One alert's row from what it is about: the ten columns are filled in one place. */
export function alertAbout(kind: string, subject: AlertSubject, message: string): NewAlert {
  return {
    kind,
    hostId: subject.host?.id ?? subject.command?.hostId ?? subject.hostId ?? null,
    hostName: subject.host?.name ?? null,
    siteId: subject.site?.id ?? null,
    siteDomain: subject.site?.domain ?? null,
    accountId: subject.account?.id ?? null,
    accountEmail: subject.account?.email ?? null,
    commandId: subject.command?.id ?? null,
    commandType: subject.command?.type ?? null,
    message: message.slice(0, 60_000),
  };
}

/** Administrators' alerts: stored for the panel, and posted to ALERT_WEBHOOK_URL when it is set. */
export class AlertsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
    private readonly webhookUrl: string | undefined,
  ) {}

  /**
   * Records an alert inside the caller's transaction. The webhook is posted by the
   * returned function, which the caller runs after the commit, so no one is told of an
   * alert that was rolled back.
   */
  async raise(manager: EntityManager, values: NewAlert): Promise<() => void> {
    const alert: Alert = Object.assign(new Alert(), values, {
      id: newId(),
      status: AlertStatus.OPEN,
      createdAt: new Date(),
      resolvedAt: null,
      resolvedBy: null,
    });
    await manager.getRepository(Alert).insert(alert);
    this.logger.warn({ alert: { ...alert } }, 'alert raised');
    return () => void this.postWebhook(alert);
  }

  async list(status: AlertStatus | null): Promise<Alert[]> {
    return this.dataSource.getRepository(Alert).find({
      where: status ? { status } : {},
      order: { createdAt: 'DESC', id: 'DESC' },
      take: 500,
    });
  }

  async get(id: string): Promise<Alert> {
    const alert = await this.dataSource.getRepository(Alert).findOneBy({ id: String(id) });
    if (!alert) throw new NotFoundError(msg('This alert does not exist.'));
    return alert;
  }

  async resolve(admin: Account, id: string, status: AlertStatus.RETRIED | AlertStatus.DISMISSED): Promise<Alert> {
    const alert = await this.get(id);
    const resolvedAt = new Date();
    await this.dataSource.getRepository(Alert).update({ id: alert.id }, { status, resolvedAt, resolvedBy: admin.id });
    return Object.assign(alert, { status, resolvedAt, resolvedBy: admin.id });
  }

  private async postWebhook(alert: Alert): Promise<void> {
    if (!this.webhookUrl) return;
    try {
      const response = await fetch(this.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: alert.id,
          kind: alert.kind,
          host: { id: alert.hostId, name: alert.hostName },
          site: { id: alert.siteId, domain: alert.siteDomain },
          customer: { id: alert.accountId, email: alert.accountEmail },
          command: { id: alert.commandId, type: alert.commandType },
          message: alert.message,
          createdAt: alert.createdAt.toISOString(),
        }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) this.logger.error({ status: response.status, alertId: alert.id }, 'alert webhook refused');
    } catch (error) {
      this.logger.error({ err: error, alertId: alert.id }, 'alert webhook unreachable');
    }
  }
}
