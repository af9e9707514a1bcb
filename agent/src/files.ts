import { closeSync, fsyncSync, openSync, renameSync, writeSync, mkdirSync, chmodSync, chownSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a file so that a crash leaves either the old or the new content, never a
 * torn one: a temporary file beside it, fsync, rename, fsync of the folder.
 */
export function writeFileAtomic(path: string, data: string | Buffer, mode = 0o644): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  const fd = openSync(temporary, 'w', mode);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(temporary, mode);
  renameSync(temporary, path);
  const dir = openSync(dirname(path), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

/** mkdir -p with an owner and mode, applied even when the folder already exists. */
export function ensureDir(path: string, mode: number, owner?: { uid: number; gid: number }): void {
  // Missing parents get the usual 0755; only the folder itself gets `mode`.
  mkdirSync(dirname(path), { recursive: true, mode: 0o755 });
  mkdirSync(path, { recursive: true, mode });
  chmodSync(path, mode);
  if (owner) chownSync(path, owner.uid, owner.gid);
}
