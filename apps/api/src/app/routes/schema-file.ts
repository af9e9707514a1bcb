import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { sendJson } from '../../http/graphql-handler.js';
import { schemaSdlOf } from '../schema-sdl.js';

/**
 * GET /graphql/schema.graphql: the schema as committed (`schema.graphql`), for the
 * tools of partners and developers, in production too, where introspection is off.
 * Revalidated by ETag: it changes only with a release.
 */
export function schemaFileRoute(schema: GraphQLSchema) {
  const sdl = schemaSdlOf(schema);
  const etag = `"${createHash('sha256').update(sdl).digest('base64url').slice(0, 27)}"`;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      sendJson(res, 405, { error: 'use GET' });
      return;
    }
    res.setHeader('etag', etag);
    res.setHeader('cache-control', 'no-cache');
    if (req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/plain; charset=utf-8',
      'content-length': Buffer.byteLength(sdl),
      'access-control-allow-origin': '*',
    });
    res.end(req.method === 'HEAD' ? undefined : sdl);
  };
}
