import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';

/** The API could not be reached or answered garbage: try again later. */
export class TransportError extends Error {}

/** The API answered with GraphQL errors: the request itself is wrong or not allowed. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

/** Plain HTTP would hand the host token and the commands to anyone on the path: loopback only. */
export function checkApiUrl(url: string): URL {
  const parsed = new URL(url);
  if (parsed.protocol === 'https:') return parsed;
  if (parsed.protocol === 'http:' && isLoopback(parsed.hostname)) return parsed;
  throw new Error(`the API must be reached over https:// (plain http:// only on a loopback address): ${url}`);
}

export interface ApiClientOptions {
  url: string;
  token?: string | null;
  /** PEM of the only CA trusted for the API's certificate. */
  ca?: string | null;
}

/** GraphQL over HTTPS with the CA pinned at enrollment. */
export class ApiClient {
  private readonly endpoint: URL;

  constructor(private readonly options: ApiClientOptions) {
    this.endpoint = new URL('/graphql', checkApiUrl(options.url));
  }

  async graphql<T>(query: string, variables: Record<string, unknown> = {}, timeoutMs = 30_000): Promise<T> {
    const body = Buffer.from(JSON.stringify({ query, variables }));
    const response = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const send = this.endpoint.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(
        this.endpoint,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': body.length,
            // Apollo's CSRF prevention wants a non-simple request; this header makes it one.
            'apollo-require-preflight': 'true',
            ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}),
          },
          ...(this.endpoint.protocol === 'https:' && this.options.ca ? { ca: this.options.ca } : {}),
          timeout: timeoutMs,
        },
        (res: IncomingMessage) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on('error', (error) => reject(new TransportError(`${this.endpoint.origin}: ${error.message}`)));
      req.end(body);
    });
    let json: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    try {
      json = JSON.parse(response.text) as typeof json;
    } catch {
      throw new TransportError(`${this.endpoint.origin} answered ${response.status} without JSON`);
    }
    if (json.errors?.length) {
      const first = json.errors[0]!;
      const code = first.extensions?.code;
      if (response.status >= 500 && code !== 'BAD_USER_INPUT') throw new TransportError(`${code}: ${first.message}`);
      throw new ApiError(first.message, code);
    }
    if (!json.data) throw new TransportError(`${this.endpoint.origin} answered ${response.status} without data`);
    return json.data;
  }

  /** Streams a file the API holds for this host (an upload to import) into `to`; returns its size. */
  async download(path: string, to: string, maxBytes: number): Promise<number> {
    const url = new URL(path, this.endpoint);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = send(url, {
        headers: this.options.token ? { authorization: `Bearer ${this.options.token}` } : {},
        ...(url.protocol === 'https:' && this.options.ca ? { ca: this.options.ca } : {}),
        timeout: 60_000,
      });
      req.on('response', resolve);
      req.on('timeout', () => req.destroy(new Error('no answer within 60 s')));
      req.on('error', (error) => reject(new TransportError(`${url.origin}: ${error.message}`)));
      req.end();
    });
    if (res.statusCode !== 200) {
      res.resume();
      throw new ApiError(`${url.pathname} answered ${res.statusCode}`, 'NOT_FOUND');
    }
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) res.destroy(new Error(`larger than ${maxBytes} bytes`));
    });
    await pipeline(res, createWriteStream(to, { mode: 0o600 }));
    return size;
  }
}
