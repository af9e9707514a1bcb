import type { CommandType } from '@elasticweb/protocol';
import type { EntityManager } from 'typeorm';
import { Account } from '../accounts/account.entity.js';
import { alertAbout, type AlertsService } from '../admin/alerts.service.js';
import { msg } from '../common/msg.js';
import type { CommandOutcome } from '../hosts/command-outcomes.js';
import type { CommandQueue } from '../hosts/command-queue.service.js';
import { CommandStatus, FINAL_STATUSES } from '../hosts/command.entity.js';
import { Host } from '../hosts/host.entity.js';
import { Site, SiteStatus } from './site.entity.js';

/** What the customer reads on the site page when its host could not do what was asked. */
const CUSTOMER_MESSAGES: Record<string, string> = {
  'site.apply': msg(
    'The server could not apply this site’s latest settings. The previous settings stay live; our administrators have been told.',
  ),
  'site.delete': msg('The server could not remove this site’s files yet. Our administrators have been told.'),
};

/**
 * The command types whose failure puts their site in error and raises a
 * `command_failed` alert. Certificates have their own retries, alerts and notices
 * (certificates.service.ts), and a refused import leaves the site as it was
 * (imports.service.ts): either way the site keeps serving.
 */
const ALERTED_TYPES = [
  'site.apply',
  'site.delete',
  'site.detect',
  'host.info',
  'host.keys',
  'account.apply',
  'database.apply',
  'database.delete',
  'database.restore',
  'site.quarantine',
] as const satisfies readonly CommandType[];

/** What the agent's reports mean for a site: live, removed, or in error with an alert. */
export function followSiteOutcomes(queue: CommandQueue, alerts: AlertsService): void {
  queue.onOutcome(['site.apply'], async (manager, { command, status }) => {
    if (status !== CommandStatus.SUCCEEDED || command.specVersion === null) return;
    const site = await siteOf(manager, command.siteId);
    if (!site || site.status === SiteStatus.DELETING || site.status === SiteStatus.DELETED) return;
    const appliedVersion = Math.max(site.appliedVersion, command.specVersion);
    const isCurrent = appliedVersion >= site.specVersion;
    await manager.getRepository(Site).update(
      { id: site.id },
      {
        appliedVersion,
        // An older version going live changes nothing the customer sees: the newer one is on its way.
        ...(isCurrent ? { status: site.isBlocked ? SiteStatus.BLOCKED : SiteStatus.ACTIVE, statusMessage: null } : {}),
        updatedAt: new Date(),
      },
    );
  });
  queue.onOutcome(['site.delete'], async (manager, { command, status }) => {
    if (status !== CommandStatus.SUCCEEDED || !command.siteId) return;
    await manager
      .getRepository(Site)
      .update({ id: command.siteId }, { status: SiteStatus.DELETED, statusMessage: null, updatedAt: new Date() });
  });
  queue.onOutcome(ALERTED_TYPES, (manager, outcome) => failed(manager, alerts, outcome));
}

async function siteOf(manager: EntityManager, siteId: string | null): Promise<Site | null> {
  return siteId ? manager.getRepository(Site).findOneBy({ id: siteId }) : null;
}

async function failed(
  manager: EntityManager,
  alerts: AlertsService,
  { command, status, error }: CommandOutcome<(typeof ALERTED_TYPES)[number]>,
): Promise<(() => void) | void> {
  if (!FINAL_STATUSES.includes(status) || status === CommandStatus.SUCCEEDED || status === CommandStatus.SUPERSEDED)
    return;
  const site = await siteOf(manager, command.siteId);
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
  return alerts.raise(
    manager,
    alertAbout('command_failed', { host, site, account, command }, `${status}: ${error ?? 'no message'}`),
  );
}
