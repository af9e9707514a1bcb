import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';

/**
 * Secrets inside commands (a database password, the old host's SFTP password, an
 * uploaded private key) are sealed to the host's own X25519 key: the API's database
 * and its backups hold only what that host can open. ECIES: an ephemeral X25519 key,
 * HKDF-SHA256 over the shared secret, AES-256-GCM.
 *
 *     sealed:v1:<base64url( ephemeral public key 32 | nonce 12 | ciphertext | tag 16 )>
 */
export const SEALED_PREFIX = 'sealed:v1:';
const INFO = Buffer.from('elasticweb sealed v1');
/** The DER prefix of an X25519 SubjectPublicKeyInfo; the raw key (32 bytes) follows it. */
const X25519_SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(SEALED_PREFIX);
}

/** A new key pair for a host: the private key in PKCS#8 PEM, the public key as base64 of its 32 raw bytes. */
export function newSealingKeyPair(): { privateKeyPem: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('x25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: rawPublicKey(publicKey).toString('base64'),
  };
}

/** The base64 public key of a PEM private key (what the agent reports). */
export function sealingPublicKeyOf(privateKeyPem: string): string {
  return rawPublicKey(createPublicKey(createPrivateKey(privateKeyPem))).toString('base64');
}

export function isSealingPublicKey(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9+/]{43}=$/.test(value);
}

export function seal(publicKeyBase64: string, plaintext: string): string {
  const recipient = publicKeyFromRaw(Buffer.from(publicKeyBase64, 'base64'));
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralRaw = rawPublicKey(ephemeral.publicKey);
  const key = derive(
    diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient }),
    ephemeralRaw,
    recipient,
  );
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return SEALED_PREFIX + Buffer.concat([ephemeralRaw, nonce, body, cipher.getAuthTag()]).toString('base64url');
}

/** Opens a sealed value with the host's private key; throws on any tampering or another host's value. */
export function openSealed(privateKeyPem: string, sealed: string): string {
  if (!isSealed(sealed)) throw new Error('not a sealed value');
  const bytes = Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64url');
  if (bytes.length < 32 + 12 + 16) throw new Error('a sealed value too short to be one');
  const privateKey = createPrivateKey(privateKeyPem);
  const ephemeral = publicKeyFromRaw(bytes.subarray(0, 32));
  const key = derive(
    diffieHellman({ privateKey, publicKey: ephemeral }),
    bytes.subarray(0, 32),
    createPublicKey(privateKey),
  );
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(32, 44));
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  return Buffer.concat([decipher.update(bytes.subarray(44, bytes.length - 16)), decipher.final()]).toString('utf8');
}

function derive(shared: Buffer, ephemeralRaw: Buffer, recipient: KeyObject): Buffer {
  const salt = Buffer.concat([ephemeralRaw, rawPublicKey(recipient)]);
  return Buffer.from(hkdfSync('sha256', shared, salt, INFO, 32));
}

function rawPublicKey(key: KeyObject): Buffer {
  return key.export({ type: 'spki', format: 'der' }).subarray(X25519_SPKI_PREFIX.length);
}

function publicKeyFromRaw(raw: Buffer): KeyObject {
  if (raw.length !== 32) throw new Error('an X25519 public key is 32 bytes');
  return createPublicKey({ key: Buffer.concat([X25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

/** Where each command type carries a secret: sealed by the API, opened by the agent. */
export const SECRET_FIELDS: Partial<Record<string, ReadonlyArray<readonly string[]>>> = {
  'database.apply': [['passwordHash']],
  'database.restore': [['passwordHash']],
  'site.import': [
    ['database', 'password'],
    ['sftp', 'password'],
  ],
  'site.certificate': [['key']],
};

/** A copy of `args` with each secret field transformed (sealed, or opened). */
export function mapSecrets<T>(type: string, args: T, transform: (value: string) => string): T {
  const paths = SECRET_FIELDS[type];
  if (!paths) return args;
  const copy = structuredClone(args) as Record<string, unknown>;
  for (const path of paths) {
    let holder: Record<string, unknown> | undefined = copy;
    for (const key of path.slice(0, -1)) holder = holder?.[key] as Record<string, unknown> | undefined;
    const last = path[path.length - 1]!;
    const value = holder?.[last];
    if (holder && typeof value === 'string') holder[last] = transform(value);
  }
  return copy as T;
}
