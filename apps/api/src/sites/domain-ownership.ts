import { createHash } from 'node:crypto';
import { Resolver } from 'node:dns/promises';

/**
 * What proves that an account holds a name: a TXT record at `_elasticweb.NAME` with a
 * value bound to the account. The value is no secret (it is published); it says which
 * account the name's owner lets in, so no other account can use it.
 */
export function ownershipRecord(accountId: string, name: string): { record: string; value: string } {
  const digest = createHash('sha256').update(`${accountId}:${name}`).digest('hex').slice(0, 32);
  return { record: `_elasticweb.${name}`, value: `elasticweb-verification=${digest}` };
}

/** Looks the record up in DNS; servers other than the system's come from DNS_SERVERS (a test's own). */
export class DnsOwnership {
  private readonly resolver = new Resolver({ timeout: 2000, tries: 1 });

  constructor(servers: string[] = []) {
    if (servers.length) this.resolver.setServers(servers);
  }

  async proves(accountId: string, name: string): Promise<boolean> {
    const { record, value } = ownershipRecord(accountId, name);
    try {
      const answers = await this.resolver.resolveTxt(record);
      return answers.some((chunks) => chunks.join('') === value);
    } catch {
      // No record, no such name, or DNS away: not proven (the customer can try again).
      return false;
    }
  }
}
