import { createHash } from 'node:crypto';
import { msg } from '../common/msg.js';

export type ParsedKey =
  | { ok: true; type: string; bits: number; fingerprint: string; keyLine: string; comment: string }
  | { ok: false; message: string; params?: Record<string, string | number> };

const CURVES: Record<string, number> = { nistp256: 256, nistp384: 384, nistp521: 521 };
export const MIN_RSA_BITS = 3072;

/** Reads the SSH wire format: 4-byte big-endian lengths before each field. */
function fields(blob: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let offset = 0;
  while (offset < blob.length) {
    if (offset + 4 > blob.length) throw new Error('truncated');
    const length = blob.readUInt32BE(offset);
    offset += 4;
    if (offset + length > blob.length) throw new Error('truncated');
    out.push(blob.subarray(offset, offset + length));
    offset += length;
  }
  return out;
}

function bitLength(mpint: Buffer): number {
  let start = 0;
  while (start < mpint.length && mpint[start] === 0) start++;
  if (start === mpint.length) return 0;
  return (mpint.length - start - 1) * 8 + (32 - Math.clz32(mpint[start]!));
}

/**
 * Checks a public key as a customer pastes it (`type base64 [comment]`) and returns it
 * in the one form the agent writes into `authorized_keys`. Anything before the type —
 * `command="…"`, `from=`, other options — is refused: a key line must grant a login
 * and nothing else. The fingerprint is what `ssh-keygen -l` prints.
 */
export function parseSshPublicKey(input: string): ParsedKey {
  const line = input.trim();
  if (/[\r\n\0]/.test(line)) return { ok: false, message: msg('Paste one key on one line.') };
  const [type = '', data = '', ...rest] = line.split(/\s+/);
  if (type === 'ssh-dss') return { ok: false, message: msg('DSA keys are no longer safe. Use an Ed25519 key.') };
  if (!/^(ssh-ed25519|ecdsa-sha2-nistp(256|384|521)|ssh-rsa)$/.test(type))
    return {
      ok: false,
      message: msg(
        'This is not a public key we accept. Paste a line that starts with ssh-ed25519, ecdsa-sha2-… or ssh-rsa, without options.',
      ),
    };
  if (!/^[A-Za-z0-9+/]+={0,3}$/.test(data) || data.length > 4096)
    return { ok: false, message: msg('The key’s data is damaged: copy the whole line from the .pub file.') };
  const blob = Buffer.from(data, 'base64');
  let parts: Buffer[];
  try {
    parts = fields(blob);
  } catch {
    return { ok: false, message: msg('The key’s data is damaged: copy the whole line from the .pub file.') };
  }
  if (parts[0]?.toString('latin1') !== type)
    return { ok: false, message: msg('The key’s data is damaged: copy the whole line from the .pub file.') };
  let bits: number;
  if (type === 'ssh-ed25519') {
    if (parts.length !== 2 || parts[1]!.length !== 32)
      return { ok: false, message: msg('The key’s data is damaged: copy the whole line from the .pub file.') };
    bits = 256;
  } else if (type === 'ssh-rsa') {
    if (parts.length !== 3)
      return { ok: false, message: msg('The key’s data is damaged: copy the whole line from the .pub file.') };
    bits = bitLength(parts[2]!);
    if (bits < MIN_RSA_BITS)
      return {
        ok: false,
        message: msg('This RSA key has {{bits}} bits; we accept 3072 bits or more, or better an Ed25519 key.'),
        params: { bits },
      };
  } else {
    const curve = type.slice('ecdsa-sha2-'.length);
    if (parts.length !== 3 || parts[1]!.toString('latin1') !== curve)
      return { ok: false, message: msg('The key’s data is damaged: copy the whole line from the .pub file.') };
    bits = CURVES[curve]!;
  }
  const comment = rest
    .join(' ')
    .replace(/[^\x20-\x7e\u00a0-\uffff]/g, '')
    .slice(0, 100);
  const fingerprint = `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
  return { ok: true, type, bits, fingerprint, keyLine: `${type} ${data}${comment ? ` ${comment}` : ''}`, comment };
}
