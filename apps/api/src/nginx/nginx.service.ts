import {
  DEFAULT_OPTIONS,
  detectPreset,
  findPreset,
  diffLines,
  PRESETS,
  type ConfigProblem,
  type SiteOptions,
} from '@elasticweb/nginx';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import type { Account } from '../accounts/account.entity.js';
import { InvalidInputError, NotFoundError } from '../common/errors.js';
import { newId } from '../common/ids.js';
import { parseInput } from '../common/validation.js';
import { forUpdate } from '../database/locking.js';
import { msg } from '../common/msg.js';
import { SiteDomain } from '../sites/site-domain.entity.js';
import { Site, SiteStatus } from '../sites/site.entity.js';
import { NginxRevision } from './nginx-revision.entity.js';
import type { SiteDeploymentPort } from '../sites/site-deployment.port.js';
import type { CommandQueue } from '../hosts/command-queue.service.js';
import type { CommandOutcome } from '../hosts/command-outcomes.js';
import { CommandStatus } from '../hosts/command.entity.js';
import { hostLayoutOf, liveConfig, renderSiteConfig, type SiteNginxConfig } from './site-config.js';
import type { HostReportedLayout } from '@elasticweb/protocol';
import {
  ProblemSeverity,
  type NginxConfigInput,
  type NginxDetection,
  type NginxPreset,
  type NginxPreview,
  type NginxProblem,
} from './nginx.types.js';

/**
 * The shape of the options a caller may send. Values are only checked for type and
 * size here; libs/nginx's grammar decides what may reach nginx text.
 */
const text = z.string().max(2000);
const optionsSchema = z
  .object({
    canonicalHost: z.enum(['none', 'bare', 'www']),
    // The certificate's paths are the platform's (deployments/ fills them in once the
    // site has one); a customer path could name another tenant's key.
    tls: z.null({ message: msg('Certificates are set up in the site’s HTTPS section, not here.') }),
    redirectToHttps: z.boolean(),
    hstsMaxAge: z.number().int(),
    gzip: z.boolean(),
    staticCache: text,
    clientMaxBodySize: text,
    headers: z.array(z.object({ name: text, value: text }).strict()).max(20),
    protectedPaths: z.array(text).max(20),
    customLocations: z
      .array(
        z.union([
          z.object({ path: text, app: text }).strict(),
          z.object({ path: text, redirectTo: text, permanent: z.boolean().optional() }).strict(),
        ]),
      )
      .max(20),
    allow: z.array(text).max(100),
    deny: z.array(text).max(100),
    maintenance: z.boolean(),
  })
  .strict()
  .partial();

const configSchema = z.object({
  preset: z.string().max(40),
  variant: z.string().max(20).nullish(),
  options: optionsSchema.nullish(),
});

/** The grammar's messages are for engineers; people get these, per option. */
const OPTION_MESSAGES: Record<string, string> = {
  domains: msg('A domain of the site cannot be used in the configuration.'),
  preset: msg('Choose a preset from the list.'),
  variant: msg('Choose a version from the list.'),
  canonicalHost: msg('Choose none, the bare name or www.'),
  tls: msg('Certificates are set up in the site’s HTTPS section, not here.'),
  hstsMaxAge: msg('Use a number of seconds from 0 to 63072000 (two years).'),
  staticCache: msg('Use a number with a unit, such as 30d or 12h.'),
  clientMaxBodySize: msg('Use a number with k, m or g, such as 64m (at most 10g).'),
  headers: msg('Header names are letters, digits and hyphens; values are plain text without quotes, backslashes or $.'),
  protectedPaths: msg('Use a path such as /admin/: letters, digits, . _ ~ - and /.'),
  customLocations: msg(
    'Use a path such as /app/, then one of your apps by name (its socket is ~/apps/NAME.sock) or a plain http(s) address to redirect to.',
  ),
  allow: msg('Use IP addresses or ranges such as 203.0.113.0/24, without an interface (%eth0).'),
  deny: msg('Use IP addresses or ranges such as 203.0.113.0/24, without an interface (%eth0).'),
  maintenance: msg('Maintenance mode is not available on this host yet.'),
};

function problemFor(problem: ConfigProblem): NginxProblem {
  const option = problem.field.startsWith('options.') ? problem.field.split('.')[1]! : problem.field.split('.')[0]!;
  const message =
    problem.kind === 'duplicate-location'
      ? msg(
          'This path is taken: by another location of the site, or by the platform (/ and /.well-known/acme-challenge/).',
        )
      : problem.kind === 'allowed-inside-denied'
        ? msg('This address lies inside a range you deny, so it would never be let in.')
        : (OPTION_MESSAGES[option] ?? msg('This value cannot be used.'));
  return { field: problem.field, message, severity: ProblemSeverity.ERROR };
}

