import { formatAmount } from '@elasticweb/billing';
import { IsNull, LessThan, Not, type DataSource } from 'typeorm';
import { Account } from '../accounts/account.entity.js';
import type { Config } from '../config.js';
import type { TranslationsService } from '../i18n/translations.service.js';
import { msg } from '../i18n/msg.js';
import type { Mailer } from '../mail/mailer.js';
import type { SiteDeployments } from '../sites/site-deployments.service.js';
import type { SitesService } from '../sites/sites.service.js';
import { Site, SiteStatus } from '../sites/site.entity.js';
import { Wallet } from './billing.entities.js';

const DAY = 24 * 3600_000;
/** The balance may stay negative this long; then the sites are blocked. */
export const BLOCK_AFTER_DAYS = 7;
/** Blocked this long, the sites are deleted. */
export const DELETE_AFTER_DAYS = 30;
/** Below this balance (micro-euros) the customer is warned once. */
export const LOW_BALANCE = 2_000_000n;

interface Warning {
  id: string;
  subject: string;
  text: string;
}

const WARNINGS = {
  low: {
    id: 'low',
    subject: msg('Your Elasticweb balance is running low'),
    text: msg('Your balance is {{balance}} EUR. Top up at {{link}} so your sites keep running.'),
  },
  zero: {
    id: 'zero',
    subject: msg('Your Elasticweb balance is below zero'),
    text: msg(
      'Your balance is {{balance}} EUR. Your sites keep running for 7 days; top up at {{link}} before then to keep them online.',
    ),
  },
  blockSoon: {
    id: 'block-soon',
    subject: msg('Your sites will be suspended in 2 days'),
    text: msg('Your balance is {{balance}} EUR. Top up at {{link}} within 2 days, or your sites will be suspended.'),
  },
  blocked: {
    id: 'blocked',
    subject: msg('Your sites are suspended'),
    text: msg(
      'Your balance has been below zero for 7 days, so your sites now show a suspended page. Their files are safe: top up at {{link}} and they come back at once.',
    ),
  },
  deleteSoon: {
    id: 'delete-soon',
    subject: msg('Your sites will be deleted in 7 days'),
    text: msg('Your sites have been suspended for 23 days. Top up at {{link}} within 7 days, or they will be deleted.'),
  },
  deleteTomorrow: {
    id: 'delete-tomorrow',
    subject: msg('Your sites will be deleted tomorrow'),
    text: msg('This is the last notice: top up at {{link}} today, or your sites will be deleted tomorrow.'),
  },
} satisfies Record<string, Warning>;

/**
 * What a negative balance leads to, on a clock the caller gives (tests move it): a
 * warning at each step, sent once; the sites blocked after 7 days; deleted 30 days
 * after that; and everything unblocked at once when a top-up brings the balance back.
 */
export class SuspensionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: Config,
    private readonly mailer: Mailer,
    private readonly translations: TranslationsService,
    private readonly deployments: SiteDeployments,
    private readonly sites: SitesService,
  ) {}

  /** Walks every wallet that needs attention; safe to run often and from several replicas (each step is idempotent). */
  async enforce(now = new Date()): Promise<void> {
    const wallets = await this.dataSource.getRepository(Wallet).find({
      where: [{ negativeSince: Not(IsNull()) }, { blockedAt: Not(IsNull()) }, { balance: LessThan(LOW_BALANCE) }],
    });
    for (const wallet of wallets) await this.enforceWallet(wallet, now);
  }

  async enforceWallet(wallet: Wallet, now: Date): Promise<void> {
    const account = await this.dataSource.getRepository(Account).findOneBy({ id: wallet.accountId });
    if (!account) return;
    if (wallet.balance >= 0n) {
      if (wallet.blockedAt) await this.setSitesBlocked(account, false);
      // Back in the black: the next low or negative stretch warns again.
      const sent = wallet.balance < LOW_BALANCE ? this.sent(wallet).filter((w) => w === WARNINGS.low.id) : [];
      if (wallet.balance < LOW_BALANCE && !sent.includes(WARNINGS.low.id)) {
        await this.warn(account, wallet, WARNINGS.low);
        sent.push(WARNINGS.low.id);
      }
      await this.dataSource
        .getRepository(Wallet)
        .update({ accountId: wallet.accountId }, { blockedAt: null, warningsSent: JSON.stringify(sent) });
      return;
    }
    const sent = this.sent(wallet);
    const once = async (warning: Warning) => {
      if (sent.includes(warning.id)) return;
      await this.warn(account, wallet, warning);
      sent.push(warning.id);
    };
    const negativeFor = now.getTime() - (wallet.negativeSince ?? now).getTime();
    await once(WARNINGS.zero);
    if (negativeFor >= (BLOCK_AFTER_DAYS - 2) * DAY) await once(WARNINGS.blockSoon);
    let blockedAt = wallet.blockedAt;
    if (!blockedAt && negativeFor >= BLOCK_AFTER_DAYS * DAY) {
      blockedAt = now;
      await this.setSitesBlocked(account, true);
      await once(WARNINGS.blocked);
    }
    if (blockedAt) {
      const blockedFor = now.getTime() - blockedAt.getTime();
      if (blockedFor >= (DELETE_AFTER_DAYS - 7) * DAY) await once(WARNINGS.deleteSoon);
      if (blockedFor >= (DELETE_AFTER_DAYS - 1) * DAY) await once(WARNINGS.deleteTomorrow);
      if (blockedFor >= DELETE_AFTER_DAYS * DAY) await this.deleteSites(account);
    }
    await this.dataSource
      .getRepository(Wallet)
      .update({ accountId: wallet.accountId }, { blockedAt, warningsSent: JSON.stringify(sent) });
  }

  private sent(wallet: Wallet): string[] {
    return wallet.warningsSent ? (JSON.parse(wallet.warningsSent) as string[]) : [];
  }

  private async setSitesBlocked(account: Account, isBlocked: boolean): Promise<void> {
    const sites = await this.dataSource.getRepository(Site).find({
      where: { accountId: account.id, status: Not(SiteStatus.DELETED) },
      select: { id: true, status: true },
    });
    for (const site of sites.filter((s) => s.status !== SiteStatus.DELETING))
      await this.deployments.setBlocked(site.id, isBlocked);
  }

  private async deleteSites(account: Account): Promise<void> {
    const sites = await this.dataSource.getRepository(Site).find({
      where: { accountId: account.id, status: Not(SiteStatus.DELETED) },
      select: { id: true, status: true },
    });
    for (const site of sites.filter((s) => s.status !== SiteStatus.DELETING))
      await this.sites.deleteSite(account.id, site.id);
  }

  private async warn(account: Account, wallet: Wallet, warning: Warning): Promise<void> {
    const params = {
      balance: formatAmount(wallet.balance).replace(/0{4}$/, ''),
      link: `${this.config.publicUrl}/${account.language}/wallet`,
    };
    await this.mailer.send({
      to: account.email,
      subject: await this.translations.translate(account.language, warning.subject),
      text: await this.translations.translate(account.language, warning.text, params),
    });
  }
}
