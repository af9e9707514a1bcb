import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { commandArgs, type CommandType } from './commands.js';

/** What the signed bytes are (DSSE's payloadType). */
export const PAYLOAD_TYPE = 'application/vnd.elasticweb.command+json';
export const PROTOCOL_VERSION = 1;
/** Larger envelopes are refused before any work: a site's vhost fits well within it. */
export const MAX_ENVELOPE_BYTES = 512 * 1024;
/** How far the agent's clock may be behind the API's. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

export interface Envelope {
  payloadType: string;
  /** base64 of the exact payload bytes that were signed. */
  payload: string;
  signatures: Array<{ keyid: string; sig: string }>;
}

export const payloadSchema = z
  .object({
    v: z.literal(PROTOCOL_VERSION),
    hostId: z.string().min(1).max(64),
    commandId: z.string().min(1).max(64),
    attempt: z.number().int().min(1),
    seq: z.number().int().min(1),
    type: z.string().max(64),
    args: z.unknown(),
    issuedAt: z.string().datetime(),
    expiresAt: z.string().datetime(),
    nonce: z.string().min(16).max(64),
  })
  .strict();

export type CommandPayload = z.infer<typeof payloadSchema> & { type: CommandType };

/**
 * DSSE's pre-authentication encoding: `DSSEv1 SP LEN(type) SP type SP LEN(body) SP body`.
 * Signing this, not the bare payload, binds the type to the bytes.
 */
export function preAuthenticationEncoding(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}

/** Signs payload bytes as they are; nobody re-serialises them afterwards. */
export function signEnvelope(payload: Buffer, key: { keyid: string; privateKey: KeyObject }): Envelope {
  const sig = sign(null, preAuthenticationEncoding(PAYLOAD_TYPE, payload), key.privateKey);
  return {
    payloadType: PAYLOAD_TYPE,
    payload: payload.toString('base64'),
    signatures: [{ keyid: key.keyid, sig: sig.toString('base64') }],
  };
}

export type Rejection =
  | 'malformed'
  | 'too-large'
  | 'payload-type'
  | 'unknown-key'
  | 'bad-signature'
  | 'bad-payload'
  | 'version'
  | 'other-host'
  | 'expired'
  | 'from-the-future'
  | 'replayed'
  | 'unknown-type'
  | 'bad-args';

export interface VerifyOptions {
  /** The panel's public keys this agent pinned, by key id (several during a rotation). */
  keys: ReadonlyMap<string, KeyObject>;
  hostId: string;
  /** The highest sequence number this agent has accepted. */
  lastSeq: number;
  now?: Date;
}

export type Verified = { ok: true; command: CommandPayload; keyid: string } | { ok: false; reason: Rejection };

const envelopeSchema = z
  .object({
    payloadType: z.string(),
    payload: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
    signatures: z
      .array(z.object({ keyid: z.string(), sig: z.string() }).strict())
      .min(1)
      .max(4),
  })
  .strict();

/**
 * Checks an envelope in DESIGN.md's order — size, type, key, signature over the exact
 * bytes, then the parsed payload: version, host, time, sequence, command type and
 * arguments — and only then returns the command. Nothing is parsed before the
 * signature holds.
 */
export function verifyEnvelope(raw: unknown, options: VerifyOptions): Verified {
  const fail = (reason: Rejection): Verified => ({ ok: false, reason });
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return fail('malformed');
  if (envelope.data.payload.length > (MAX_ENVELOPE_BYTES * 4) / 3) return fail('too-large');
  if (envelope.data.payloadType !== PAYLOAD_TYPE) return fail('payload-type');
  const bytes = Buffer.from(envelope.data.payload, 'base64');
  if (bytes.toString('base64') !== envelope.data.payload) return fail('malformed'); // non-canonical base64
  const signature = envelope.data.signatures.find((s) => options.keys.has(s.keyid));
  if (!signature) return fail('unknown-key');
  const sigBytes = Buffer.from(signature.sig, 'base64');
  const signed = preAuthenticationEncoding(envelope.data.payloadType, bytes);
  if (sigBytes.length !== 64 || !verify(null, signed, options.keys.get(signature.keyid)!, sigBytes))
    return fail('bad-signature');

  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    return fail('bad-payload');
  }
  if ((json as { v?: unknown } | null)?.v !== PROTOCOL_VERSION) return fail('version');
  const payload = payloadSchema.safeParse(json);
  if (!payload.success) return fail('bad-payload');
  const command = payload.data;
  if (command.hostId !== options.hostId) return fail('other-host');
  const now = (options.now ?? new Date()).getTime();
  if (Date.parse(command.expiresAt) <= now) return fail('expired');
  if (Date.parse(command.issuedAt) > now + CLOCK_SKEW_MS) return fail('from-the-future');
  if (command.seq <= options.lastSeq) return fail('replayed');
  if (!(command.type in commandArgs)) return fail('unknown-type');
  if (!commandArgs[command.type as CommandType].safeParse(command.args).success) return fail('bad-args');
  return { ok: true, command: command as CommandPayload, keyid: signature.keyid };
}

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** An Ed25519 private key from its 32-byte seed (key files, test vectors). */
export function privateKeyFromSeed(seed: Buffer): KeyObject {
  if (seed.length !== 32) throw new Error('an Ed25519 seed is 32 bytes');
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

export function publicKeyOf(privateKey: KeyObject): KeyObject {
  return createPublicKey(privateKey);
}

/** A key id: the first 16 hex digits of the SHA-256 of the raw 32-byte public key. */
export function keyIdOf(publicKey: KeyObject): string {
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return createHash('sha256').update(raw).digest('hex').slice(0, 16);
}
