import {
  findPreset,
  InvalidConfigError,
  renderServerBlock,
  type ConfigProblem,
  type HostLayout,
  type SiteOptions,
} from '@elasticweb/nginx';
import { DEBIAN_LAYOUT, sitePaths, type HostReportedLayout } from '@elasticweb/protocol';
import type { EntityManager } from 'typeorm';
import { Host } from '../hosts/host.entity.js';
import type { Site } from '../sites/site.entity.js';
import { NginxRevision } from './nginx-revision.entity.js';

/** A site's nginx configuration as the customer chose it. */
export interface SiteNginxConfig {
  preset: string;
  variant: string | null;
  options: Partial<SiteOptions>;
}

/** The newest saved revision, or the site's preset with default options. */
export async function liveConfig(manager: EntityManager, site: Site): Promise<SiteNginxConfig> {
  const latest = await manager
    .getRepository(NginxRevision)
    .findOne({ where: { siteId: site.id }, order: { revision: 'DESC' } });
  if (latest)
    return {
      preset: latest.preset,
      variant: latest.variant,
      options: JSON.parse(latest.optionsJson) as Partial<SiteOptions>,
    };
  return { preset: site.preset ?? 'php', variant: null, options: {} };
}

/** The layout the site's host reported, or a standard Debian host's before it has one. */
export async function hostLayoutOf(manager: EntityManager, site: Site): Promise<HostReportedLayout> {
  if (!site.hostId) return DEBIAN_LAYOUT;
  const host = await manager.getRepository(Host).findOne({ where: { id: site.hostId }, select: { layoutJson: true } });
  return host ? (JSON.parse(host.layoutJson) as HostReportedLayout) : DEBIAN_LAYOUT;
}

/** Where the renderer finds the site's files, pool and pages on its host. */
export function nginxLayout(hostLayout: HostReportedLayout, systemName: string, site: Site): HostLayout {
  const paths = sitePaths(hostLayout, systemName, site.id, site.domain);
  return {
    siteRoot: paths.siteRoot,
    fastcgi: `unix:${paths.fpmSocket}`,
    listen: hostLayout.listen,
    ...(hostLayout.listenTls?.length ? { listenTls: hostLayout.listenTls } : {}),
    acmeRoot: hostLayout.acmeRoot,
    htpasswdDir: paths.htpasswdDir,
    maintenanceRoot: site.isBlocked ? paths.suspendedRoot : paths.maintenanceRoot,
    accessLog: paths.accessLog,
  };
}

export type RenderOutcome = { text: string; problems: ConfigProblem[] };

/**
 * Renders a site's vhost for its host. A blocked site keeps its names and certificate
 * but answers every request with the "suspended" page (the renderer's maintenance mode
 * pointed at the suspended page's folder); its files stay untouched.
 */
export function renderSiteConfig(
  names: string[],
  systemName: string,
  site: Site,
  config: SiteNginxConfig,
  hostLayout: HostReportedLayout,
): RenderOutcome {
  if (!findPreset(config.preset)) return { text: '', problems: [{ field: 'preset', message: 'unknown preset' }] };
  try {
    const text = renderServerBlock({
      preset: config.preset,
      variant: config.variant ?? undefined,
      domains: names,
      options: site.isBlocked ? { ...config.options, maintenance: true } : config.options,
      layout: nginxLayout(hostLayout, systemName, site),
    });
    return { text, problems: [] };
  } catch (error) {
    if (error instanceof InvalidConfigError) return { text: '', problems: error.problems };
    throw error;
  }
}
