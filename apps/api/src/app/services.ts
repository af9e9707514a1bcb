import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Logger } from '../common/logger.js';
import type { Config } from '../config.js';
import type { Mailer } from '../mail/mailer.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { TranslationsService } from '../i18n/translations.service.js';
import { alertAbout, AlertsService } from '../admin/alerts.service.js';
import { HostsService } from '../hosts/hosts.service.js';
import { CommandQueue } from '../hosts/command-queue.service.js';
import { ephemeralSigningKey, panelKeys, type SigningKey } from '../hosts/signing-keys.js';
import { SitesService } from '../sites/sites.service.js';
import { followSiteOutcomes } from '../sites/site-outcomes.js';
import { SiteDeployments } from '../deployments/site-deployments.js';
import { CommandRetries } from '../deployments/command-retries.js';
import { NginxService } from '../nginx/nginx.service.js';
import { ProtectedPathsService } from '../nginx/protected-paths.service.js';
import { PhpService } from '../php/php.service.js';
import { CertificatesService } from '../certificates/certificates.service.js';
import { AccountAccess } from '../access/account-access.service.js';
import { DatabasesService } from '../databases/databases.service.js';
import { ImportsService } from '../imports/imports.service.js';
import { AntivirusService } from '../antivirus/antivirus.service.js';
import { UsageService } from '../usage/usage.service.js';
import { Ledger } from '../billing/ledger.js';
import { BillingService } from '../billing/billing.service.js';
import { SuspensionService } from '../billing/suspension.service.js';
import { PricesService } from '../billing/prices.service.js';
import { ChargingService } from '../billing/charging.service.js';
import { createPaymentProvider } from '../billing/payment-providers.js';
import { RateLimiter } from '../database/rate-limiter.js';
import { DnsOwnership } from '../sites/domain-ownership.js';
import { ReferralsService } from '../referrals/referrals.service.js';

/** Every service of the API, made once per process by `createServices`. */
export interface Services {
  accounts: AccountsService;
  sites: SitesService;
  translations: TranslationsService;
  nginx: NginxService;
  protectedPaths: ProtectedPathsService;
  hosts: HostsService;
  commands: CommandQueue;
  alerts: AlertsService;
  deployments: SiteDeployments;
  commandRetries: CommandRetries;
  databases: DatabasesService;
  access: AccountAccess;
  php: PhpService;
  usage: UsageService;
  billing: BillingService;
  suspension: SuspensionService;
  charging: ChargingService;
  prices: PricesService;
  referrals: ReferralsService;
  certificates: CertificatesService;
  imports: ImportsService;
  antivirus: AntivirusService;
  /** Counts in the database, shared by every replica (per-address limits outside the domains). */
  limiter: RateLimiter;
}

export interface ServiceDependencies {
  config: Config;
  dataSource: DataSource;
  logger: Logger;
  mailer: Mailer;
  /** Signs commands to agents; a throw-away key when absent (tests). */
  signingKey?: SigningKey | undefined;
}

/**
 * The one place where services are made and connected: each gets what stands before it
 * in the module order (docs/decisions/007-module-order.md), and the events that flow
 * back up the order (a top-up unblocking sites, a payment earning commission) are
 * subscribed here.
 */
