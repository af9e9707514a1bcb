import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { AccountsService } from '../../accounts/accounts.service.js';
import { InvalidInputError } from '../../common/errors.js';
import type { Config } from '../../config.js';
import type { HostsService } from '../../hosts/hosts.service.js';
import { sendJson } from '../../http/graphql-handler.js';
import { UploadRefusedError, UploadTooLargeError, type ImportsService } from '../../imports/imports.service.js';
import { sessionToken } from '../cookies.js';

/**
 * POST /uploads: files for site imports; the raw body is the file. The custom header
 * makes the request non-simple, so a cross-site form cannot send one with the session cookie.
 */
export function uploadRoute(accounts: AccountsService, imports: ImportsService, config: Config) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.headers['x-elasticweb-upload'] !== '1')
      return sendJson(res, 400, { error: 'x-elasticweb-upload: 1 is required' });
    const token = sessionToken(req);
    const auth = token ? await accounts.authenticate(token) : null;
    if (!auth) return sendJson(res, 401, { error: 'log in first' });
    const name = new URL(req.url ?? '/', 'http://x').searchParams.get('name') ?? '';
    try {
      const stored = await imports.receive(auth.account, name, req);
      sendJson(res, 201, { id: stored.id, name: stored.name, sizeBytes: stored.sizeBytes, sha256: stored.sha256 });
    } catch (error) {
      if (error instanceof UploadTooLargeError)
        return sendJson(res, 413, { error: `at most ${config.UPLOAD_MAX_MB} MB` });
      if (error instanceof UploadRefusedError) {
        // The body was never read: close instead of leaving the client sending into the void.
        res.setHeader('connection', 'close');
        return sendJson(res, error.status, { error: error.message });
      }
      if (error instanceof InvalidInputError) return sendJson(res, 400, { error: error.message });
      throw error;
    }
  };
}

/** GET /uploads/{id}: a host fetches an upload it has to import (its own imports only). */
export function uploadForHostRoute(hosts: HostsService, imports: ImportsService) {
  return async (req: IncomingMessage, res: ServerResponse, id: string): Promise<void> => {
    const token = sessionToken(req);
    const host = token ? await hosts.authenticate(token) : null;
    if (!host) return sendJson(res, 401, { error: 'host token required' });
    const file = await imports.fileForHost(host, id);
    if (!file) return sendJson(res, 404, { error: 'no such upload for this host' });
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    await pipeline(imports.openForHost(file), res);
  };
}
