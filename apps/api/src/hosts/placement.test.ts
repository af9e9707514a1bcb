import { describe, expect, it } from 'vitest';
import { freeShare, pickHomeHost } from './placement.js';

const host = (id: string, accounts: number, size = { cpuCores: 8, memoryMb: 32_768, diskGb: 1000 }) => ({
  id,
  accounts,
  ...size,
});

describe('home host placement', () => {
  it('puts a new account on the host with the most free capacity', () => {
    expect(pickHomeHost([host('busy', 20), host('quiet', 3), host('middle', 10)])).toBe('quiet');
  });

  it('judges a host by its scarcest resource, so a small machine fills up first', () => {
    const small = host('small', 2, { cpuCores: 1, memoryMb: 1024, diskGb: 20 });
    const large = host('large', 10, { cpuCores: 16, memoryMb: 65_536, diskGb: 2000 });
    expect(freeShare(small)).toBeLessThan(freeShare(large));
    expect(pickHomeHost([small, large])).toBe('large');
  });

  it('has no home host to offer when no host is active', () => {
    expect(pickHomeHost([])).toBeNull();
  });
});
