import { buildSchema, type ContainerType } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AccountsResolver } from '../accounts/accounts.resolver.js';
import { TranslationsResolver } from '../i18n/translations.resolver.js';
import { NginxResolver } from '../nginx/nginx.resolver.js';
import { ProtectedPathsResolver } from '../nginx/protected-paths.resolver.js';
import { HostsResolver } from '../hosts/hosts.resolver.js';
import { CommandsResolver } from '../hosts/commands.resolver.js';
import { SitesResolver } from '../sites/sites.resolver.js';
import { AlertsResolver } from '../admin/alerts.resolver.js';
import { DatabasesResolver } from '../databases/databases.resolver.js';
import { AccessResolver } from '../access/access.resolver.js';
import { CronResolver } from '../access/cron.resolver.js';
import { PhpResolver } from '../php/php.resolver.js';
import { UsageResolver } from '../usage/usage.resolver.js';
import { BillingResolver } from '../billing/billing.resolver.js';
import { ReferralsResolver } from '../referrals/referrals.resolver.js';
import { CertificatesResolver } from '../certificates/certificates.resolver.js';
import { ImportsResolver } from '../imports/imports.resolver.js';
import { AntivirusResolver } from '../antivirus/antivirus.resolver.js';
import { DeploymentsResolver } from '../deployments/deployments.resolver.js';

/** Every resolver of the API; the emitted SDL is committed as apps/api/schema.graphql. */
export const resolvers = [
  AccountsResolver,
  SitesResolver,
  TranslationsResolver,
  NginxResolver,
  ProtectedPathsResolver,
  HostsResolver,
  CommandsResolver,
  AlertsResolver,
  DatabasesResolver,
  AccessResolver,
  CronResolver,
  PhpResolver,
  UsageResolver,
  BillingResolver,
  ReferralsResolver,
  CertificatesResolver,
  ImportsResolver,
  AntivirusResolver,
  DeploymentsResolver,
] as const;

/**
 * The schema. With a container, resolvers are the instances it hands out (made with
 * their services by `app/resolvers.ts`); without one (emitting the SDL) none is needed.
 */
export function createSchema(container?: ContainerType): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    ...(container ? { container } : {}),
    // Inputs are checked with zod in the services, where the messages live.
    validate: false,
    emitSchemaFile: false,
  });
}
