import type { EntityManager } from 'typeorm';
import { Account } from '../accounts/account.entity.js';
import { forUpdate } from '../database/locking.js';
import { Host, HostStatus } from './host.entity.js';
import { pickHomeHost } from './placement.js';

/**
 * The account's home host, chosen on first need: the active host with the most free
 * capacity. Null while no host is enrolled; the site then waits as `pending`.
 */
export async function homeHostOf(manager: EntityManager, accountId: string): Promise<string | null> {
  // The account row is locked so two first sites at once agree on one home host.
  const account = await forUpdate(
    manager.getRepository(Account).createQueryBuilder('a').where('a.id = :accountId', { accountId }),
  ).getOneOrFail();
  if (account.homeHostId) return account.homeHostId;
  const hosts = await manager.getRepository(Host).find({ where: { status: HostStatus.ACTIVE } });
  if (hosts.length === 0) return null;
  const counts = (await manager.query(
    'SELECT home_host_id AS host, COUNT(*) AS n FROM accounts WHERE home_host_id IS NOT NULL GROUP BY home_host_id',
  )) as Array<{ host: string; n: number | string }>;
  const accountsOn = new Map(counts.map((row) => [row.host, Number(row.n)]));
  const homeHostId = pickHomeHost(hosts.map((host) => ({ ...host, accounts: accountsOn.get(host.id) ?? 0 })));
  await manager.getRepository(Account).update({ id: account.id }, { homeHostId });
  return homeHostId;
}
