import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createPublicKey, randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { keyIdOf, privateKeyFromSeed, publicKeyOf } from '@elasticweb/protocol';
import type { Logger } from '../common/logger.js';
import { ConfigError, type Config } from '../config.js';

export interface SigningKey {
  keyid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

function fromSeed(base64: string, source: string): SigningKey {
  const seed = Buffer.from(base64.trim(), 'base64');
  if (seed.length !== 32)
    throw new ConfigError(`Invalid configuration:\n  ${source}: must be 32 bytes of base64 (an Ed25519 seed)`);
  const privateKey = privateKeyFromSeed(seed);
  const publicKey = publicKeyOf(privateKey);
  return { keyid: keyIdOf(publicKey), privateKey, publicKey };
}

/** A public key agents pin, as enrollment and `host.keys` hand it out. */
export interface PanelPublicKey {
  keyid: string;
  publicKey: string;
}

export function panelKeyOf(publicKey: KeyObject): PanelPublicKey {
  return { keyid: keyIdOf(publicKey), publicKey: publicKey.export({ format: 'pem', type: 'spki' }).toString() };
}

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * The keys agents pin: the signing key's, then COMMAND_TRUSTED_PUBLIC_KEYS (base64 raw
 * Ed25519 public keys, comma-separated) — the next key before a rotation, the previous
 * one during its overlap.
 */
export function panelKeys(config: Config, signingKey: SigningKey): PanelPublicKey[] {
  const extra = (config.COMMAND_TRUSTED_PUBLIC_KEYS ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)
    .map((value) => {
      const raw = Buffer.from(value, 'base64');
      if (raw.length !== 32)
        throw new ConfigError(
          'Invalid configuration:\n  COMMAND_TRUSTED_PUBLIC_KEYS: each key must be 32 bytes of base64 (an Ed25519 public key)',
        );
      return panelKeyOf(
        createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' }),
      );
    });
  const own = panelKeyOf(signingKey.publicKey);
  return [own, ...extra.filter((key) => key.keyid !== own.keyid)];
}

/** A fresh key that lives only as long as the process (tests). */
export function ephemeralSigningKey(): SigningKey {
  return fromSeed(randomBytes(32).toString('base64'), 'generated');
}

/**
 * The key that signs commands to agents: COMMAND_SIGNING_KEY (base64 seed) or
 * COMMAND_SIGNING_KEY_FILE. The embedded default generates one into DATA_DIR on
 * first start, with a warning; production must be given one. Never stored in the database.
 */
export function loadSigningKey(config: Config, logger: Logger): SigningKey {
  if (config.COMMAND_SIGNING_KEY) return fromSeed(config.COMMAND_SIGNING_KEY, 'COMMAND_SIGNING_KEY');
  const file =
    config.COMMAND_SIGNING_KEY_FILE ??
    (config.isProduction ? undefined : resolve(config.DATA_DIR, 'command-signing.key'));
  if (!file) {
    throw new ConfigError(
      'Invalid configuration:\n  COMMAND_SIGNING_KEY or COMMAND_SIGNING_KEY_FILE: required in production',
    );
  }
  if (!existsSync(file)) {
    if (config.COMMAND_SIGNING_KEY_FILE)
      throw new ConfigError(`Invalid configuration:\n  COMMAND_SIGNING_KEY_FILE: ${file} does not exist`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    logger.warn(
      { file },
      'generated a command signing key for the embedded default; set COMMAND_SIGNING_KEY_FILE in production',
    );
  }
  return fromSeed(readFileSync(file, 'utf8'), 'COMMAND_SIGNING_KEY_FILE');
}
