import { execFileSync } from 'node:child_process';
import { chmodSync, createReadStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { sitePaths, type CommandArgs } from '@elasticweb/protocol';
import { updateDatabaseSettings } from '../imports/db-settings.js';
import { OutboundRefusedError } from '../imports/outbound.js';
import { fetchOverSftp } from '../imports/sftp.js';
import { DEFAULT_LIMITS, unpackArchive, UnsafeArchiveError } from '../imports/unpack.js';
import type { Outcome } from '../journal.js';
import { ensureAccountUser, isRoot } from '../unix-accounts.js';
import { failed, succeeded, type ExecutorContext } from './context.js';
import { loadDump } from './databases.js';
import { detectIn } from './site-detect.js';

/** The largest upload the agent fetches (the archive unpacks to at most DEFAULT_LIMITS). */
const MAX_DOWNLOAD = 5 * 1024 ** 3;

/**
 * site.import: the customer's old site moves in. Each step says what it does (the
 * panel shows it as progress) and the result is the report: files unpacked, the
 * database imported, the CMS found, the settings file pointed at the new database.
 * The site's previous files go to the archive, never lost; a refused archive changes nothing.
 */
export async function importSite(context: ExecutorContext, args: CommandArgs<'site.import'>): Promise<Outcome> {
  const paths = sitePaths(context.servers.layout(), args.account, args.siteId, args.domain);
  const work = join(context.servers.paths.root, 'var/lib/elasticweb/imports', args.siteId);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true, mode: 0o700 });
  const steps: string[] = [];
  const step = (message: string) => {
    steps.push(message);
    context.progress(message);
  };
  try {
    const staging = join(paths.home, `.import-${args.siteId}`);
    rmSync(staging, { recursive: true, force: true });
    let unpacked: { files: number; bytes: number };
    try {
      if (args.sftp) {
        step('copying the files from the old host');
        unpacked = await fetchOverSftp(args.sftp, staging, DEFAULT_LIMITS, (message) => context.progress(message), {
          allowPrivate: context.config.imports.allowPrivateSources,
        });
      } else {
        step('downloading the archive');
        const archive = join(work, /\.zip$/i.test(args.archive!.name) ? 'site.zip' : 'site.tar.gz');
        await context.download(`/uploads/${args.archive!.uploadId}`, archive, MAX_DOWNLOAD);
        step('unpacking the files');
        unpacked = await unpackArchive(archive, staging, DEFAULT_LIMITS);
      }
    } catch (error) {
      if (error instanceof UnsafeArchiveError) return failed(`the files were refused: ${error.message}`, true);
      if (error instanceof OutboundRefusedError) return failed(`the old host cannot be used: ${error.message}`, true);
      throw error;
    }
    const owner = ensureAccountUser(args.account, paths.home);
    if (isRoot()) execFileSync('chown', ['-R', '--no-dereference', `${owner.uid}:${owner.gid}`, staging]);
    if (existsSync(paths.siteRoot)) {
      const before = join(context.servers.paths.archiveDir, `${args.siteId}-${Date.now()}-before-import`);
      mkdirSync(context.servers.paths.archiveDir, { recursive: true, mode: 0o700 });
      renameSync(paths.siteRoot, before);
      steps.push(`the previous files were archived to ${before}`);
    }
    renameSync(staging, paths.siteRoot);
    // As site.apply makes it: the user's, open to the web server for reading.
    chmodSync(paths.siteRoot, 0o755);

    let databaseBytes: number | null = null;
    if (args.dump && args.database) {
      step('importing the database');
      const dump = join(work, 'dump.sql');
      await context.download(`/uploads/${args.dump.uploadId}`, dump, MAX_DOWNLOAD);
      const stream = /\.gz$/i.test(args.dump.name)
        ? createReadStream(dump).pipe(createGunzip())
        : createReadStream(dump);
      databaseBytes = await loadDump(context, args.database.name, stream);
    }

    step('detecting the CMS');
    const detection = detectIn(paths.siteRoot);
    let settings: { cms: string; files: string[] } | null = null;
    if (args.updateSettings && args.database) {
      step('pointing the site at its new database');
      const { host, port, socketPath } = context.config.mysql;
      settings = updateDatabaseSettings(paths.siteRoot, {
        name: args.database.name,
        user: args.database.name,
        password: args.database.password,
        // PHP reaches "localhost" through the socket; otherwise the server's address.
        host: socketPath && existsSync(socketPath) ? 'localhost' : `${host}:${port}`,
      });
    }
    return succeeded({
      files: unpacked.files,
      bytes: unpacked.bytes,
      databaseBytes,
      preset: detection.preset ?? null,
      detection,
      settings,
      steps,
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
