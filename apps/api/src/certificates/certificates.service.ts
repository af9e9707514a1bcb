import {
  checkCertificate,
  type CertificateFacts,
  type CertificateProblem,
  type CommandArgs,
} from '@elasticweb/protocol';
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { In, IsNull, LessThanOrEqual, Not, type DataSource, type EntityManager } from 'typeorm';
import { retryingTransaction } from '../database/retry.js';
import { Account } from '../accounts/account.entity.js';
import { alertAbout, type AlertsService } from '../admin/alerts.service.js';
import { InvalidInputError, NotFoundError } from '../common/errors.js';
import type { Config } from '../config.js';
import { Command, CommandStatus } from '../hosts/command.entity.js';
import type { CommandQueue } from '../hosts/command-queue.service.js';
import type { CommandOutcome } from '../hosts/command-outcomes.js';
import { Host } from '../hosts/host.entity.js';
import { msg } from '../common/msg.js';
import type { TranslationsService } from '../i18n/translations.service.js';
import type { Mailer } from '../mail/mailer.js';
import { SiteDomain } from '../sites/site-domain.entity.js';
import type { SiteDeploymentPort } from '../sites/site-deployment.port.js';
import { Site, SiteStatus } from '../sites/site.entity.js';
import { CertificateMode, CertificateStatus, SiteCertificate } from './certificate.entity.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** ACME certificates are renewed this long before they expire. */
export const RENEW_BEFORE_DAYS = 30;
/** Customers are told this long before an uploaded certificate expires. */
const WARN_UPLOADED_DAYS = 14;
/** After a failed issue: 1 hour, 6 hours, then once a day. */
const RETRY_AFTER = [HOUR, 6 * HOUR, DAY];

const PROBLEMS: Record<CertificateProblem, string> = {
  'not-a-certificate': msg('This is not a PEM certificate.'),
  'not-a-key': msg('This is not a PEM private key.'),
  'key-mismatch': msg('The private key does not belong to this certificate.'),
  'chain-broken': msg('The chain does not verify: put the certificate first, then each intermediate in order.'),
  untrusted: msg('The chain does not end at a trusted certificate authority.'),
  expired: msg('This certificate has expired.'),
  'not-yet-valid': msg('This certificate is not valid yet.'),
  'domain-not-covered': msg('The certificate does not cover {{domain}}.'),
};

const NOTICES = {
  failed: {
    subject: msg('We could not get a certificate for {{domain}}'),
    text: msg(
      'The certificate authority could not reach {{domain}} on our server, so the site is served over plain HTTP for now. Check that the domain points to Elasticweb; we try again automatically. Details: {{link}}',
    ),
  },
  expiring: {
    subject: msg('The certificate of {{domain}} expires soon'),
    text: msg('The certificate you uploaded for {{domain}} expires on {{date}}. Upload a new one at {{link}}.'),
  },
};

/**
 * Every site's certificate: issued through ACME on its host once the site is live,
 * renewed 30 days before expiry, retried with growing pauses (telling administrators
 * and the customer) when the domain does not point here, or uploaded by the customer.
 * The vhost switches to HTTPS with a redirect once a certificate is in place.
 */
