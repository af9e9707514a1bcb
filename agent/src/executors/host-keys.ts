import { createPublicKey } from 'node:crypto';
import { keyIdOf, type CommandArgs } from '@elasticweb/protocol';
import type { Outcome } from '../journal.js';
import { failed, succeeded, type ExecutorContext } from './context.js';

/**
 * host.keys: the panel keys to pin from now on. Every key must match its id, and the
 * key that signed this command must stay pinned, so one command can never lock the host out.
 */
export async function pinPanelKeys(
  context: ExecutorContext,
  args: CommandArgs<'host.keys'>,
  signedBy: string,
): Promise<Outcome> {
  for (const key of args.keys) {
    let keyid: string;
    try {
      keyid = keyIdOf(createPublicKey(key.publicKey));
    } catch {
      return failed(`key ${key.keyid} is not a public key`, true);
    }
    if (keyid !== key.keyid) return failed(`key ${key.keyid} does not match its id (${keyid})`, true);
  }
  if (!args.keys.some((key) => key.keyid === signedBy))
    return failed(`the new keys leave out ${signedBy}, which signed this command; nothing changed`, true);
  const enrollment = context.state.readEnrollment();
  const revoked = enrollment.panelKeys.filter((old) => !args.keys.some((key) => key.keyid === old.keyid));
  context.state.writeEnrollment({ ...enrollment, panelKeys: args.keys });
  context.logger.info('panel keys pinned', {
    keys: args.keys.map((key) => key.keyid),
    revoked: revoked.map((key) => key.keyid),
  });
  return succeeded({ pinned: args.keys.map((key) => key.keyid), revoked: revoked.map((key) => key.keyid) });
}
