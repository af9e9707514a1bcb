import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientIp } from './client-ip.js';

function request(forwardedFor: string | undefined, remoteAddress = '10.0.0.1'): IncomingMessage {
  return {
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    socket: { remoteAddress },
  } as IncomingMessage;
}

describe('clientIp', () => {
  it('uses the socket address when no proxy is trusted, ignoring a forged header', () => {
    expect(clientIp(request('203.0.113.9'), 0)).toBe('10.0.0.1');
  });

  it('takes the address our one proxy saw, not what the client wrote further left', () => {
    expect(clientIp(request('6.6.6.6, 203.0.113.9'), 1)).toBe('203.0.113.9');
  });

  it('falls back to the socket address without a header', () => {
    expect(clientIp(request(undefined), 1)).toBe('10.0.0.1');
  });
});
