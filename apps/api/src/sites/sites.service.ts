import { getDomain } from 'tldts';
import { DnsOwnership, ownershipRecord } from './domain-ownership.js';
import { In, Not, type DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { Account } from '../accounts/account.entity.js';
import { isUniqueViolation } from '../common/db-errors.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { isUuid, newId } from '../common/ids.js';
import { parseInput } from '../common/validation.js';
import { hydrator } from '../database/hydrate.js';
import { findPreset } from '@elasticweb/nginx';
import { DEFAULT_PHP_VERSION, type CommandArgs } from '@elasticweb/protocol';
import { normalizeDomain } from './domain-name.js';
import { SiteDomain } from './site-domain.entity.js';
import type { CreateSiteInput } from './site.inputs.js';
import { Site, SiteStatus } from './site.entity.js';
import { msg } from '../common/msg.js';
import { Command, CommandStatus } from '../hosts/command.entity.js';
import type { CommandQueue } from '../hosts/command-queue.service.js';
import type { SiteDeploymentPort } from './site-deployment.port.js';

export const MAX_ALIASES = 20;
/** Debian 12 ships PHP 8.2; a site may choose another version its host reports. */

const createSiteSchema = z.object({
  // Generous bounds here; the domain rules below give the precise message.
  domain: z.string({ message: msg('Enter a domain name, such as example.com.') }).max(1000, {
    message: msg('A domain name can be at most 253 characters long.'),
  }),
  aliases: z
    .array(z.string().max(1000, { message: msg('A domain name can be at most 253 characters long.') }))
    .max(MAX_ALIASES, { message: msg('A site can have at most 20 aliases.') })
    .nullish(),
  preset: z
    .string()
    .refine((id) => findPreset(id) !== undefined, { message: msg('Choose a preset from the list.') })
    .nullish(),
});

/** The site's names after validation: the primary first, then aliases without repeats. */
export function normalizeSiteNames(domain: string, aliases: readonly string[]): string[] {
  const primary = normalizeDomain(domain);
  if (!primary.ok) throw new InvalidInputError('domain', primary.message, primary.params);
  const names = [primary.domain];
  aliases.forEach((alias, index) => {
    if (alias.trim() === '') return;
    const checked = normalizeDomain(alias);
    if (!checked.ok) {
      throw new InvalidInputError(`aliases.${index}`, msg('Alias “{{alias}}”: {{problem}}'), {
        alias,
        problem: { text: checked.message, params: checked.params ?? {} },
      });
    }
    if (!names.includes(checked.domain)) names.push(checked.domain);
  });
  return names;
}

/** What a site's page shows while its host works on it. */
export interface SiteOperation {
  type: string;
  status: CommandStatus;
  attempt: number;
  createdAt: Date;
}

export class SitesService {
  private readonly siteRows: ReturnType<typeof hydrator<Site>>;
  private readonly listSql: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: CommandQueue,
    private readonly deployments: SiteDeploymentPort,
    /** Proves a name is the account's when it lies under another account's domain. */
    private readonly ownership: Pick<DnsOwnership, 'proves'> = new DnsOwnership(),
  ) {
    this.siteRows = hydrator(dataSource, Site);
    this.listSql =
      `SELECT ${this.siteRows.select('s')} FROM sites s ` +
      'WHERE s.account_id = ? AND s.status <> ? ORDER BY s.created_at DESC, s.id DESC';
  }

  /** Live sites of an account, newest first, in one statement however many there are. */
  async listSites(accountId: string): Promise<Site[]> {
    const rows = (await this.dataSource.query(this.listSql, [accountId, SiteStatus.DELETED])) as Array<
      Record<string, unknown>
    >;
    return rows.map((row) => this.siteRows.entity(row));
  }

  /** Administrators: live sites of every account, newest first, optionally those whose domain contains `search`. */
  async searchAllSites(search: string | null, limit: number): Promise<Site[]> {
    const query = this.dataSource
      .getRepository(Site)
      .createQueryBuilder('s')
      .where('s.status <> :deleted', { deleted: SiteStatus.DELETED })
      .orderBy('s.created_at', 'DESC')
      .take(Math.min(Math.max(limit, 1), 200));
    // Stored domains are punycode letters, digits, dots and hyphens: nothing else can match, and no LIKE wildcard gets through.
    const term = (search ?? '')
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9.-]/g, '');
    if (term) query.andWhere('s.domain LIKE :term', { term: `%${term}%` });
    return query.getMany();
  }

  /** The e-mail of each site's owner, in one statement. */
  async ownerEmails(siteIds: readonly string[]): Promise<Array<string | null>> {
    const rows = (await this.dataSource.query(
      `SELECT s.id AS id, a.email AS email FROM sites s JOIN accounts a ON a.id = s.account_id WHERE s.id IN (${siteIds.map(() => '?').join(', ')})`,
      [...siteIds],
    )) as Array<{ id: string; email: string }>;
    const byId = new Map(rows.map((row) => [row.id, row.email]));
    return siteIds.map((id) => byId.get(id) ?? null);
  }

  /** The aliases of many sites in one statement, in the order the customer gave them. */
  async aliasesOf(siteIds: readonly string[]): Promise<string[][]> {
    const rows = (await this.dataSource.query(
      `SELECT site_id, name FROM site_domains WHERE is_primary = ? AND site_id IN (${siteIds.map(() => '?').join(', ')}) ORDER BY position`,
      [0, ...siteIds],
    )) as Array<{ site_id: string; name: string }>;
    const bySite = new Map<string, string[]>(siteIds.map((id) => [id, []]));
    for (const row of rows) bySite.get(row.site_id)?.push(row.name);
    return siteIds.map((id) => bySite.get(id) ?? []);
  }

  /** A site of this account, or null: another customer's site looks exactly like a missing one. */
  async findSite(accountId: string, id: string): Promise<Site | null> {
    if (!isUuid(id)) return null;
    return this.dataSource.getRepository(Site).findOneBy({ id, accountId, status: Not(SiteStatus.DELETED) });
  }

  async createSite(account: Account, input: CreateSiteInput): Promise<Site> {
    const data = parseInput(createSiteSchema, input);
    const names = normalizeSiteNames(data.domain, data.aliases ?? []);
    const now = new Date();
    const site = Object.assign(new Site(), {
      id: newId(),
      accountId: account.id,
      domain: names[0]!,
      // Without a choice the site starts as generic PHP; detection may switch it later.
      preset: data.preset ?? 'php',
      status: SiteStatus.PENDING,
      hostId: null,
      isBlocked: false,
      phpVersion: DEFAULT_PHP_VERSION,
      specVersion: 0,
      appliedVersion: 0,
      statusMessage: null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    });
    let hostId: string | null = null;
    try {
      await this.dataSource.transaction(async (manager) => {
        await this.refuseTakenNames(manager, account.id, names);
        await manager.getRepository(Site).insert(site);
        await manager.getRepository(SiteDomain).insert(
          names.map((name, position) => ({
            id: newId(),
            siteId: site.id,
            name,
            activeName: name,
            isPrimary: position === 0,
            position,
          })),
        );
        // The first spec goes to the host in the same transaction: a site is never saved without it.
        hostId = await this.deployments.deployWith(manager, site.id);
      });
    } catch (error) {
      // Two customers racing for one name: the unique index lets one win.
      if (isUniqueViolation(error))
        throw new ConflictError('domain', msg('This domain is already hosted on Elasticweb.'));
      throw error;
    }
    if (hostId) this.queue.wake(hostId);
    return this.dataSource.getRepository(Site).findOneByOrFail({ id: site.id });
  }

  /**
   * Soft delete: the site keeps its history and row, and its names are freed at once
   * for any account. On a host it is `deleting` until the agent has archived its files
   * and removed its vhost and pool; without one it is gone at once.
   */
  async deleteSite(accountId: string, id: string): Promise<Site> {
    let hostId: string | null = null;
    const deleted = await this.dataSource.transaction(async (manager) => {
      const site = isUuid(id)
        ? await manager.getRepository(Site).findOneBy({ id, accountId, status: Not(SiteStatus.DELETED) })
        : null;
      if (!site || site.status === SiteStatus.DELETING) throw new NotFoundError(msg('This site does not exist.'));
      const now = new Date();
      const status = site.hostId ? SiteStatus.DELETING : SiteStatus.DELETED;
      await manager.getRepository(Site).update({ id }, { status, statusMessage: null, deletedAt: now, updatedAt: now });
      await manager.getRepository(SiteDomain).update({ siteId: id }, { activeName: null });
      hostId = await this.removeWith(manager, site);
      return Object.assign(site, { status, deletedAt: now, updatedAt: now });
    });
    if (hostId) this.queue.wake(hostId);
    return deleted;
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
      return this.deployments.deployWith(manager, site.id, { urgent: true });
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

  /**
   * A name is free when no live site has it, and when no other account hosts a domain it
   * lies under: `shop.example.com` belongs with whoever hosts `example.com`.
   */
  private async refuseTakenNames(manager: EntityManager, accountId: string, names: string[]): Promise<void> {
    const taken = await manager
      .getRepository(SiteDomain)
      .find({ where: { activeName: In(names) }, select: { activeName: true } });
    const first = taken[0]?.activeName;
    if (first)
      throw new ConflictError(
        first === names[0] ? 'domain' : 'aliases',
        msg('{{domain}} is already hosted on Elasticweb. If it is yours, contact support.'),
        { domain: first },
      );
    const suffix = names.find((name) => getDomain(name, { allowPrivateDomains: true }) === null);
    if (suffix)
      throw new InvalidInputError(
        suffix === names[0] ? 'domain' : 'aliases',
        msg('{{domain}} is a public suffix that many owners share, not a domain of its own.'),
        { domain: suffix },
      );
    const parents = [...new Set(names.flatMap(parentDomainsOf))];
    if (parents.length === 0) return;
    const held = (await manager
      .getRepository(SiteDomain)
      .createQueryBuilder('d')
      .innerJoin(Site, 's', 's.id = d.site_id')
      .select('d.active_name', 'parent')
      .where('d.active_name IN (:...parents)', { parents })
      .andWhere('s.account_id <> :accountId', { accountId })
      .getRawMany()) as Array<{ parent: string }>;
    for (const name of names) {
      const parent = held.find((row) => name.endsWith(`.${row.parent}`))?.parent;
      // Whoever controls the name's DNS may use it: a TXT record bound to this account says so.
      if (!parent || (await this.ownership.proves(accountId, name))) continue;
      const { record, value } = ownershipRecord(accountId, name);
      throw new ConflictError(
        name === names[0] ? 'domain' : 'aliases',
        msg(
          '{{domain}} is under {{parent}}, which another account hosts on Elasticweb. If the name is yours, add a TXT record {{record}} with the value {{value}} to its DNS, then try again.',
        ),
        { domain: name, parent, record, value },
      );
    }
  }
}

/**
 * The domains a name lies under, down to the one a registrant owns (Public Suffix List,
 * private entries included): `a.shop.example.co.uk` → `shop.example.co.uk`,
 * `example.co.uk`; `shop.github.io` → none. Nobody can hold `co.uk` for everyone under it.
 */
export function parentDomainsOf(name: string): string[] {
  const registrable = getDomain(name, { allowPrivateDomains: true });
  if (!registrable || registrable === name) return [];
  const labels = name.split('.');
  const depth = registrable.split('.').length;
  return labels.slice(1, labels.length - depth + 1).map((_, index) => labels.slice(index + 1).join('.'));
}
