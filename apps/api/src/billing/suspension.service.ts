import { euros } from './money-input.js';
import { In, IsNull, LessThan, Not, type DataSource } from 'typeorm';
import { Account } from '../accounts/account.entity.js';
import type { Config } from '../config.js';
import type { TranslationsService } from '../i18n/translations.service.js';
import { msg } from '../common/msg.js';
import type { Mailer } from '../mail/mailer.js';
import type { SitesService } from '../sites/sites.service.js';
import { Site, SiteStatus } from '../sites/site.entity.js';
import { Wallet } from './billing.entities.js';
import { monthOf, type BillingService } from './billing.service.js';

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

const SPENDING = {
  alert: {
    id: 'alert',
    subject: msg('You have spent {{spent}} EUR this month'),
    text: msg(
      'Your sites have used {{spent}} EUR this month, past the alert you set at {{alert}} EUR. See what uses it at {{link}}.',
    ),
  },
  limit: {
    id: 'limit',
    subject: msg('You have reached your monthly spending limit'),
    text: msg(
      'Your sites have used {{spent}} EUR this month, reaching your limit of {{limit}} EUR. They keep running; change the limit at {{link}}.',
    ),
  },
  limitBlocked: {
    id: 'limit',
    subject: msg('You have reached your monthly spending limit'),
    text: msg(
      'Your sites have used {{spent}} EUR this month, reaching your limit of {{limit}} EUR, so they now show a suspended page until next month. Raise or remove the limit at {{link}} to bring them back at once.',
    ),
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
    private readonly sites: SitesService,
    private readonly billing: BillingService,
  ) {}

  /** Walks every wallet that needs attention; safe to run often and from several replicas (each step is idempotent). */
  async enforce(now = new Date()): Promise<void> {
    const wallets = await this.dataSource.getRepository(Wallet).find({
      where: [
        { negativeSince: Not(IsNull()) },
        { blockedAt: Not(IsNull()) },
        { balance: LessThan(LOW_BALANCE) },
        { sitesBlocked: true },
        { monthlyLimit: Not(IsNull()) },
        { spendingAlerts: Not(IsNull()) },
      ],
    });
    for (const wallet of wallets) await this.enforceWallet(wallet, now);
  }

  /** Looks at just these accounts (after they were charged, or topped up). */
  async enforceAccounts(accountIds: readonly string[], now = new Date()): Promise<void> {
    for (let i = 0; i < accountIds.length; i += 500) {
      const wallets = await this.dataSource
        .getRepository(Wallet)
        .findBy({ accountId: In(accountIds.slice(i, i + 500)) });
      for (const wallet of wallets) await this.enforceWallet(wallet, now);
    }
  }

  async enforceWallet(wallet: Wallet, now: Date): Promise<void> {
    const account = await this.dataSource.getRepository(Account).findOneBy({ id: wallet.accountId });
    if (!account) return;
    const limitBlocks = await this.checkSpending(account, wallet, now);
    const blockedAt = await this.checkBalance(account, wallet, now);
    await this.syncBlocked(account, wallet, blockedAt !== null || limitBlocks);
    if (blockedAt && now.getTime() - blockedAt.getTime() >= DELETE_AFTER_DAYS * DAY && !wallet.sitesDeletedAt) {
      await this.deleteSites(account);
      await this.dataSource.getRepository(Wallet).update({ accountId: wallet.accountId }, { sitesDeletedAt: now });
    }
  }

  /** Blocks or unblocks the sites when what they should be differs from what they are. */
  private async syncBlocked(account: Account, wallet: Wallet, shouldBlock: boolean): Promise<void> {
    if (wallet.sitesBlocked === shouldBlock) return;
    await this.setSitesBlocked(account, shouldBlock);
    await this.dataSource.getRepository(Wallet).update({ accountId: wallet.accountId }, { sitesBlocked: shouldBlock });
  }

  /**
   * The customer's own alerts and limit for this month's spending, each sent once a
   * month. Returns whether the limit should keep the sites blocked.
   */
  private async checkSpending(account: Account, wallet: Wallet, now: Date): Promise<boolean> {
    const alerts = wallet.spendingAlerts ? (JSON.parse(wallet.spendingAlerts) as string[]).map(BigInt) : [];
    if (alerts.length === 0 && wallet.monthlyLimit === null) return false;
    const month = monthOf(now);
    const state = wallet.spendingSent ? (JSON.parse(wallet.spendingSent) as { month: string; sent: string[] }) : null;
    const sent = state?.month === month ? state.sent : [];
    const spent = await this.billing.spentInMonth(account.id, now);
    const link = `${this.config.publicUrl}/${account.language}/wallet`;
    let changed = state?.month !== month;
    for (const alert of alerts)
      if (spent >= alert && !sent.includes(String(alert))) {
        await this.send(account, SPENDING.alert, { spent: euros(spent), alert: euros(alert), link });
        sent.push(String(alert));
        changed = true;
      }
    const reached = wallet.monthlyLimit !== null && spent >= wallet.monthlyLimit;
    if (reached && !sent.includes('limit')) {
      const warning = wallet.limitBlocks ? SPENDING.limitBlocked : SPENDING.limit;
      await this.send(account, warning, { spent: euros(spent), limit: euros(wallet.monthlyLimit!), link });
      sent.push('limit');
      changed = true;
    }
    if (changed)
      await this.dataSource
        .getRepository(Wallet)
        .update({ accountId: wallet.accountId }, { spendingSent: JSON.stringify({ month, sent }) });
    return reached && wallet.limitBlocks;
  }

  /** The negative-balance steps; returns since when the balance keeps the sites blocked (null: it does not). */
  private async checkBalance(account: Account, wallet: Wallet, now: Date): Promise<Date | null> {
    if (wallet.balance >= 0n) {
      // Back in the black: the next low or negative stretch warns again.
      const sent = wallet.balance < LOW_BALANCE ? this.sent(wallet).filter((w) => w === WARNINGS.low.id) : [];
      if (wallet.balance < LOW_BALANCE && !sent.includes(WARNINGS.low.id)) {
        await this.warn(account, wallet, WARNINGS.low);
        sent.push(WARNINGS.low.id);
      }
      await this.dataSource
        .getRepository(Wallet)
        .update({ accountId: wallet.accountId }, { blockedAt: null, warningsSent: JSON.stringify(sent) });
      return null;
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
      await once(WARNINGS.blocked);
    }
    if (blockedAt && !wallet.sitesDeletedAt) {
      const blockedFor = now.getTime() - blockedAt.getTime();
      if (blockedFor >= (DELETE_AFTER_DAYS - 7) * DAY) await once(WARNINGS.deleteSoon);
      if (blockedFor >= (DELETE_AFTER_DAYS - 1) * DAY) await once(WARNINGS.deleteTomorrow);
    }
    await this.dataSource
      .getRepository(Wallet)
      .update({ accountId: wallet.accountId }, { blockedAt, warningsSent: JSON.stringify(sent) });
    return blockedAt;
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
      await this.sites.setBlocked(site.id, isBlocked);
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
    await this.send(account, warning, {
      balance: euros(wallet.balance),
      link: `${this.config.publicUrl}/${account.language}/wallet`,
    });
  }

  private async send(account: Account, warning: Warning, params: Record<string, string>): Promise<void> {
    await this.mailer.send({
      to: account.email,
      subject: await this.translations.translate(account.language, warning.subject),
      text: await this.translations.translate(account.language, warning.text, params),
    });
  }
}
