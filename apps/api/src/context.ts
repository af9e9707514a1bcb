import type { Account } from './accounts/account.entity.js';
import { Role } from './accounts/account.entity.js';
import type { AccountsService } from './accounts/accounts.service.js';
import { ForbiddenError, UnauthenticatedError } from './common/errors.js';
import type { Logger } from './common/logger.js';
import type { Config } from './config.js';
import type { SiteLoaders } from './sites/site.loaders.js';
import type { SitesService } from './sites/sites.service.js';
import type { TranslationsService } from './i18n/translations.service.js';
import type { NginxService } from './nginx/nginx.service.js';
import type { Host } from './hosts/host.entity.js';
import type { HostsService } from './hosts/hosts.service.js';
import type { CommandQueue } from './hosts/command-queue.service.js';
import type { AlertsService } from './admin/alerts.service.js';
import type { SiteDeployments } from './sites/site-deployments.service.js';
import type { DatabasesService } from './databases/databases.service.js';
import type { AccountAccess } from './access/account-access.service.js';
import type { PhpService } from './php/php.service.js';
import type { UsageService } from './usage/usage.service.js';
import type { BillingService } from './billing/billing.service.js';
import type { SuspensionService } from './billing/suspension.service.js';
import type { ChargingService } from './billing/charging.service.js';
import type { PricesService } from './billing/prices.service.js';
import type { ReferralsService } from './referrals/referrals.service.js';
import type { CertificatesService } from './certificates/certificates.service.js';
import type { ImportsService } from './imports/imports.service.js';
import type { AntivirusService } from './antivirus/antivirus.js';

export interface Services {
  accounts: AccountsService;
  sites: SitesService;
  translations: TranslationsService;
  nginx: NginxService;
  hosts: HostsService;
  commands: CommandQueue;
  alerts: AlertsService;
  deployments: SiteDeployments;
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
}

/** Everything a resolver may use for one request; loaders are made fresh per request. */
export interface RequestContext {
  requestId: string;
  ip: string;
  /** Account setting, else the browser's Accept-Language, else English. */
  language: string;
  account: Account | null;
  /** The agent's host, when a host token authenticated the request. */
  host: Host | null;
  /** The partner whose read-only API token authenticated the request (it opens `referralStats` only). */
  partnerTokenOf: string | null;
  /** The partner code a referral link left in the browser, for attribution at sign-up. */
  referralCookie: string | null;
  /** Hash of the session token that authenticated this request, to end just that session. */
  sessionTokenHash: string | null;
  config: Config;
  /** The process logger; include `requestId` in what you log. */
  logger: Logger;
  services: Services;
  loaders: { sites: SiteLoaders };
  session: {
    /** Sets the httpOnly cookie the SPA uses instead of a bearer header. */
    start(token: string, expiresAt: Date): void;
    end(): void;
  };
}

/** The caller's account, or UNAUTHENTICATED. */
export function requireAccount(context: RequestContext): Account {
  if (!context.account) throw new UnauthenticatedError();
  return context.account;
}

/** The caller's account if it has one of the roles, else FORBIDDEN. */
export function requireRole(context: RequestContext, ...roles: Role[]): Account {
  const account = requireAccount(context);
  if (!roles.includes(account.role)) throw new ForbiddenError();
  return account;
}

/** The calling agent's host, or UNAUTHENTICATED. */
export function requireHost(context: RequestContext): Host {
  if (!context.host) throw new UnauthenticatedError();
  return context.host;
}

export { Role };
