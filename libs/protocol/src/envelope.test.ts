import { describe, expect, it } from 'vitest';
import {
  keyIdOf,
  MAX_ENVELOPE_BYTES,
  preAuthenticationEncoding,
  privateKeyFromSeed,
  publicKeyOf,
  signEnvelope,
  verifyEnvelope,
  type Envelope,
} from './envelope.js';

const panelKey = privateKeyFromSeed(Buffer.alloc(32, 1));
const panelPublic = publicKeyOf(panelKey);
const keyid = keyIdOf(panelPublic);
const otherKey = privateKeyFromSeed(Buffer.alloc(32, 2));
const now = new Date('2026-11-26T12:00:00Z');

const payload = (overrides: Record<string, unknown> = {}) =>
  Buffer.from(
    JSON.stringify({
      v: 1,
      hostId: 'host-1',
      commandId: '01900000-0000-7000-8000-000000000001',
      attempt: 1,
      seq: 7,
      type: 'host.info',
      args: {},
      issuedAt: '2026-11-26T11:59:00Z',
      expiresAt: '2026-11-26T12:09:00Z',
      nonce: 'n0nce-n0nce-n0nce',
      ...overrides,
    }),
  );
const keys = new Map([[keyid, panelPublic]]);
const options = { keys, hostId: 'host-1', lastSeq: 6, now };
const sealed = (overrides: Record<string, unknown> = {}) =>
  signEnvelope(payload(overrides), { keyid, privateKey: panelKey });

describe('signed envelopes', () => {
  it('match the test vector: DSSE encoding, Ed25519 over it, key id from the public key', () => {
    expect(preAuthenticationEncoding('t', Buffer.from('hi')).toString()).toBe('DSSEv1 1 t 2 hi');
    // Seed 0x01 × 32 (RFC 8032 keys are derived from a 32-byte seed); Ed25519 is
    // deterministic, so the API and any agent must produce exactly these values.
    expect(keyid).toBe('34750f98bd59fcfc');
    expect(signEnvelope(Buffer.from('{"v":1}'), { keyid, privateKey: panelKey })).toEqual({
      payloadType: 'application/vnd.elasticweb.command+json',
      payload: 'eyJ2IjoxfQ==',
      signatures: [
        { keyid, sig: 'sCkEPlrBkWat3ak9CSBMJjAOR3Y1XIhDBm7tIJcfUZwq1UU4u0EbquTw9CO2McGtjytvMqGr39Dh+WplbHR+AQ==' },
      ],
    });
  });

  it('accept a valid command and give back the signed payload as sent', () => {
    const result = verifyEnvelope(sealed(), options);
    expect(result).toMatchObject({ ok: true, command: { type: 'host.info', seq: 7, hostId: 'host-1' } });
  });

  it.each([
    ['another host', { hostId: 'host-2' }, 'other-host'],
    ['an expired command', { expiresAt: '2026-11-26T11:00:00Z' }, 'expired'],
    ['a command from the future', { issuedAt: '2026-11-26T13:00:00Z' }, 'from-the-future'],
    ['a lower sequence number', { seq: 6 }, 'replayed'],
    ['an unknown type', { type: 'shell.exec', args: { cmd: 'rm -rf /' } }, 'unknown-type'],
    ['bad arguments', { type: 'site.delete', args: { siteId: '../etc', account: 'root' } }, 'bad-args'],
    ['another protocol version', { v: 2 }, 'version'],
    ['an extra field', { extra: true }, 'bad-payload'],
  ])('refuse %s', (_name, overrides, reason) => {
    expect(verifyEnvelope(sealed(overrides), options)).toEqual({ ok: false, reason });
  });

  it('refuse another key, an unknown key id, a swapped payload type and oversized envelopes', () => {
    const foreign = signEnvelope(payload(), { keyid, privateKey: otherKey });
    expect(verifyEnvelope(foreign, options)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(
      verifyEnvelope(signEnvelope(payload(), { keyid: 'feedfeedfeedfeed', privateKey: panelKey }), options),
    ).toEqual({ ok: false, reason: 'unknown-key' });
    expect(verifyEnvelope({ ...sealed(), payloadType: 'application/json' }, options)).toEqual({
      ok: false,
      reason: 'payload-type',
    });
    const big = signEnvelope(Buffer.alloc(MAX_ENVELOPE_BYTES + 10, 0x20), { keyid, privateKey: panelKey });
    expect(verifyEnvelope(big, options)).toEqual({ ok: false, reason: 'too-large' });
    expect(verifyEnvelope('not an envelope', options)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('accept keys in rotation and refuse a revoked one', () => {
    const next = privateKeyFromSeed(Buffer.alloc(32, 3));
    const nextId = keyIdOf(publicKeyOf(next));
    const both = new Map([
      [keyid, panelPublic],
      [nextId, publicKeyOf(next)],
    ]);
    const byNext = signEnvelope(payload(), { keyid: nextId, privateKey: next });
    expect(verifyEnvelope(byNext, { ...options, keys: both }).ok).toBe(true);
    expect(verifyEnvelope(sealed(), { ...options, keys: both }).ok).toBe(true);
    const revoked = new Map([[nextId, publicKeyOf(next)]]);
    expect(verifyEnvelope(sealed(), { ...options, keys: revoked })).toEqual({ ok: false, reason: 'unknown-key' });
  });

  it('refuse every single-byte change of the payload or the signature (fuzz)', () => {
    const envelope = sealed({
      type: 'site.delete',
      args: { siteId: '01900000-0000-7000-8000-0000000000aa', account: 'ewabcdefgh' },
    });
    expect(verifyEnvelope(envelope, options).ok).toBe(true);
    const payloadBytes = Buffer.from(envelope.payload, 'base64');
    const sigBytes = Buffer.from(envelope.signatures[0]!.sig, 'base64');
    let tried = 0;
    for (const [bytes, rebuild] of [
      [payloadBytes, (b: Buffer): Envelope => ({ ...envelope, payload: b.toString('base64') })],
      [sigBytes, (b: Buffer): Envelope => ({ ...envelope, signatures: [{ keyid, sig: b.toString('base64') }] })],
    ] as const) {
      for (let i = 0; i < bytes.length; i++) {
        for (const flip of [0x01, 0x80, 0xff]) {
          const mutated = Buffer.from(bytes);
          mutated[i] = mutated[i]! ^ flip;
          tried++;
          expect(verifyEnvelope(rebuild(mutated), options).ok, `byte ${i} ^ ${flip}`).toBe(false);
        }
      }
    }
    expect(tried).toBeGreaterThan(500);
  });
});
