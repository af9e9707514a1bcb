import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSshPublicKey } from './ssh-public-key.js';

const dir = mkdtempSync(join(tmpdir(), 'ew-keys-'));
let made = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A real key from ssh-keygen, and the fingerprint ssh-keygen prints for it. */
function keygen(type: string, bits?: number): { line: string; fingerprint: string } {
  const file = join(dir, `${type}-${bits ?? 0}-${++made}`);
  execFileSync('ssh-keygen', [
    '-q',
    '-t',
    type,
    ...(bits ? ['-b', String(bits)] : []),
    '-N',
    '',
    '-C',
    'me@laptop',
    '-f',
    file,
  ]);
  const fingerprint = execFileSync('ssh-keygen', ['-l', '-f', `${file}.pub`], { encoding: 'utf8' }).split(' ')[1]!;
  return { line: readFileSync(`${file}.pub`, 'utf8').trim(), fingerprint };
}

describe('SSH public keys', () => {
  it('accepts ed25519, ecdsa and large RSA keys with the fingerprint ssh-keygen prints', () => {
    for (const [type, bits, expected] of [
      ['ed25519', undefined, 256],
      ['ecdsa', 384, 384],
      ['rsa', 3072, 3072],
    ] as const) {
      const key = keygen(type, bits);
      const parsed = parseSshPublicKey(key.line);
      expect(parsed).toMatchObject({ ok: true, bits: expected, fingerprint: key.fingerprint, comment: 'me@laptop' });
    }
  });

  it('refuses small RSA keys, DSA, options, second lines and damaged data, saying why', () => {
    const rsa = keygen('rsa', 2048);
    expect(parseSshPublicKey(rsa.line)).toMatchObject({ ok: false, params: { bits: 2048 } });
    const ed = keygen('ed25519').line;
    expect(parseSshPublicKey(`command="/bin/sh" ${ed}`)).toMatchObject({ ok: false });
    expect(parseSshPublicKey(`${ed}\n${ed}`)).toMatchObject({ ok: false, message: 'Paste one key on one line.' });
    expect(parseSshPublicKey(ed.replace(/AAAA/, 'AAAB'))).toMatchObject({ ok: false });
    expect(parseSshPublicKey('ssh-dss AAAAB3NzaC1kc3MAAACBAP')).toMatchObject({ ok: false });
    expect(parseSshPublicKey(ed.replace('ssh-ed25519', 'ssh-rsa'))).toMatchObject({ ok: false });
  });
});
