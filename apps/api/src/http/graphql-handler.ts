import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const MAX_BODY_BYTES = 100 * 1024;
/** Agents' usage batches are larger; they declare their length, and only a host token gets this far. */
export const MAX_HOST_BODY_BYTES = 16 * 1024 * 1024;

class BodyTooLargeError extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(new BodyTooLargeError());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLargeError());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

export function sendJsonError(res: ServerResponse, status: number, message: string, code: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/**
 * Apollo Server on plain node:http: the body read with a size cap, the response
 * written in one piece. Express's router and body parsers cost more per request
 * than the whole GraphQL execution of a small query (see apps/api/bench).
 */
export function graphqlHandler<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  context: (req: IncomingMessage, res: ServerResponse) => Promise<Context>,
  /** Whether a request may send more than MAX_BODY_BYTES (asked only when it declares a larger body). */
  mayBeLarge: (req: IncomingMessage) => Promise<boolean> = async () => false,
) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let body: unknown;
    if (req.method === 'POST') {
      try {
        const declared = Number(req.headers['content-length'] ?? 0);
        const limit = declared > MAX_BODY_BYTES && (await mayBeLarge(req)) ? MAX_HOST_BODY_BYTES : MAX_BODY_BYTES;
        const text = await readBody(req, limit);
        // Apollo decides what a non-JSON body means (CSRF prevention refuses it).
        body = /^application\/json/i.test(req.headers['content-type'] ?? '') ? JSON.parse(text) : text;
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          sendJsonError(
            res,
            413,
            `The request is too large; at most ${MAX_BODY_BYTES / 1024} KB is accepted.`,
            'BAD_REQUEST',
          );
        } else {
          sendJsonError(res, 400, 'The request could not be read as JSON.', 'BAD_REQUEST');
        }
        return;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '/';
    const queryStart = url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method ?? 'GET',
        headers,
        search: queryStart >= 0 ? url.slice(queryStart) : '',
        body,
      },
      context: () => context(req, res),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