export class CertificatesService {
  private readonly trustedRoots: string[];

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: CommandQueue,
    private readonly deployments: SiteDeploymentPort,
    private readonly alerts: AlertsService,
    private readonly mailer: Mailer,
    private readonly translations: TranslationsService,
    private readonly config: Config,
  ) {
    this.trustedRoots = [
      ...rootCertificates,
      ...(config.CERTIFICATE_TRUSTED_CA_FILE ? [readFileSync(config.CERTIFICATE_TRUSTED_CA_FILE, 'utf8')] : []),
    ];
    queue.onOutcome(['site.apply'], (manager, { command, status }) =>
      status === CommandStatus.SUCCEEDED ? this.afterApply(manager, command) : Promise.resolve(),
    );
    queue.onOutcome(['site.delete'], async (manager, { command, status }) => {
      if (status === CommandStatus.SUCCEEDED)
        await manager.getRepository(SiteCertificate).delete({ siteId: command.siteId! });
    });
    queue.onOutcome(['site.certificate'], (manager, outcome) => this.certificateFinished(manager, outcome));
  }

  certificatesOf(siteIds: readonly string[]): Promise<SiteCertificate[]> {
    return siteIds.length
      ? this.dataSource.getRepository(SiteCertificate).findBy({ siteId: In([...siteIds]) })
      : Promise.resolve([]);
  }

  /** The customer uploads a certificate and its key instead of the automatic one. */
  async upload(account: Account, siteId: string, chain: string, key: string): Promise<SiteCertificate> {
    const site = await this.ownedSite(account, siteId);
    const domains = await this.domainsOf(this.dataSource.manager, site.id);
    if (String(chain).length > 100_000 || String(key).length > 20_000)
      throw new InvalidInputError('certificate', msg('This is not a PEM certificate.'));
    const { problems, facts } = checkCertificate({
      chain: String(chain),
      key: String(key),
      domains,
      trustedRoots: this.trustedRoots,
    });
    if (problems.length) {
      const first = problems[0]!;
      throw new InvalidInputError(
        first.problem === 'not-a-key' || first.problem === 'key-mismatch' ? 'key' : 'certificate',
        PROBLEMS[first.problem],
        {
          domain: first.detail ?? '',
        },
      );
    }
    const uploaded = await retryingTransaction(this.dataSource, async (manager) => {
      const row = await this.save(manager, site.id, {
        mode: CertificateMode.UPLOADED,
        status: CertificateStatus.PENDING,
        domainsJson: JSON.stringify(domains),
        ...this.factsColumns(facts!),
        lastError: null,
        failures: 0,
        nextAttemptAt: null,
        expiryWarned: false,
      });
      await this.send(manager, site, account, domains, 'install', { certificate: chain, key });
      return row;
    });
    this.queue.wake(site.hostId!);
    return uploaded;
  }

  /** Back to an automatic certificate, issued now (also after the customer fixed the DNS). */
  async issueNow(account: Account, siteId: string): Promise<SiteCertificate> {
    const site = await this.ownedSite(account, siteId);
    if (!(await this.hostIssuesCertificates(this.dataSource.manager, site.hostId)))
      throw new InvalidInputError(
        'siteId',
        msg('This site’s server cannot get certificates by itself; upload your own.'),
      );
    const row = await retryingTransaction(this.dataSource, async (manager) =>
      this.requestIssue(manager, site, account),
    );
    this.queue.wake(site.hostId!);
    return row;
  }

  /** Revokes the certificate and serves the site over HTTP again. */
  async revoke(account: Account, siteId: string): Promise<SiteCertificate> {
    const site = await this.ownedSite(account, siteId);
    const revoked = await retryingTransaction(this.dataSource, async (manager) => {
      const row = await manager.getRepository(SiteCertificate).findOneBy({ siteId: site.id });
      if (!row) throw new NotFoundError(msg('This site has no certificate.'));
      await this.send(manager, site, account, JSON.parse(row.domainsJson) as string[], 'revoke');
      return this.save(manager, site.id, { status: CertificateStatus.REVOKED, nextAttemptAt: null });
    });
    this.queue.wake(site.hostId!);
    return revoked;
  }

  /** Renewals, retries after failures, and expiry notices for uploaded certificates; run with the scheduled jobs. */
  async runDue(now = new Date()): Promise<number> {
    const repository = this.dataSource.getRepository(SiteCertificate);
    const renewal = {
      mode: CertificateMode.ACME,
      status: CertificateStatus.ISSUED,
      notAfter: LessThanOrEqual(new Date(now.getTime() + RENEW_BEFORE_DAYS * DAY)),
    };
    const due = await repository.find({
      where: [
        // Due for renewal, and not waiting after a failed renewal (the current one still serves meanwhile).
        { ...renewal, nextAttemptAt: IsNull() },
        { ...renewal, nextAttemptAt: LessThanOrEqual(now) },
        { mode: CertificateMode.ACME, status: CertificateStatus.FAILED, nextAttemptAt: LessThanOrEqual(now) },
      ],
      take: 500,
    });
    let queued = 0;

    for (const row of due) {
      if (await this.inFlight(row.siteId)) continue;
      const site = await this.dataSource
        .getRepository(Site)
        .findOneBy({ id: row.siteId, status: Not(SiteStatus.DELETED) });
      if (!site?.hostId) continue;
      const account = await this.dataSource.getRepository(Account).findOneByOrFail({ id: site.accountId });
      await retryingTransaction(this.dataSource, (manager) => this.requestIssue(manager, site, account));
      this.queue.wake(site.hostId);
      queued += 1;
    }

    const expiring = await repository.find({
      where: {
        mode: CertificateMode.UPLOADED,
        status: CertificateStatus.ISSUED,
        expiryWarned: false,
        notAfter: LessThanOrEqual(new Date(now.getTime() + WARN_UPLOADED_DAYS * DAY)),
      },
    });
    for (const row of expiring) {
      const site = await this.dataSource.getRepository(Site).findOneBy({ id: row.siteId });
      const account = site && (await this.dataSource.getRepository(Account).findOneBy({ id: site.accountId }));
      if (!site || !account) continue;
      await this.notify(account, site, NOTICES.expiring, { date: row.notAfter!.toISOString().slice(0, 10) });
      await repository.update({ siteId: row.siteId }, { expiryWarned: true });
    }
    return queued;
  }

  private async inFlight(siteId: string): Promise<boolean> {
    return this.dataSource.getRepository(Command).existsBy({
      siteId,
      type: 'site.certificate',
      status: In([CommandStatus.QUEUED, CommandStatus.LEASED]),
    });
  }

  private async requestIssue(manager: EntityManager, site: Site, account: Account): Promise<SiteCertificate> {
    const domains = await this.domainsOf(manager, site.id);
    const existing = await manager.getRepository(SiteCertificate).findOneBy({ siteId: site.id });
    const row = await this.save(manager, site.id, {
      mode: CertificateMode.ACME,
      // A renewal keeps serving the current certificate meanwhile.
      status:
        existing?.status === CertificateStatus.ISSUED && existing.mode === CertificateMode.ACME
          ? CertificateStatus.ISSUED
          : CertificateStatus.PENDING,
      domainsJson: JSON.stringify(domains),
      nextAttemptAt: null,
    });
    await this.send(manager, site, account, domains, 'issue');
    return row;
  }

  private async send(
    manager: EntityManager,
    site: Site,
    account: Account,
    domains: string[],
    action: CommandArgs<'site.certificate'>['action'],
    upload: { certificate?: string; key?: string } = {},
  ): Promise<void> {
    if (!site.hostId)
      throw new InvalidInputError('siteId', msg('The site is not on a server yet; try again once it is live.'));
    const args: CommandArgs<'site.certificate'> = {
      siteId: site.id,
      account: account.systemName,
      domains,
      action,
      ...upload,
    };
    // The caller wakes the host's poll once its transaction has committed.
    await this.queue.enqueueWith(manager, { hostId: site.hostId, siteId: site.id, type: 'site.certificate', args });
  }

  private async certificateFinished(
    manager: EntityManager,
    { command, status, error, args, result }: CommandOutcome<'site.certificate'>,
  ): Promise<(() => void) | void> {
    if (!command.siteId) return;
    if (status !== CommandStatus.SUCCEEDED && status !== CommandStatus.FAILED && status !== CommandStatus.EXPIRED)
      return;
    // The customer's private key was needed only for this delivery: it is not kept in the queue's history.
    if (args.key)
      await manager
        .getRepository(Command)
        .update({ id: command.id }, { argsJson: JSON.stringify({ ...args, key: '[removed]' }) });
    const site = await manager.getRepository(Site).findOneBy({ id: command.siteId });
    if (!site || site.status === SiteStatus.DELETED) return;
    if (status === CommandStatus.SUCCEEDED) {
      if (args.action === 'revoke') await this.save(manager, site.id, { status: CertificateStatus.REVOKED });
      else
        await this.save(manager, site.id, {
          status: CertificateStatus.ISSUED,
          ...this.factsColumns(result ?? ({} as CertificateFacts)),
          lastError: null,
          failures: 0,
          nextAttemptAt: null,
          expiryWarned: false,
        });
      // The vhost follows: HTTPS with a redirect now, or plain HTTP again after a revocation.
      const hostId = await this.deployments.deployWith(manager, site.id);
      if (hostId) return () => this.queue.wake(hostId);
      return;
    }
    const row = await manager.getRepository(SiteCertificate).findOneBy({ siteId: site.id });
    const failures = (row?.failures ?? 0) + 1;
    await this.save(manager, site.id, {
      // A renewal that failed leaves the current certificate serving until it expires.
      status:
        row?.status === CertificateStatus.ISSUED && row.notAfter && row.notAfter > new Date()
          ? CertificateStatus.ISSUED
          : CertificateStatus.FAILED,
      lastError: (error ?? status).slice(0, 2000),
      failures,
      nextAttemptAt: new Date(Date.now() + RETRY_AFTER[Math.min(failures, RETRY_AFTER.length) - 1]!),
    });
    if (failures > 1) return;
    // The first failure of a streak: administrators see it among the alerts, the customer gets a word.
    const account = await manager.getRepository(Account).findOneByOrFail({ id: site.accountId });
    const host = await manager.getRepository(Host).findOneBy({ id: command.hostId });
    const afterCommit = await this.alerts.raise(
      manager,
      alertAbout(
        'certificate_failed',
        { host, site, account, command },
        `${args.domains.join(', ')}: ${error ?? status}`,
      ),
    );
    return () => {
      afterCommit();
      void this.notify(account, site, NOTICES.failed, {}).catch(() => undefined);
    };
  }

  /** A site that went live gets its first certificate; one whose names changed gets a new one. */
  private async afterApply(manager: EntityManager, command: Command): Promise<(() => void) | void> {
    const site = command.siteId ? await manager.getRepository(Site).findOneBy({ id: command.siteId }) : null;
    if (!site || site.status === SiteStatus.DELETED || site.status === SiteStatus.DELETING || !site.hostId) return;
    if (!(await this.hostIssuesCertificates(manager, site.hostId))) return;
    const row = await manager.getRepository(SiteCertificate).findOneBy({ siteId: site.id });
    const domains = await this.domainsOf(manager, site.id);
    const sameNames = row && (JSON.parse(row.domainsJson) as string[]).join(' ') === domains.join(' ');
    if (row && (row.mode === CertificateMode.UPLOADED || row.status === CertificateStatus.REVOKED || sameNames)) return;
    const account = await manager.getRepository(Account).findOneByOrFail({ id: site.accountId });
    await this.requestIssue(manager, site, account);
    const hostId = site.hostId;
    return () => this.queue.wake(hostId);
  }

  /** Hosts without HTTPS listeners or an ACME client get no automatic certificates. */
  private async hostIssuesCertificates(manager: EntityManager, hostId: string | null): Promise<boolean> {
    const host = hostId ? await manager.getRepository(Host).findOneBy({ id: hostId }) : null;
    const layout = host
      ? (JSON.parse(host.layoutJson) as { listenTls?: string[] | null; certificates?: boolean })
      : null;
    return Boolean(layout?.listenTls?.length) && layout?.certificates !== false;
  }

  private factsColumns(facts: CertificateFacts) {
    return {
      notBefore: new Date(facts.notBefore),
      notAfter: new Date(facts.notAfter),
      serial: facts.serial,
      issuer: facts.issuer,
    };
  }

  private async save(
    manager: EntityManager,
    siteId: string,
    values: Partial<SiteCertificate>,
  ): Promise<SiteCertificate> {
    const repository = manager.getRepository(SiteCertificate);
    const existing = await repository.findOneBy({ siteId });
    const row = Object.assign(
      existing ??
        Object.assign(new SiteCertificate(), {
          siteId,
          mode: CertificateMode.ACME,
          status: CertificateStatus.PENDING,
          domainsJson: '[]',
          notBefore: null,
          notAfter: null,
          serial: null,
          issuer: null,
          lastError: null,
          failures: 0,
          nextAttemptAt: null,
          expiryWarned: false,
        }),
      values,
      { updatedAt: new Date() },
    );
    await repository.save(row);
    return row;
  }

  private async domainsOf(manager: EntityManager, siteId: string): Promise<string[]> {
    return (await manager.getRepository(SiteDomain).find({ where: { siteId }, order: { position: 'ASC' } })).map(
      (d) => d.name,
    );
  }

  private async ownedSite(account: Account, siteId: string): Promise<Site> {
    const site = await this.dataSource
      .getRepository(Site)
      .findOneBy({ id: String(siteId), accountId: account.id, status: Not(SiteStatus.DELETED) });
    if (!site) throw new NotFoundError(msg('This site does not exist.'));
    return site;
  }

  private async notify(
    account: Account,
    site: Site,
    notice: { subject: string; text: string },
    params: Record<string, string>,
  ) {
    const values = {
      domain: site.domain,
      link: `${this.config.publicUrl}/${account.language}/sites/${site.id}`,
      ...params,
    };
    await this.mailer.send({
      to: account.email,
      subject: await this.translations.translate(account.language, notice.subject, values),
      text: await this.translations.translate(account.language, notice.text, values),
    });
  }
}
