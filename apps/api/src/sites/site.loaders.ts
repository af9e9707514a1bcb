import DataLoader from 'dataloader';
import type { SiteOperation, SitesService } from './sites.service.js';

export type SiteLoaders = ReturnType<typeof createSiteLoaders>;

/** Per-request batching: the aliases of any number of sites in one query. */
export function createSiteLoaders(sites: SitesService) {
  return {
    aliases: new DataLoader<string, string[]>((siteIds) => sites.aliasesOf(siteIds), { maxBatchSize: 1000 }),
    ownerEmail: new DataLoader<string, string | null>((siteIds) => sites.ownerEmails(siteIds), { maxBatchSize: 1000 }),
    operation: new DataLoader<string, SiteOperation | null>((siteIds) => sites.operationsOf(siteIds), {
      maxBatchSize: 1000,
    }),
  };
}

declare module '../graphql/context.js' {
  interface RequestLoaders {
    sites: SiteLoaders;
  }
}
