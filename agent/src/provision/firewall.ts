import { execFileSync } from 'node:child_process';

/**
 * The host's nftables rule set: SSH (at most 10 new connections a minute per address),
 * HTTP and HTTPS in, loopback and replies allowed, everything else dropped. The agent
 * needs no inbound port: it only ever calls the API. Loaded as one file, which nft
 * applies atomically; the table is replaced, never merged, so a second load is the same.
 */
export function firewallRules(options: { sshPort?: number } = {}): string {
  const ssh = options.sshPort ?? 22;
  return `#!/usr/sbin/nft -f
# Elasticweb host firewall, written by \`elasticweb-agent provision\`. Edits are overwritten.
table inet elasticweb
delete table inet elasticweb
table inet elasticweb {
	set ssh_ipv4 {
		type ipv4_addr
		flags dynamic
		timeout 1m
	}
	set ssh_ipv6 {
		type ipv6_addr
		flags dynamic
		timeout 1m
	}
	chain input {
		type filter hook input priority filter; policy drop;
		ct state established,related accept
		ct state invalid drop
		iif "lo" accept
		meta l4proto { icmp, ipv6-icmp } accept
		tcp dport ${ssh} ct state new update @ssh_ipv4 { ip saddr limit rate over 10/minute burst 5 packets } drop
		tcp dport ${ssh} ct state new update @ssh_ipv6 { ip6 saddr limit rate over 10/minute burst 5 packets } drop
		tcp dport { ${ssh}, 80, 443 } accept
	}
}
`;
}

/** How nft is run: plainly on a host, or inside a network namespace in the tests (`ip netns exec NAME`). */
export type NftRunner = (args: string[], input?: string) => string;

export const hostNft: NftRunner = (args, input) =>
  execFileSync('nft', args, { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });

export const namespaceNft =
  (namespace: string): NftRunner =>
  (args, input) =>
    execFileSync('ip', ['netns', 'exec', namespace, 'nft', ...args], {
      input,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
    });

/** Checks a rule set's syntax without loading it (`nft -c`). Throws with nft's message. */
export function checkRules(nft: NftRunner, rules: string): void {
  nft(['-c', '-f', '-'], rules);
}

/**
 * Loads the rule set atomically, then asks `stillConnected` whether the host can still
 * reach the panel; if not within the time, the previous rule set is restored as it was
 * (a firewall must never cut the host off from the API that manages it).
 */
export async function applyWithRollback(
  nft: NftRunner,
  rules: string,
  stillConnected: () => Promise<boolean>,
  timeoutMs = 30_000,
): Promise<'kept' | 'rolled-back'> {
  checkRules(nft, rules);
  const previous = nft(['list', 'ruleset']);
  nft(['-f', '-'], rules);
  const connected = await Promise.race([
    stillConnected().catch(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs)),
  ]);
  if (connected) return 'kept';
  nft(['flush', 'ruleset']);
  if (previous.trim()) nft(['-f', '-'], previous);
  return 'rolled-back';
}
