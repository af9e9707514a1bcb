import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface Finding {
  /** The account whose home holds the file. */
  account: string;
  /** Relative to the hosting root (`srv/www`): `ewabcdefgh/example.com/wp-content/x.php`. */
  path: string;
  signature: string;
}

/** clamscan's `--infected` lines: `/path/to/file: Signature.Name FOUND`. */
export function parseClamscan(output: string, wwwDir: string): Finding[] {
  const findings: Finding[] = [];
  for (const line of output.split('\n')) {
    const match = /^(.*): (.+) FOUND$/.exec(line.trim());
    if (!match) continue;
    const path = relative(wwwDir, match[1]!);
    if (path.startsWith('..') || path.startsWith(sep)) continue;
    const account = path.split(sep)[0]!;
    if (!/^ew[a-z2-7]{8}$/.test(account)) continue;
    findings.push({ account, path, signature: match[2]!.slice(0, 200) });
  }
  return findings;
}

/**
 * Scans every account's files with ClamAV at the lowest CPU and IO priority. Infected
 * files are only reported: quarantine is the customer's decision, never automatic.
 */
export async function scanSites(wwwDir: string, options: { database?: string | null } = {}): Promise<Finding[]> {
  if (!existsSync(wwwDir)) return [];
  const homes = readdirSync(wwwDir)
    .filter((name) => /^ew[a-z2-7]{8}$/.test(name))
    .map((name) => join(wwwDir, name));
  if (homes.length === 0) return [];
  const args = [
    '-n',
    '19',
    'ionice',
    '-c',
    '3',
    'clamscan',
    '--recursive',
    '--infected',
    '--no-summary',
    '--stdout',
    '--max-filesize=100M',
    '--max-scansize=400M',
    ...(options.database ? [`--database=${options.database}`] : []),
    ...homes,
  ];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('nice', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    // clamscan: 0 nothing found, 1 something found, 2 an error.
    child.on('close', (code) =>
      code === 0 || code === 1 ? resolve(out) : reject(new Error(`clamscan exited with ${code}: ${errors.trim()}`)),
    );
  });
  return parseClamscan(output, wwwDir);
}