/** Risky but valid combinations, said in words before the customer saves. */
function warningsFor(options: Partial<SiteOptions>): NginxProblem[] {
  const out: NginxProblem[] = [];
  const warn = (field: string, message: string, params: Record<string, string> = {}) =>
    out.push({ field, message, params, severity: ProblemSeverity.WARNING });
  if (!options.tls && options.redirectToHttps) {
    warn(
      'options.redirectToHttps',
      msg('HTTPS is not set up yet: visitors cannot be sent to it until the site has a certificate.'),
    );
  }
  if (!options.tls && (options.hstsMaxAge ?? 0) > 0) {
    warn('options.hstsMaxAge', msg('HSTS only works over HTTPS, which is not set up yet.'));
  }
  if ((options.hstsMaxAge ?? 0) > 0) {
    warn(
      'options.hstsMaxAge',
      msg(
        'With HSTS, browsers refuse plain HTTP for this domain for the whole period: the site must keep a valid certificate.',
      ),
    );
  }
  const allow = options.allow ?? [];
  if (allow.includes('0.0.0.0/0') && !allow.some((range) => range.includes(':'))) {
    warn(
      `options.allow.${allow.indexOf('0.0.0.0/0')}`,
      msg('Everyone over IPv4 only: 0.0.0.0/0 leaves out visitors over IPv6. Add ::/0 to let them in too.'),
    );
  }
  for (const [index, location] of (options.customLocations ?? []).entries()) {
    const shadowed = (options.protectedPaths ?? []).find(
      (path) => location.path.startsWith(path) || path.startsWith(location.path),
    );
    if (shadowed) {
      warn(
        `options.customLocations.${index}.path`,
        msg('This location overlaps the password-protected path {{path}}: check which one visitors meet.'),
        { path: shadowed },
      );
    }
  }
  return out;
}

type OwnedSite = Site & { names: string[]; hostLayout: HostReportedLayout };

