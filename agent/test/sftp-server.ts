import { generateKeyPairSync } from 'node:crypto';
import { closeSync, lstatSync, openSync, readdirSync, readlinkSync, readSync, type Stats } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, posix } from 'node:path';
import { Server, utils, type SFTPWrapper } from 'ssh2';

const { STATUS_CODE, OPEN_MODE } = utils.sftp;

/**
 * The old host, for the tests: a read-only SFTP server on loopback serving `root` to
 * one user and password (the ssh2 library's server; the real thing would be OpenSSH).
 */
export async function startSftpServer(root: string, user: string, password: string) {
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  const attrs = (stats: Stats) => ({
    mode: stats.mode,
    uid: 0,
    gid: 0,
    size: stats.size,
    atime: Math.floor(stats.atimeMs / 1000),
    mtime: Math.floor(stats.mtimeMs / 1000),
  });
  const local = (path: string) => join(root, posix.normalize(`/${path}`));
  const server = new Server({ hostKeys: [privateKey] }, (client) => {
    client.on('authentication', (ctx) => {
      if (ctx.method === 'password' && ctx.username === user && ctx.password === password) ctx.accept();
      else ctx.reject(['password']);
    });
    client.on('ready', () =>
      client.on('session', (accept) => accept().on('sftp', (acceptSftp) => serve(acceptSftp()))),
    );
    client.on('error', () => undefined);
  });
  const serve = (sftp: SFTPWrapper) => {
    const handles = new Map<number, { path: string; fd?: number; listed?: boolean }>();
    let next = 0;
    const handle = (value: { path: string; fd?: number }) => {
      const id = next++;
      handles.set(id, value);
      const buffer = Buffer.alloc(4);
      buffer.writeUInt32BE(id);
      return buffer;
    };
    const find = (buffer: Buffer) => handles.get(buffer.readUInt32BE(0));
    sftp.on('REALPATH', (id, path) =>
      sftp.name(id, [{ filename: posix.normalize(`/${path}`), longname: '', attrs: {} as never }]),
    );
    sftp.on('STAT', (id, path) => sftp.attrs(id, attrs(lstatSync(local(path)))));
    sftp.on('LSTAT', (id, path) => sftp.attrs(id, attrs(lstatSync(local(path)))));
    sftp.on('OPENDIR', (id, path) => sftp.handle(id, handle({ path: local(path) })));
    sftp.on('READDIR', (id, raw) => {
      const entry = find(raw);
      if (!entry || entry.listed) return sftp.status(id, STATUS_CODE.EOF);
      entry.listed = true;
      sftp.name(
        id,
        readdirSync(entry.path).map((name) => ({
          filename: name,
          longname: name,
          attrs: attrs(lstatSync(join(entry.path, name))),
        })),
      );
    });
    sftp.on('READLINK', (id, path) =>
      sftp.name(id, [{ filename: readlinkSync(local(path)), longname: '', attrs: {} as never }]),
    );
    sftp.on('OPEN', (id, path, flags) => {
      if (flags & OPEN_MODE.WRITE) return sftp.status(id, STATUS_CODE.PERMISSION_DENIED);
      sftp.handle(id, handle({ path: local(path), fd: openSync(local(path), 'r') }));
    });
    sftp.on('READ', (id, raw, offset, length) => {
      const entry = find(raw);
      if (entry?.fd === undefined) return sftp.status(id, STATUS_CODE.FAILURE);
      const buffer = Buffer.alloc(length);
      const read = readSync(entry.fd, buffer, 0, length, offset);
      if (read === 0) return sftp.status(id, STATUS_CODE.EOF);
      sftp.data(id, buffer.subarray(0, read));
    });
    sftp.on('CLOSE', (id, raw) => {
      const entry = find(raw);
      if (entry?.fd !== undefined) closeSync(entry.fd);
      handles.delete(raw.readUInt32BE(0));
      sftp.status(id, STATUS_CODE.OK);
    });
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
