import { describe, expect, it } from 'vitest';
import { isSealed, mapSecrets, newSealingKeyPair, openSealed, seal, sealingPublicKeyOf } from './sealed.js';

describe('sealed secrets', () => {
  it('open only with the host’s own key, and never hold the secret in the sealed text', () => {
    const host = newSealingKeyPair();
    const other = newSealingKeyPair();
    const sealed = seal(host.publicKey, 'the database password');
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('password');
    expect(openSealed(host.privateKeyPem, sealed)).toBe('the database password');
    expect(() => openSealed(other.privateKeyPem, sealed)).toThrow();
    // Two seals of one secret differ (a fresh ephemeral key and nonce each time).
    expect(seal(host.publicKey, 'x')).not.toBe(seal(host.publicKey, 'x'));
    expect(sealingPublicKeyOf(host.privateKeyPem)).toBe(host.publicKey);
  });

  it('refuses a sealed value changed in transit', () => {
    const host = newSealingKeyPair();
    const sealed = seal(host.publicKey, 'secret');
    const body = Buffer.from(sealed.slice('sealed:v1:'.length), 'base64url');
    body[40] = body[40]! ^ 1;
    expect(() => openSealed(host.privateKeyPem, `sealed:v1:${body.toString('base64url')}`)).toThrow();
  });

  it('seals exactly the secret fields of a command, and opens them back', () => {
    const host = newSealingKeyPair();
    const args = {
      siteId: 's',
      database: { name: 'ew_db', password: 'new database password' },
      sftp: { host: 'old.example.com', password: 'old host password' },
      updateSettings: true,
    };
    const sealed = mapSecrets('site.import', args, (value) => seal(host.publicKey, value));
    expect(sealed.database.name).toBe('ew_db');
    expect(isSealed(sealed.database.password) && isSealed(sealed.sftp.password)).toBe(true);
    expect(JSON.stringify(sealed)).not.toMatch(/new database password|old host password/);
    expect(mapSecrets('site.import', sealed, (value) => openSealed(host.privateKeyPem, value))).toEqual(args);
    expect(mapSecrets('site.delete', { siteId: 's' }, () => 'changed')).toEqual({ siteId: 's' });
  });
});
