import DataLoader from 'dataloader';
import type { SitesService } from './sites.service.js';

export type SiteLoaders = ReturnType<typeof createSiteLoaders>;

/** Per-request batching: the aliases of any number of sites in one query. */
export function createSiteLoaders(sites: SitesService) {
  return {
    aliases: new DataLoader<string, string[]>((siteIds) => sites.aliasesOf(siteIds), { maxBatchSize: 1000 }),
  };
}
