import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { SiteDomain } from './site-domain.entity.js';

export type SiteLoaders = ReturnType<typeof createSiteLoaders>;

/** Per-request batching: the aliases of any number of sites in one query. */
export function createSiteLoaders(dataSource: DataSource) {
  return {
    aliases: new DataLoader<string, string[]>(async (siteIds) => {
      const rows = await dataSource.getRepository(SiteDomain).find({
        where: { siteId: In([...siteIds]), isPrimary: false },
        order: { position: 'ASC' },
      });
      const bySite = new Map<string, string[]>();
      for (const row of rows) {
        const list = bySite.get(row.siteId) ?? [];
        list.push(row.name);
        bySite.set(row.siteId, list);
      }
      return siteIds.map((id) => bySite.get(id) ?? []);
    }),
  };
}
