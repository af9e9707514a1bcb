import { describe, expect, it } from 'vitest';
import { isPublicAddress, isSftpPort, OutboundRefusedError, publicAddressOf } from './outbound.js';

describe('outbound connections a customer asks for', () => {
  it('go only to public addresses', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.10',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
    ])
      expect(isPublicAddress(address), address).toBe(false);
    for (const address of ['93.184.215.14', '1.1.1.1', '2a00:1450:4001:82b::200e', '::ffff:8.8.8.8'])
      expect(isPublicAddress(address), address).toBe(true);
  });

  it('go to SSH’s port or an unprivileged one, never to the host’s other services', () => {
    expect([22, 2222, 22022, 65535].every(isSftpPort)).toBe(true);
    expect([0, 21, 25, 80, 443, 1023, 65536, 22.5].some(isSftpPort)).toBe(false);
  });

  it('refuse a name that resolves to the host itself, unless private sources are allowed', async () => {
    await expect(publicAddressOf('localhost')).rejects.toThrow(OutboundRefusedError);
    await expect(publicAddressOf('127.0.0.1')).rejects.toThrow('127.0.0.1 is not a public address');
    expect(await publicAddressOf('127.0.0.1', { allowPrivate: true })).toBe('127.0.0.1');
    await expect(publicAddressOf('no-such-host.invalid')).rejects.toThrow(
      'cannot find the address of no-such-host.invalid',
    );
  });
});