export function createServices(deps: ServiceDependencies): Services {
  const { config, dataSource, logger, mailer } = deps;
  const signingKey = deps.signingKey ?? ephemeralSigningKey();
  // In the module order: each service is made from what stands before it.
  const translations = new TranslationsService(dataSource);
  const accounts = new AccountsService(dataSource, config, mailer, logger, translations);
  const alerts = new AlertsService(dataSource, logger, config.ALERT_WEBHOOK_URL);
  const commands = new CommandQueue(dataSource, signingKey, { leaseSeconds: config.COMMAND_LEASE_SECONDS });
  // Outcome listeners run in the order they subscribe: the site's own state first.
  followSiteOutcomes(commands, alerts);
  commands.onSequenceAhead((manager, { host, panelSeq, agentSeq, taken }) =>
    alerts.raise(
      manager,
      alertAbout(
        'sequence_ahead',
        { host },
        taken
          ? `The agent on ${host.name} had accepted commands up to number ${agentSeq}, the panel only knew of ${panelSeq}: was the panel's database restored from a backup? Deliveries continue from ${agentSeq + 1}; commands of the lost period may have run on the host already.`
          : `The agent on ${host.name} reports commands up to number ${agentSeq}, far beyond the panel's ${panelSeq}; the panel did not follow. Check the host, then re-enroll it.`,
      ),
    ),
  );
  // The port sites, nginx, PHP and certificates use; composing a spec needs all of them, so it stands after them.
  const deployments = new SiteDeployments(dataSource, commands);
  const hosts = new HostsService(
    dataSource,
    panelKeys(config, signingKey),
    commands,
    // What waited for a first host goes to it: sites, then keys, shells and jobs set meanwhile.
    async () => {
      await deployments.deployWaitingSites();
      await services.access.deployWaitingAccounts();
    },
    config.HOST_TOKEN_IDLE_DAYS,
  );
  const sites = new SitesService(
    dataSource,
    commands,
    deployments,
    new DnsOwnership(config.DNS_SERVERS?.split(',').map((server) => server.trim()) ?? []),
  );
  const databases = new DatabasesService(dataSource, commands);
  const ledger = new Ledger(dataSource);
  const prices = new PricesService(dataSource);
  const webhookSecret = config.PAYMENT_WEBHOOK_SECRET ?? randomBytes(32).toString('hex');
  const billing = new BillingService(dataSource, ledger, webhookSecret, config.publicUrl);
  const limiter = new RateLimiter(dataSource);
  const services: Services = {
    limiter,
    translations,
    accounts,
    alerts,
    commands,
    hosts,
    sites,
    nginx: new NginxService(dataSource, deployments, commands),
    protectedPaths: new ProtectedPathsService(dataSource, deployments, sites),
    php: new PhpService(dataSource, config, deployments),
    certificates: new CertificatesService(dataSource, commands, deployments, alerts, mailer, translations, config),
    access: new AccountAccess(dataSource, commands),
    databases,
    imports: new ImportsService(dataSource, commands, databases, config, limiter),
    antivirus: new AntivirusService(dataSource, commands, alerts),
    usage: new UsageService(dataSource, {
      rawDays: config.USAGE_RAW_DAYS,
      fiveMinuteDays: config.USAGE_5M_DAYS,
      hourDays: config.USAGE_HOURLY_DAYS,
    }),
    deployments,
    commandRetries: new CommandRetries(dataSource, commands, alerts, deployments, sites),
    billing,
    prices,
    charging: new ChargingService(dataSource, ledger, prices),
    suspension: new SuspensionService(dataSource, config, mailer, translations, sites, billing),
    referrals: new ReferralsService(dataSource, ledger, config),
  };
  services.billing.usePaymentProvider(
    createPaymentProvider(config, webhookSecret, (body, signature) => services.billing.handleWebhook(body, signature)),
  );
  // A top-up that ends a negative balance unblocks at once; a charge may reach a spending limit.
  // Both run again with the scheduled jobs, so a failure here only delays them by a minute.
  const soon = (what: string) => (error: unknown) => logger.warn({ err: error }, `${what} waits for the next run`);
  services.billing.onCredited((accountId) =>
    services.suspension.enforceAccounts([accountId]).catch(soon('unblocking after a top-up')),
  );
  services.charging.onCharged((accountIds) =>
    services.suspension.enforceAccounts(accountIds).catch(soon('spending limits after charging')),
  );
  services.billing.onPaymentSucceeded((manager, payment, amount) =>
    services.referrals.onPayment(manager, payment, amount),
  );
  services.billing.onRefunded((manager, payment) => services.referrals.onRefund(manager, payment));
  services.accounts.useReferrals((signUp, signedInAs) => services.referrals.referrerFor(signUp, signedInAs));

  return services;
}
