import type { ContainerType } from 'type-graphql';
import { AccessResolver } from '../access/access.resolver.js';
import { AccountsResolver } from '../accounts/accounts.resolver.js';
import { AlertsResolver } from '../admin/alerts.resolver.js';
import { AntivirusResolver } from '../antivirus/antivirus.resolver.js';
import { BillingResolver } from '../billing/billing.resolver.js';
import { CertificatesResolver } from '../certificates/certificates.resolver.js';
import type { Config } from '../config.js';
import { CronResolver } from '../access/cron.resolver.js';
import { DatabasesResolver } from '../databases/databases.resolver.js';
import { DeploymentsResolver } from '../deployments/deployments.resolver.js';
import { CommandsResolver } from '../hosts/commands.resolver.js';
import { HostsResolver } from '../hosts/hosts.resolver.js';
import { TranslationsResolver } from '../i18n/translations.resolver.js';
import { ImportsResolver } from '../imports/imports.resolver.js';
import { NginxResolver } from '../nginx/nginx.resolver.js';
import { ProtectedPathsResolver } from '../nginx/protected-paths.resolver.js';
import { PhpResolver } from '../php/php.resolver.js';
import { ReferralsResolver } from '../referrals/referrals.resolver.js';
import { SitesResolver } from '../sites/sites.resolver.js';
import { UsageResolver } from '../usage/usage.resolver.js';
import { resolvers } from './schema.js';
import type { Services } from './services.js';

type ResolverClass = abstract new (...args: never[]) => object;

/**
 * type-graphql's container: every resolver made once, with the services it names in
 * its constructor (esbuild emits no decorator metadata, so nothing is injected by type).
 */
export function resolverContainer(s: Services, config: Config): ContainerType {
  const instances = new Map<ResolverClass, object>([
    [AccountsResolver, new AccountsResolver(s.accounts)],
    [TranslationsResolver, new TranslationsResolver(s.translations)],
    [AlertsResolver, new AlertsResolver(s.alerts)],
    [HostsResolver, new HostsResolver(s.hosts)],
    [CommandsResolver, new CommandsResolver(s.commands)],
    [SitesResolver, new SitesResolver(s.sites, s.translations)],
    [NginxResolver, new NginxResolver(s.nginx, s.translations)],
    [ProtectedPathsResolver, new ProtectedPathsResolver(s.protectedPaths)],
    [PhpResolver, new PhpResolver(s.php)],
    [CertificatesResolver, new CertificatesResolver(s.certificates)],
    [AccessResolver, new AccessResolver(s.access)],
    [CronResolver, new CronResolver(s.access, s.translations)],
    [DatabasesResolver, new DatabasesResolver(s.databases)],
    [ImportsResolver, new ImportsResolver(s.imports)],
    [AntivirusResolver, new AntivirusResolver(s.antivirus)],
    [DeploymentsResolver, new DeploymentsResolver(s.commandRetries)],
    [UsageResolver, new UsageResolver(s.usage)],
    [BillingResolver, new BillingResolver(s.accounts, s.billing, s.prices, s.suspension)],
    [ReferralsResolver, new ReferralsResolver(s.accounts, s.referrals, config)],
  ]);
  for (const resolver of resolvers)
    if (!instances.has(resolver)) throw new Error(`resolverContainer: ${resolver.name} is not made here`);
  return {
    get(resolverClass: ResolverClass) {
      const instance = instances.get(resolverClass);
      if (!instance) throw new Error(`resolverContainer: no instance of ${resolverClass.name}`);
      return instance;
    },
  };
}
