import { existsSync, openSync, readSync, closeSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { detectPreset } from '@elasticweb/nginx';
import { sitePaths, type CommandArgs } from '@elasticweb/protocol';
import type { Outcome } from '../journal.js';
import { failed, succeeded, type ExecutorContext } from './context.js';

/** site.detect: looks at the site's files for the markers of a known CMS or framework. */
export async function detectSite(context: ExecutorContext, args: CommandArgs<'site.detect'>): Promise<Outcome> {
  const { siteRoot } = sitePaths(context.servers.layout(), args.account, args.siteId, args.domain);
  if (!existsSync(siteRoot)) return failed(`the site's folder ${siteRoot} does not exist`, true);
  return succeeded(detectIn(siteRoot));
}

/** The preset whose marker files a folder holds (reading at most 64 KB of a file, never outside the folder). */
export function detectIn(siteRoot: string) {
  // Paths come from the presets library; normalising keeps any lookup inside the site's folder.
  const inside = (path: string) => {
    const relative = normalize(path);
    return relative.startsWith('..') || relative.startsWith('/') ? null : join(siteRoot, relative);
  };
  const detection = detectPreset({ has: (path) => (inside(path) ? existsSync(inside(path)!) : false) }, (path) => {
    const file = inside(path);
    if (!file || !existsSync(file)) return undefined;
    const fd = openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(64 * 1024);
      return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  });
  return detection;
}
