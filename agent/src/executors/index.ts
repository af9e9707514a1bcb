import type { CommandArgs, CommandType } from '@elasticweb/protocol';
import type { Outcome } from '../journal.js';
import { applyAccount } from './account-apply.js';
import { succeeded, type ExecutorContext } from './context.js';
import { applyDatabase, deleteDatabase, restoreDatabase } from './databases.js';
import { pinPanelKeys } from './host-keys.js';
import { applySite } from './site-apply.js';
import { certificateSite } from './site-certificate.js';
import { deleteSite } from './site-delete.js';
import { detectSite } from './site-detect.js';
import { importSite } from './site-import.js';
import { quarantineFile } from './site-quarantine.js';

/** Runs one verified command; `signedBy` is the key id whose signature let it in. */
export type Executor<T extends CommandType> = (
  context: ExecutorContext,
  args: CommandArgs<T>,
  signedBy: string,
) => Promise<Outcome>;

/**
 * One executor per command type of the protocol: a type added to `commandArgs` fails
 * to compile here until the agent can run it.
 */
export const EXECUTORS: { [T in CommandType]: Executor<T> } = {
  'site.apply': applySite,
  'site.delete': deleteSite,
  'site.detect': detectSite,
  'site.certificate': certificateSite,
  'site.import': importSite,
  'site.quarantine': quarantineFile,
  'host.info': async (context) => succeeded(await context.reportHostInfo()),
  'host.keys': pinPanelKeys,
  'account.apply': applyAccount,
  'database.apply': applyDatabase,
  'database.delete': deleteDatabase,
  'database.restore': restoreDatabase,
};

/**
 * Runs a command whose envelope was verified, which includes its arguments against the
 * protocol's schema for its type; that check is what the one cast here stands on.
 */
export function runCommand<T extends CommandType>(
  context: ExecutorContext,
  type: T,
  args: unknown,
  signedBy: string,
): Promise<Outcome> {
  const executor = EXECUTORS[type] as Executor<T>;
  return executor(context, args as CommandArgs<T>, signedBy);
}
