import { DEFAULT_PHP_VERSION, phpSettingsOf } from '@elasticweb/protocol';
import { Not, type DataSource } from 'typeorm';
import { z } from 'zod';
import type { Account } from '../accounts/account.entity.js';
import { NotFoundError } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { parseInput } from '../common/validation.js';
import type { Config } from '../config.js';
import { Host } from '../hosts/host.entity.js';
import { msg } from '../common/msg.js';
import type { SiteDeploymentPort } from '../sites/site-deployment.port.js';
import { Site, SiteStatus } from '../sites/site.entity.js';
import type { PhpOptions, PhpSettingsInput, PhpSettingsType } from './php.types.js';

const TIMEZONES = new Set(Intl.supportedValuesOf('timeZone').concat('UTC'));

/** Per-site PHP version and settings within the bounds administrators set (PHP_MAX_* in the environment). */
export class PhpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: Config,
    private readonly deployments: SiteDeploymentPort,
  ) {}

  async options(account: Account, siteId: string): Promise<PhpOptions> {
    const site = await this.ownSite(account, siteId);
    return {
      versions: await this.versionsFor(site),
      maxMemoryLimitMb: this.config.PHP_MAX_MEMORY_MB,
      maxUploadMb: this.config.PHP_MAX_UPLOAD_MB,
      maxExecutionSeconds: this.config.PHP_MAX_EXECUTION_SECONDS,
      timezones: [...TIMEZONES].sort(),
      current: this.current(site),
    };
  }

  async update(account: Account, siteId: string, input: PhpSettingsInput): Promise<PhpSettingsType> {
    const site = await this.ownSite(account, siteId);
    const versions = await this.versionsFor(site);
    const schema = z.object({
      version: z
        .string()
        .refine((v) => versions.includes(v), { message: msg('Choose a PHP version this site’s server has.') }),
      memoryLimitMb: z
        .number()
        .int()
        .min(32, { message: msg('Memory limit: from 32 MB up to the limit shown.') })
        .max(this.config.PHP_MAX_MEMORY_MB, {
          message: msg('Memory limit: from 32 MB up to the limit shown.'),
        }),
      uploadMaxMb: z
        .number()
        .int()
        .min(1, { message: msg('Largest upload: from 1 MB up to the limit shown.') })
        .max(this.config.PHP_MAX_UPLOAD_MB, {
          message: msg('Largest upload: from 1 MB up to the limit shown.'),
        }),
      maxExecutionSeconds: z
        .number()
        .int()
        .min(1, { message: msg('Time limit: from 1 second up to the limit shown.') })
        .max(this.config.PHP_MAX_EXECUTION_SECONDS, {
          message: msg('Time limit: from 1 second up to the limit shown.'),
        }),
      displayErrors: z.boolean(),
      timezone: z.string().refine((tz) => TIMEZONES.has(tz), { message: msg('Choose a time zone from the list.') }),
    });
    const { version, ...settings } = parseInput(schema, input);
    await this.dataSource
      .getRepository(Site)
      .update(
        { id: site.id },
        { phpVersion: version, phpSettingsJson: JSON.stringify(settings), updatedAt: new Date() },
      );
    await this.deployments.deploy(site.id);
    return { version, ...settings };
  }

  private current(site: Site): PhpSettingsType {
    return { version: site.phpVersion, ...phpSettingsOf(site) };
  }

  /** The versions the site's host reported; Debian 12's before it has one. */
  private async versionsFor(site: Site): Promise<string[]> {
    const host = site.hostId ? await this.dataSource.getRepository(Host).findOneBy({ id: site.hostId }) : null;
    const versions = host ? (JSON.parse(host.phpVersionsJson) as string[]) : [DEFAULT_PHP_VERSION];
    return versions.length ? versions : [DEFAULT_PHP_VERSION];
  }

  private async ownSite(account: Account, siteId: string): Promise<Site> {
    const site = isUuid(String(siteId))
      ? await this.dataSource.getRepository(Site).findOneBy({
          id: String(siteId),
          accountId: account.id,
          status: Not(SiteStatus.DELETED),
        })
      : null;
    if (!site || site.status === SiteStatus.DELETING) throw new NotFoundError(msg('This site does not exist.'));
    return site;
  }
}
