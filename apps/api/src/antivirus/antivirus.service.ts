import type { CommandArgs } from '@elasticweb/protocol';
import { In, type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { Account, Role } from '../accounts/account.entity.js';
import { alertAbout, type AlertsService } from '../admin/alerts.service.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { newId } from '../common/ids.js';
import { CommandStatus } from '../hosts/command.entity.js';
import type { CommandQueue } from '../hosts/command-queue.service.js';
import type { CommandOutcome } from '../hosts/command-outcomes.js';
import type { Host } from '../hosts/host.entity.js';
import { msg } from '../common/msg.js';
import { Site, SiteStatus } from '../sites/site.entity.js';
import { FindingStatus, MalwareFinding, type MalwareFindingInput } from './malware-finding.entity.js';

const ACTIVE = [FindingStatus.OPEN, FindingStatus.QUARANTINING];

/**
 * What the hosts' antivirus scans find: stored per file and signature, shown to the
 * customer on the site's page and to administrators as an alert; a file a full scan no
 * longer finds is marked gone; quarantine is a customer's (or administrator's) action.
 */
export class AntivirusService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: CommandQueue,
    private readonly alerts: AlertsService,
  ) {
    queue.onOutcome(['site.quarantine'], (manager, outcome) => this.quarantineFinished(manager, outcome));
  }

  /** A host's full scan: only its own accounts' files count. */
  async report(host: Host, findings: MalwareFindingInput[]): Promise<number> {
    if (!Array.isArray(findings) || findings.length > 10_000)
      throw new InvalidInputError('findings', msg('Too many findings in one report.'));
    const afterCommit: Array<() => void> = [];
    const fresh = await this.dataSource.transaction(async (manager) => {
      const names = [...new Set(findings.map((f) => String(f.account)))];
      const accounts = names.length
        ? await manager.getRepository(Account).find({ where: { systemName: In(names), homeHostId: host.id } })
        : [];
      const byName = new Map(accounts.map((a) => [a.systemName, a]));
      const known = await manager
        .getRepository(MalwareFinding)
        .find({ where: { hostId: host.id, status: In(ACTIVE) } });
      const seen = new Set<string>();
      let created = 0;
      for (const finding of findings) {
        const account = byName.get(String(finding.account));
        const path = String(finding.path).slice(0, 4096);
        if (!account || !path.startsWith(`${account.systemName}/`) || path.split('/').includes('..')) continue;
        const key = `${path}\0${finding.signature}`;
        seen.add(key);
        if (known.some((k) => `${k.path}\0${k.signature}` === key)) continue;
        const domain = path.split('/')[1] ?? '';
        const site = await manager
          .getRepository(Site)
          .findOne({ where: { accountId: account.id, domain }, order: { createdAt: 'DESC' } });
        const row = Object.assign(new MalwareFinding(), {
          id: newId(),
          hostId: host.id,
          accountId: account.id,
          siteId: site && site.status !== SiteStatus.DELETED ? site.id : null,
          path,
          signature: String(finding.signature).slice(0, 200),
          status: FindingStatus.OPEN,
          foundAt: new Date(),
          updatedAt: new Date(),
        });
        await manager.getRepository(MalwareFinding).insert(row);
        created += 1;
        afterCommit.push(
          await this.alerts.raise(
            manager,
            alertAbout(
              'malware_found',
              { host, site: row.siteId ? site : null, account },
              `${row.signature} in ${row.path}`,
            ),
          ),
        );
      }
      for (const row of known)
        if (row.status === FindingStatus.OPEN && !seen.has(`${row.path}\0${row.signature}`))
          await manager
            .getRepository(MalwareFinding)
            .update({ id: row.id }, { status: FindingStatus.GONE, updatedAt: new Date() });
      return created;
    });
    for (const run of afterCommit) run();
    return fresh;
  }

  async findings(caller: Account, siteId: string | null): Promise<MalwareFinding[]> {
    const where: FindOptionsWhere<MalwareFinding> = { status: In(ACTIVE.concat(FindingStatus.QUARANTINED)) };
    // Customers see their own files only; administrators every host's.
    if (caller.role !== Role.ADMIN) where.accountId = caller.id;
    if (siteId) where.siteId = String(siteId);
    return this.dataSource.getRepository(MalwareFinding).find({
      where,
      order: { foundAt: 'DESC', id: 'DESC' },
      take: 200,
    });
  }

  /** The customer moves the file out of the site; the host keeps it where only root can read it. */
  async quarantine(caller: Account, findingId: string): Promise<MalwareFinding> {
    const hostId = await this.dataSource.transaction(async (manager) => {
      const finding = await manager.getRepository(MalwareFinding).findOneBy({ id: String(findingId) });
      if (!finding || (caller.role !== Role.ADMIN && finding.accountId !== caller.id))
        throw new NotFoundError(msg('No such finding.'));
      if (finding.status !== FindingStatus.OPEN) throw new ForbiddenError(msg('This file is no longer in the site.'));
      const account = await manager.getRepository(Account).findOneByOrFail({ id: finding.accountId });
      const args: CommandArgs<'site.quarantine'> = {
        findingId: finding.id,
        account: account.systemName,
        path: finding.path,
      };
      await this.queue.enqueueWith(manager, {
        hostId: finding.hostId,
        siteId: finding.siteId,
        subjectId: finding.id,
        type: 'site.quarantine',
        args,
      });
      await manager
        .getRepository(MalwareFinding)
        .update({ id: finding.id }, { status: FindingStatus.QUARANTINING, updatedAt: new Date() });
      return finding.hostId;
    });
    this.queue.wake(hostId);
    return this.dataSource.getRepository(MalwareFinding).findOneByOrFail({ id: String(findingId) });
  }

  private async quarantineFinished(manager: EntityManager, { status, args }: CommandOutcome<'site.quarantine'>) {
    if (status === CommandStatus.SUPERSEDED) return;
    const { findingId } = args;
    await manager.getRepository(MalwareFinding).update(
      { id: findingId },
      {
        status: status === CommandStatus.SUCCEEDED ? FindingStatus.QUARANTINED : FindingStatus.OPEN,
        updatedAt: new Date(),
      },
    );
  }
}
