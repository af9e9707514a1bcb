import { createWriteStream, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, posix } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client, type FileEntryWithStats, type SFTPWrapper } from 'ssh2';
import { isSftpPort, OutboundRefusedError, publicAddressOf } from './outbound.js';
import { Budget, checkLinkTarget, liftSingleFolder, UnsafeArchiveError, type UnpackLimits } from './unpack.js';

/** The old host's SFTP account the customer gave (the password travels in the signed command only). */
export interface SftpSource {
  host: string;
  port: number;
  username: string;
  password: string;
  /** The folder of the old site, such as `/var/www/html` or `public_html`. */
  path: string;
}

/**
 * One message for every way a connection fails before the old host accepts the
 * account: closed, filtered, another protocol, a timeout. Telling them apart would
 * let imports map which ports are open. A refused password is worth saying.
 */
function connectionError(source: SftpSource, error: Error & { level?: string }): Error {
  if (error.level === 'client-authentication')
    return new OutboundRefusedError(`${source.host} refused the user name or password`);
  return new OutboundRefusedError(
    `could not open an SFTP session on ${source.host} port ${source.port}: check the address, the port and that SFTP is on`,
  );
}

const call = <T>(run: (done: (error: Error | null | undefined, value?: T) => void) => void) =>
  new Promise<T>((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value as T))));

/**
 * Copies a site's folder from its old host over SFTP into an empty folder, with the
 * same rules as an archive: names checked, links only to places inside, no devices,
 * within the size and file-count limits; anything refused leaves nothing behind.
 */
export async function fetchOverSftp(
  source: SftpSource,
  into: string,
  limits: UnpackLimits,
  progress: (message: string) => void = () => undefined,
  options: { allowPrivate?: boolean } = {},
): Promise<{ files: number; bytes: number }> {
  if (!isSftpPort(source.port))
    throw new OutboundRefusedError(`SFTP goes to port 22 or a port from 1024 up, not ${source.port}`);
  const address = await publicAddressOf(source.host, options);
  if (existsSync(into) && readdirSync(into).length > 0) throw new Error(`${into} is not empty`);
  mkdirSync(into, { recursive: true, mode: 0o750 });
  const client = new Client();
  // ssh2 may emit more than one error for one connection (a port that speaks another
  // protocol does): every one must have a listener, or the agent dies with it.
  let failure: ((error: Error) => void) | null = null;
  client.on('error', (error) => failure?.(error));
  try {
    await new Promise<void>((resolve, reject) => {
      client.once('ready', resolve);
      failure = (error) => {
        failure = null;
        reject(connectionError(source, error));
      };
      client.connect({
        host: address,
        port: source.port,
        username: source.username,
        password: source.password,
        readyTimeout: 20_000,
      });
    });
    const sftp = await call<SFTPWrapper>((done) => client.sftp(done));
    const budget = new Budget(limits);
    const walk = async (remote: string, local: string, relative: string): Promise<void> => {
      const entries = await call<FileEntryWithStats[]>((done) => sftp.readdir(remote, done));
      for (const entry of entries) {
        const name = entry.filename;
        if (name === '.' || name === '..') continue;
        if (name.includes('/') || name.includes('\0'))
          throw new UnsafeArchiveError(`the old host sent a bad file name: ${name}`);
        const remotePath = posix.join(remote, name);
        const localPath = join(local, name);
        const path = relative ? `${relative}/${name}` : name;
        if (entry.attrs.isDirectory()) {
          mkdirSync(localPath, { mode: 0o755 });
          await walk(remotePath, localPath, path);
        } else if (entry.attrs.isFile()) {
          budget.add(entry.attrs.size);
          await pipeline(sftp.createReadStream(remotePath), createWriteStream(localPath, { mode: 0o644 }));
          if (budget.totals.files % 500 === 0) progress(`copied ${budget.totals.files} files`);
        } else if (entry.attrs.isSymbolicLink()) {
          const target = await call<string>((done) => sftp.readlink(remotePath, done));
          checkLinkTarget(path, target);
          symlinkSync(target, localPath);
          budget.add(0);
        } else throw new UnsafeArchiveError(`${path} is not a file, a folder or a link`);
      }
    };
    await walk(source.path, into, '');
    liftSingleFolder(into);
    return budget.totals;
  } catch (error) {
    rmSync(into, { recursive: true, force: true });
    throw error;
  } finally {
    client.end();
  }
}
