import { lookup } from 'node:dns/promises';
import { BlockList, isIPv4 } from 'node:net';

/** A connection a customer asked for that the host will not make; the message is for the customer. */
export class OutboundRefusedError extends Error {}

/** Loopback, private, link-local, shared, documentation, multicast and reserved ranges (RFC 6890). */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');

export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return !NOT_PUBLIC.check(mapped, 'ipv4');
  return isIPv4(address) ? !NOT_PUBLIC.check(address, 'ipv4') : !NOT_PUBLIC.check(address, 'ipv6');
}

/** SSH's own port, or any unprivileged one (old hosts often move SSH to 2222 and the like). */
export function isSftpPort(port: number): boolean {
  return Number.isInteger(port) && (port === 22 || (port >= 1024 && port <= 65_535));
}

/**
 * The one address to connect to for a customer's outbound request. The name is
 * resolved once and the connection goes to that address, so a second lookup cannot
 * point elsewhere; every address the name has must be public.
 */
export async function publicAddressOf(host: string, options: { allowPrivate?: boolean } = {}): Promise<string> {
  let addresses: Array<{ address: string }>;
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch {
    throw new OutboundRefusedError(`cannot find the address of ${host}`);
  }
  if (addresses.length === 0) throw new OutboundRefusedError(`cannot find the address of ${host}`);
  if (!options.allowPrivate && addresses.some(({ address }) => !isPublicAddress(address)))
    throw new OutboundRefusedError(`${host} is not a public address; the old host must be reachable from the internet`);
  return addresses[0]!.address;
}
