import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unpackArchive, UnsafeArchiveError } from './unpack.js';

const work = mkdtempSync(join(tmpdir(), 'ew-unpack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds an archive with Python's tarfile/zipfile, which write any entry a hostile archive could hold. */
function archive(name: string, script: string): string {
  const file = join(work, name);
  execFileSync('/usr/bin/python3', ['-c', `import tarfile, zipfile, io\nout = ${JSON.stringify(file)}\n${script}`]);
  return file;
}

const TAR_HELPERS = `
def add(t, name, data=b'x', **kw):
    info = tarfile.TarInfo(name)
    for k, v in kw.items(): setattr(info, k, v)
    info.size = len(data) if info.type == tarfile.REGTYPE else 0
    t.addfile(info, io.BytesIO(data) if info.type == tarfile.REGTYPE else None)
`;

const tarGz = (name: string, body: string) =>
  archive(name, `${TAR_HELPERS}\nwith tarfile.open(out, 'w:gz') as t:\n${body.replace(/^/gm, '    ')}`);

describe('unpacking a site archive', () => {
  it('unpacks a site, lifting its single top folder, within the limits', async () => {
    const file = tarGz(
      'site.tar.gz',
      `add(t, 'public_html/index.php', b'<?php echo 1;')\nadd(t, 'public_html/css/site.css', b'body{}')\nadd(t, 'public_html/latest', type=tarfile.SYMTYPE, linkname='index.php')`,
    );
    const into = join(work, 'ok');
    expect(await unpackArchive(file, into)).toMatchObject({ files: 3 });
    expect(readFileSync(join(into, 'index.php'), 'utf8')).toBe('<?php echo 1;');
    expect(readFileSync(join(into, 'css/site.css'), 'utf8')).toBe('body{}');
    expect(lstatSync(join(into, 'latest')).isSymbolicLink()).toBe(true);
  });

  it('unpacks a zip the same way', async () => {
    const file = archive(
      'site.zip',
      `with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:\n    z.writestr('wordpress/index.php', '<?php')\n    z.writestr('wordpress/wp-content/', '')`,
    );
    const into = join(work, 'zip-ok');
    await unpackArchive(file, into);
    expect(readFileSync(join(into, 'index.php'), 'utf8')).toBe('<?php');
    expect(existsSync(join(into, 'wp-content'))).toBe(true);
  });

  const hostile: Array<[string, () => string, RegExp]> = [
    [
      'a ../ entry',
      () => tarGz('dotdot.tar.gz', `add(t, 'ok.txt')\nadd(t, '../escaped.txt')`),
      /outside the site's folder/,
    ],
    ['an absolute path', () => tarGz('absolute.tar.gz', `add(t, '/etc/escaped.txt')`), /absolute path/],
    [
      'a link pointing out',
      () => tarGz('symlink.tar.gz', `add(t, 'passwd', type=tarfile.SYMTYPE, linkname='../../../etc/passwd')`),
      /links to/,
    ],
    [
      'an absolute link',
      () => tarGz('abslink.tar.gz', `add(t, 'passwd', type=tarfile.SYMTYPE, linkname='/etc/passwd')`),
      /links to \/etc\/passwd/,
    ],
    [
      'a hard link',
      () => tarGz('hardlink.tar.gz', `add(t, 'a.txt')\nadd(t, 'b.txt', type=tarfile.LNKTYPE, linkname='a.txt')`),
      /Link/,
    ],
    [
      'a device',
      () => tarGz('device.tar.gz', `add(t, 'null', type=tarfile.CHRTYPE, devmajor=1, devminor=3)`),
      /CharacterDevice/,
    ],
    [
      'a zip ../ entry',
      () => archive('dotdot.zip', `with zipfile.ZipFile(out, 'w') as z:\n    z.writestr('../escaped.txt', 'x')`),
      /outside the site's folder|zip file was refused: invalid relative path/,
    ],
    [
      'a zip link',
      () =>
        archive(
          'link.zip',
          `with zipfile.ZipFile(out, 'w') as z:\n    info = zipfile.ZipInfo('passwd')\n    info.external_attr = (0o120777 << 16)\n    z.writestr(info, '/etc/passwd')`,
        ),
      /is a link/,
    ],
    [
      'a zip bomb',
      () =>
        archive(
          'bomb.zip',
          `with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:\n    z.writestr('zeros.bin', b'\\0' * (64 * 1024 * 1024))`,
        ),
      /unpacks to more than 16 MB/,
    ],
    [
      'a tar bomb',
      () => tarGz('bomb.tar.gz', `add(t, 'zeros.bin', b'\\0' * (64 * 1024 * 1024))`),
      /unpacks to (more than 16 MB|far more than it holds)/,
    ],
    ['too many files', () => tarGz('many.tar.gz', `for i in range(60): add(t, 'f%d.txt' % i)`), /more than 50 files/],
  ];

  it.each(hostile)('refuses %s with a clear message and leaves nothing behind', async (_, make, message) => {
    const file = make();
    const into = join(work, `refused-${Math.random().toString(36).slice(2)}`);
    const attempt = unpackArchive(file, into, { maxBytes: 16 * 1024 ** 2, maxFiles: 50 });
    await expect(attempt).rejects.toThrow(message);
    await expect(
      unpackArchive(file, `${into}-again`, { maxBytes: 16 * 1024 ** 2, maxFiles: 50 }),
    ).rejects.toBeInstanceOf(UnsafeArchiveError);
    expect(existsSync(into)).toBe(false);
    expect(existsSync(join(work, 'escaped.txt'))).toBe(false);
  });
});
