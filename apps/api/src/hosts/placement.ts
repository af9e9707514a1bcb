/** What placement knows about a host: its size and how many accounts already live there. */
export interface HostCapacity {
  id: string;
  cpuCores: number;
  memoryMb: number;
  diskGb: number;
  accounts: number;
}

/**
 * What one account is assumed to take until usage statistics give real figures: a
 * quarter of a core, 256 MB of memory and 5 GB of disk. Placement only needs a fair
 * comparison between hosts, not a promise.
 */
export const ACCOUNT_RESERVATION = { cpuCores: 0.25, memoryMb: 256, diskGb: 5 } as const;

/** The share of a host still free: its scarcest resource decides. */
export function freeShare(host: HostCapacity): number {
  const used = (size: number, perAccount: number) => (host.accounts * perAccount) / size;
  return (
    1 -
    Math.max(
      used(host.cpuCores, ACCOUNT_RESERVATION.cpuCores),
      used(host.memoryMb, ACCOUNT_RESERVATION.memoryMb),
      used(host.diskGb, ACCOUNT_RESERVATION.diskGb),
    )
  );
}

/** The home host for a new account: the active host with the most free capacity (DESIGN.md). */
export function pickHomeHost(hosts: readonly HostCapacity[]): string | null {
  let best: HostCapacity | null = null;
  for (const host of hosts) {
    if (
      !best ||
      freeShare(host) > freeShare(best) ||
      (freeShare(host) === freeShare(best) && host.accounts < best.accounts)
    )
      best = host;
  }
  return best?.id ?? null;
}
