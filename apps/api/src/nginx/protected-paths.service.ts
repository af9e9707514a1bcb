import bcrypt from 'bcryptjs';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import type { Account } from '../accounts/account.entity.js';
import { InvalidInputError, NotFoundError } from '../common/errors.js';
import { newId } from '../common/ids.js';
import { msg } from '../common/msg.js';
import { parseInput } from '../common/validation.js';
import type { SiteDeploymentPort } from '../sites/site-deployment.port.js';
import type { Site } from '../sites/site.entity.js';
import type { SitesService } from '../sites/sites.service.js';
import { ProtectedPathUser } from './protected-path-user.entity.js';
import { liveConfig } from './site-config.js';

const userSchema = z.object({
  path: z.string().min(1).max(255),
  // Neither a colon (the file's separator) nor spaces: what browsers send back unchanged.
  username: z.string().regex(/^[A-Za-z0-9._@-]{1,64}$/, msg('Use up to 64 letters, digits and . _ @ -.')),
  password: z.string().min(8, msg('Use at least 8 characters.')).max(128),
});

export interface ProtectedPathUsers {
  path: string;
  usernames: string[];
}

/**
 * The people who may open a site's password-protected paths. Each change goes to the
 * host with the site's next spec, as one htpasswd file per protected path.
 */
export class ProtectedPathsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deployments: SiteDeploymentPort,
    private readonly sites: Pick<SitesService, 'findSite'>,
  ) {}

  async list(account: Account, siteId: string): Promise<ProtectedPathUsers[]> {
    const site = await this.ownSite(account, siteId);
    return this.listFor(this.dataSource.manager, site);
  }

  async setUser(
    account: Account,
    siteId: string,
    input: { path: string; username: string; password: string },
  ): Promise<ProtectedPathUsers[]> {
    const data = parseInput(userSchema, input);
    const site = await this.ownSite(account, siteId);
    // bcrypt, which the hosts' crypt(3) reads for nginx; cost 10 keeps a page load quick.
    const passwordHash = await bcrypt.hash(data.password, 10);
    return this.change(site, async (manager) => {
      const paths = (await liveConfig(manager, site)).options.protectedPaths ?? [];
      if (!paths.includes(data.path))
        throw new InvalidInputError('path', msg('Protect this path in the web server settings first.'));
      const users = manager.getRepository(ProtectedPathUser);
      const existing = await users.findOneBy({ siteId: site.id, path: data.path, username: data.username });
      if (existing) await users.update({ id: existing.id }, { passwordHash });
      else
        await users.insert({
          id: newId(),
          siteId: site.id,
          path: data.path,
          username: data.username,
          passwordHash,
          createdAt: new Date(),
        });
    });
  }

  async removeUser(account: Account, siteId: string, path: string, username: string): Promise<ProtectedPathUsers[]> {
    const site = await this.ownSite(account, siteId);
    return this.change(site, async (manager) => {
      await manager
        .getRepository(ProtectedPathUser)
        .delete({ siteId: site.id, path: String(path), username: String(username) });
    });
  }

  private async change(site: Site, work: (manager: EntityManager) => Promise<void>): Promise<ProtectedPathUsers[]> {
    let hostId: string | null = null;
    const list = await this.dataSource.transaction(async (manager) => {
      await work(manager);
      hostId = await this.deployments.deployWith(manager, site.id);
      return this.listFor(manager, site);
    });
    if (hostId) this.deployments.wake(hostId);
    return list;
  }

  private async listFor(manager: EntityManager, site: Site): Promise<ProtectedPathUsers[]> {
    const paths = (await liveConfig(manager, site)).options.protectedPaths ?? [];
    const users = await manager.getRepository(ProtectedPathUser).find({
      where: { siteId: site.id },
      order: { username: 'ASC' },
    });
    return paths.map((path) => ({
      path,
      usernames: users.filter((user) => user.path === path).map((user) => user.username),
    }));
  }

  private async ownSite(account: Account, siteId: string): Promise<Site> {
    const site = await this.sites.findSite(account.id, siteId);
    if (!site) throw new NotFoundError(msg('This site does not exist.'));
    return site;
  }
}
