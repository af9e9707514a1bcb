import { chmodSync, existsSync, mkdirSync, realpathSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandArgs } from '@elasticweb/protocol';
import type { Outcome } from '../journal.js';
import { failed, succeeded, type ExecutorContext } from './context.js';

/**
 * site.quarantine: the customer chose to take an infected file out of the site. It moves
 * to a folder only root can read (kept, never deleted), and only if it is inside the
 * account's own home.
 */
export async function quarantineFile(context: ExecutorContext, args: CommandArgs<'site.quarantine'>): Promise<Outcome> {
  const www = join(context.servers.paths.root, 'srv/www');
  const file = join(www, args.path);
  if (!existsSync(file)) return succeeded({ alreadyGone: true });
  const real = realpathSync(file);
  if (!real.startsWith(`${realpathSync(join(www, args.account))}/`))
    return failed(`${args.path} is not inside ${args.account}'s home`, true);
  const dir = join(context.servers.paths.root, 'var/lib/elasticweb/quarantine');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const target = join(dir, args.findingId);
  renameSync(real, target);
  chmodSync(target, 0o600);
  return succeeded({ quarantinedTo: target });
}
