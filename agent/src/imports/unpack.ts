import { createWriteStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar';
import yauzl from 'yauzl';

/** What an archive may hold at most: uncompressed bytes and entries (zip bombs stop here). */
export interface UnpackLimits {
  maxBytes: number;
  maxFiles: number;
}

export const DEFAULT_LIMITS: UnpackLimits = { maxBytes: 10 * 1024 ** 3, maxFiles: 500_000 };

/** An archive refused before anything of it was kept; the message says why, in plain words. */
export class UnsafeArchiveError extends Error {}

/** A path inside the archive, checked: relative, no `..`, no NUL; the normalised form. */
export function safeEntryPath(name: string): string {
  if (name.includes('\0')) throw new UnsafeArchiveError(`an entry's name holds a NUL byte`);
  const cleaned = name.replace(/\\/g, '/');
  if (isAbsolute(cleaned) || /^[a-zA-Z]:/.test(cleaned)) throw new UnsafeArchiveError(`${name} is an absolute path`);
  const normal = normalize(cleaned);
  if (normal === '..' || normal.startsWith(`..${sep}`) || normal.split(sep).includes('..'))
    throw new UnsafeArchiveError(`${name} points outside the site's folder`);
  return normal.replace(/\/+$/, '');
}

/** A link's target must stay inside the folder, seen from where the link is. */
export function checkLinkTarget(entry: string, target: string): void {
  if (isAbsolute(target)) throw new UnsafeArchiveError(`${entry} links to ${target}, outside the site's folder`);
  const resolved = normalize(join(dirname(entry), target));
  if (resolved === '..' || resolved.startsWith(`..${sep}`))
    throw new UnsafeArchiveError(`${entry} links to ${target}, outside the site's folder`);
}

export class Budget {
  private bytes = 0;
  private files = 0;
  constructor(private readonly limits: UnpackLimits) {}
  add(size: number): void {
    this.bytes += size;
    this.files += 1;
    if (this.files > this.limits.maxFiles)
      throw new UnsafeArchiveError(`the archive holds more than ${this.limits.maxFiles} files`);
    if (this.bytes > this.limits.maxBytes)
      throw new UnsafeArchiveError(
        `the archive unpacks to more than ${Math.round(this.limits.maxBytes / 1024 ** 2)} MB`,
      );
  }
  get totals() {
    return { files: this.files, bytes: this.bytes };
  }
}

const kindOf = (file: string) => (/\.zip$/i.test(file) ? 'zip' : 'tar');

/**
 * Unpacks a site's archive (.tar.gz, .tgz, .tar or .zip) into an empty folder, safely:
 * every entry is checked first (relative paths only, no `..`, links only to places
 * inside, no devices or hard links, within the size and file-count limits), and only
 * then is anything written. A refused archive leaves nothing behind. A single top
 * folder (`public_html/`, `wordpress/`) is lifted, so the site's files land at its root.
 */
export async function unpackArchive(
  archive: string,
  into: string,
  limits: UnpackLimits = DEFAULT_LIMITS,
): Promise<{ files: number; bytes: number }> {
  if (existsSync(into) && readdirSync(into).length > 0) throw new Error(`${into} is not empty`);
  mkdirSync(into, { recursive: true, mode: 0o750 });
  try {
    const totals =
      kindOf(archive) === 'zip' ? await unpackZip(archive, into, limits) : await unpackTar(archive, into, limits);
    liftSingleFolder(into);
    return totals;
  } catch (error) {
    rmSync(into, { recursive: true, force: true });
    throw error;
  }
}

async function unpackTar(archive: string, into: string, limits: UnpackLimits) {
  const budget = new Budget(limits);
  let problem: Error | null = null;
  // First pass: look at every header; nothing is written.
  await tar
    .t({
      file: archive,
      onReadEntry: (entry) => {
        if (problem) return;
        try {
          const path = safeEntryPath(entry.path);
          if (entry.type === 'SymbolicLink') checkLinkTarget(path, entry.linkpath ?? '');
          else if (
            entry.type !== 'File' &&
            entry.type !== 'OldFile' &&
            entry.type !== 'Directory' &&
            entry.type !== 'ContiguousFile'
          )
            throw new UnsafeArchiveError(`${entry.path} is a ${entry.type}, which a site has no use for`);
          budget.add(entry.size ?? 0);
        } catch (error) {
          problem = error as Error;
        }
      },
    })
    .catch((error: Error) => {
      throw new UnsafeArchiveError(
        /ratio/.test(error.message)
          ? 'the archive unpacks to far more than it holds (a zip bomb)'
          : `the archive cannot be read: ${error.message}`,
      );
    });
  if (problem) throw problem;
  await tar.x({ file: archive, cwd: into, strict: true, preserveOwner: false, noChmod: false, unlink: true });
  return budget.totals;
}

function openZip(archive: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(archive, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) =>
      error ? reject(new UnsafeArchiveError(`the zip file cannot be read: ${error.message}`)) : resolve(zip!),
    ),
  );
}

/** Walks a zip's entries one at a time, handing each to `visit`. */
function eachZipEntry(zip: yauzl.ZipFile, visit: (entry: yauzl.Entry) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => visit(entry).then(() => zip.readEntry(), reject));
    zip.on('end', resolve);
    zip.on('error', (error: Error) => reject(new UnsafeArchiveError(`the zip file was refused: ${error.message}`)));
    zip.readEntry();
  });
}

async function unpackZip(archive: string, into: string, limits: UnpackLimits) {
  const budget = new Budget(limits);
  const check = await openZip(archive);
  await eachZipEntry(check, async (entry) => {
    safeEntryPath(entry.fileName);
    const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
    if (mode === 0o120000) throw new UnsafeArchiveError(`${entry.fileName} is a link; zip archives may not hold links`);
    budget.add(entry.uncompressedSize);
  }).finally(() => check.close());
  const zip = await openZip(archive);
  await eachZipEntry(zip, async (entry) => {
    const target = join(into, safeEntryPath(entry.fileName));
    if (entry.fileName.endsWith('/')) {
      mkdirSync(target, { recursive: true, mode: 0o755 });
      return;
    }
    mkdirSync(dirname(target), { recursive: true, mode: 0o755 });
    const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
      zip.openReadStream(entry, (error, s) => (error ? reject(error) : resolve(s!))),
    );
    // validateEntrySizes makes the stream fail if it yields more than the entry declared.
    await pipeline(stream, createWriteStream(target, { mode: 0o644 }));
  }).finally(() => zip.close());
  return budget.totals;
}

export function liftSingleFolder(into: string): void {
  const entries = readdirSync(into);
  if (entries.length !== 1) return;
  const only = join(into, entries[0]!);
  if (!statSync(only).isDirectory()) return;
  const holding = `${only}.lift-${process.pid}`;
  renameSync(only, holding);
  for (const name of readdirSync(holding)) renameSync(join(holding, name), join(into, name));
  rmSync(holding, { recursive: true, force: true });
}