export class NginxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deployments: SiteDeploymentPort,
    queue: CommandQueue,
  ) {
    // An import reports the CMS it found just as a detection does.
    queue.onOutcome(['site.detect', 'site.import'], (manager, outcome) => this.followDetection(manager, outcome));
  }

  /** Until the customer saves a configuration of their own, the site follows the preset its files show. */
  private async followDetection(
    manager: EntityManager,
    { command, status, result }: CommandOutcome<'site.detect' | 'site.import'>,
  ): Promise<(() => void) | void> {
    if (status !== CommandStatus.SUCCEEDED || !command.siteId) return;
    const site = await manager.getRepository(Site).findOneBy({ id: command.siteId });
    if (!site) return;
    const found = result ?? {};
    const hasOwnConfig = await manager.getRepository(NginxRevision).existsBy({ siteId: site.id });
    if (hasOwnConfig || !found.preset || found.preset === site.preset || !findPreset(found.preset)) return;
    await manager.getRepository(Site).update({ id: site.id }, { preset: found.preset, updatedAt: new Date() });
    const hostId = await this.deployments.deployWith(manager, site.id);
    if (hostId) return () => this.deployments.wake(hostId);
  }

  presets(): NginxPreset[] {
    return PRESETS.map((preset) => ({
      id: preset.id,
      name: preset.name,
      description: preset.description,
      publicRoot: preset.variants[preset.variants.length - 1]!.publicRoot,
      variants: preset.variants.map(({ id, name, publicRoot }) => ({ id, name, publicRoot })),
      options: Object.keys(DEFAULT_OPTIONS),
    }));
  }

  async preview(account: Account, siteId: string, input: NginxConfigInput): Promise<NginxPreview> {
    const site = await this.ownSite(account, siteId);
    const config = parseInput(configSchema, input);
    const liveText = this.render(site, account, await liveConfig(this.dataSource.manager, site)).text;
    const options = (config.options ?? {}) as Partial<SiteOptions>;
    const rendered = this.render(site, account, { preset: config.preset, variant: config.variant ?? null, options });
    return {
      text: rendered.text,
      diff: rendered.text ? diffLines(liveText, rendered.text) : '',
      problems: [...rendered.problems, ...(rendered.problems.length ? [] : warningsFor(options))],
    };
  }

  async update(account: Account, siteId: string, input: NginxConfigInput): Promise<NginxRevision> {
    const site = await this.ownSite(account, siteId);
    const config = parseInput(configSchema, input);
    const options = (config.options ?? {}) as Partial<SiteOptions>;
    const rendered = this.render(site, account, { preset: config.preset, variant: config.variant ?? null, options });
    const first = rendered.problems[0];
    if (first) throw new InvalidInputError(first.field, first.message);
    return this.saveRevision(account, site, config.preset, config.variant ?? null, options, rendered.text);
  }

  async revisions(account: Account, siteId: string): Promise<NginxRevision[]> {
    const site = await this.ownSite(account, siteId);
    const rows = await this.dataSource
      .getRepository(NginxRevision)
      .find({ where: { siteId: site.id }, order: { revision: 'DESC' } });
    return rows.map((row) => this.present(row, site, account));
  }

  /** Restores an earlier revision by saving it again as the newest: history only grows. */
  async rollback(account: Account, siteId: string, revision: number): Promise<NginxRevision> {
    const site = await this.ownSite(account, siteId);
    const old = await this.dataSource.getRepository(NginxRevision).findOneBy({ siteId: site.id, revision });
    if (!old) throw new NotFoundError(msg('This revision does not exist.'));
    const options = JSON.parse(old.optionsJson) as Partial<SiteOptions>;
    const rendered = this.render(site, account, { preset: old.preset, variant: old.variant, options });
    const first = rendered.problems[0];
    if (first) throw new InvalidInputError(first.field, first.message);
    return this.saveRevision(account, site, old.preset, old.variant, options, rendered.text);
  }

  /** Detection from the file list the customer uploaded, until an agent can look at the files. */
  async detect(account: Account, siteId: string, files: string[]): Promise<NginxDetection> {
    const site = await this.ownSite(account, siteId);
    const list = parseInput(z.array(z.string().max(500)).max(50_000), files, 'files');
    const detection = detectPreset(new Set(list.map((path) => path.replace(/^\.?\//, ''))));
    // Until the customer saves a configuration of their own, the site follows its files.
    const saved = await this.dataSource.getRepository(NginxRevision).existsBy({ siteId: site.id });
    if (!saved && detection.preset !== site.preset) {
      await this.dataSource
        .getRepository(Site)
        .update({ id: site.id }, { preset: detection.preset, updatedAt: new Date() });
      await this.deployments.deploy(site.id);
    }
    return detection;
  }

  private render(site: OwnedSite, account: Account, config: SiteNginxConfig) {
    const rendered = renderSiteConfig(site.names, account.systemName, site, config, site.hostLayout);
    return { text: rendered.text, problems: rendered.problems.map(problemFor) };
  }

  /** The caller's live site with all its names; another customer's site is NOT_FOUND, like a missing one. */
  private async ownSite(account: Account, siteId: string): Promise<OwnedSite> {
    const site = await this.dataSource.getRepository(Site).findOneBy({ id: String(siteId), accountId: account.id });
    if (!site || site.status === SiteStatus.DELETED) throw new NotFoundError(msg('This site does not exist.'));
    const domains = await this.dataSource
      .getRepository(SiteDomain)
      .find({ where: { siteId: site.id }, order: { position: 'ASC' } });
    const hostLayout = await hostLayoutOf(this.dataSource.manager, site);
    return Object.assign(site, { names: domains.map((d) => d.name), hostLayout });
  }

  private async saveRevision(
    account: Account,
    site: OwnedSite,
    preset: string,
    variant: string | null,
    options: Partial<SiteOptions>,
    text: string,
  ): Promise<NginxRevision> {
    let hostId: string | null = null;
    const saved = await this.dataSource.transaction(async (manager) => {
      // Lock the site row so two saves cannot take the same revision number.
      await forUpdate(
        manager.getRepository(Site).createQueryBuilder('s').where('s.id = :id', { id: site.id }),
      ).getOneOrFail();
      const latest = await manager
        .getRepository(NginxRevision)
        .findOne({ where: { siteId: site.id }, order: { revision: 'DESC' } });
      const values = {
        id: newId(),
        siteId: site.id,
        revision: (latest?.revision ?? 0) + 1,
        preset,
        variant,
        optionsJson: JSON.stringify(options),
        createdAt: new Date(),
        createdBy: account.id,
      };
      await manager.getRepository(NginxRevision).insert(values);
      await manager.getRepository(Site).update({ id: site.id }, { preset, updatedAt: new Date() });
      // What was saved is what goes live: the new spec is queued in the same transaction.
      hostId = await this.deployments.deployWith(manager, site.id);
      return Object.assign(new NginxRevision(), values, { options, text });
    });
    if (hostId) this.deployments.wake(hostId);
    return saved;
  }

  private present(row: NginxRevision, site: OwnedSite, account: Account): NginxRevision {
    const options = JSON.parse(row.optionsJson) as Partial<SiteOptions>;
    return Object.assign(row, {
      options,
      text: this.render(site, account, { preset: row.preset, variant: row.variant, options }).text,
    });
  }
}
