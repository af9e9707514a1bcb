import type { EntityManager } from 'typeorm';

export interface DeployOptions {
  /** Blocking and unblocking go ahead of routine work. */
  urgent?: boolean;
}

/**
 * "This site's desired state changed." Sites and the modules after them (nginx, PHP,
 * certificates) call it; `deployments/` implements it, being the one place that knows
 * how to compose a `site.apply` spec from all of their settings (DESIGN.md, "Sites are
 * desired state").
 */
export interface SiteDeploymentPort {
  /**
   * Writes the site's next spec version and queues it for the host, inside the caller's
   * transaction. Returns the host to wake after the commit, or null when the account has
   * no host yet.
   */
  deployWith(manager: EntityManager, siteId: string, options?: DeployOptions): Promise<string | null>;
  /** `deployWith` in a transaction of its own, waking the host's poll after the commit. */
  deploy(siteId: string, options?: DeployOptions): Promise<void>;
  /** Wakes the host's waiting poll; call it after the commit. */
  wake(hostId: string): void;
}
