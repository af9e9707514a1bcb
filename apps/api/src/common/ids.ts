import { randomBytes } from 'node:crypto';

let lastTime = 0;
let lastSequence = 0;

/**
 * A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then randomness. Ids sort by
 * creation time, are unique across replicas, and reveal no counts.
 */
export function newId(now: number = Date.now()): string {
  const bytes = randomBytes(16);
  // Monotonic within this process (RFC 9562, method 1): ids made in the same millisecond
  // count up in the 12 bits after the version, so "ordered by id" is creation order.
  let time = Math.max(now, lastTime);
  let sequence: number;
  if (time === lastTime) {
    sequence = lastSequence + 1;
    if (sequence > 0xfff) {
      time += 1;
      sequence = bytes.readUInt16BE(6) & 0x7ff;
    }
  } else {
    sequence = bytes.readUInt16BE(6) & 0x7ff; // start low so a burst has room to count
  }
  lastTime = time;
  lastSequence = sequence;
  bytes.writeUInt16BE(sequence, 6);
  bytes.writeUIntBE(time, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
