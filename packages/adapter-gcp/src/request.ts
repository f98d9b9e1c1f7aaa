import { MalformedInputError } from '@faasport/core';
import { createLazyRequest, toByteString } from '@faasport/core/adapter';
import { BodyUnavailableError } from './errors.js';
import { requestMethod } from './method.js';
import type { CloudFunctionRequest } from './types.js';

const ABSOLUTE_FORM = /^https?:\/\//i;

/** The body the Web Request gets, and whether FF inflated it (then its encoding headers are stale). */
interface RequestBody {
  readonly bytes: Uint8Array | null;
  readonly inflated: boolean;
}

const NO_BODY: RequestBody = { bytes: null, inflated: false };

/**
 * Turns the Functions Framework's Express request into a Web `Request`: URL from `x-forwarded-proto`
 * (else `http`), the Host header and `originalUrl` as received; every header from `rawHeaders`
 * (repeated ones kept); the body from `rawBody`, because FF has already read the stream
 * (https://github.com/honojs/node-server/issues/223). Method, URL and body are checked here (bad
 * input throws `MalformedInputError`); the Request is lazy, its `Headers` built only on access.
 * Synchronous unless the body still has to be read from the stream.
 *
 * @example
 * const request = await fromExpressRequest(req)
 * const data = await request.json()
 */
export function fromExpressRequest(req: CloudFunctionRequest): Request | Promise<Request> {
  const raw = requestUrl(req);
  const method = requestMethod(req.method ?? 'GET', raw);
  const url = parseUrl(raw, method);
  const body = bodyBytes(req, method, url);
  if (body instanceof Promise) return body.then((read) => lazyRequest(req, method, url, read));
  return lazyRequest(req, method, url, body);
}

function lazyRequest(req: CloudFunctionRequest, method: string, url: string, body: RequestBody): Request {
  const bytes = body.bytes;
  if ((method === 'GET' || method === 'HEAD') && bytes !== null && bytes.byteLength > 0) {
    throw new MalformedInputError(
      `${method} request carries a ${bytes.byteLength}-byte body, which a Web Request cannot hold`,
    );
  }
  return createLazyRequest({
    method,
    url,
    headers: () => requestHeaders(req.rawHeaders, body, method, url),
    // A plain view, not the Buffer: the lazy request's bytes() copies with slice(), which a Buffer only views.
    body:
      bytes === null || bytes.byteLength === 0
        ? null
        : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  });
}

// Normalized exactly as `new Request(url)` would (spaces and non-ASCII percent-encoded).
function parseUrl(raw: string, method: string): string {
  try {
    return new URL(raw).href;
  } catch (error) {
    throw new MalformedInputError(`cannot represent ${method} ${raw} as a Web Request: ${messageOf(error)}`, {
      cause: error,
    });
  }
}

function requestHeaders(raw: readonly string[], body: RequestBody, method: string, url: string): Headers {
  try {
    return new Headers(headerPairs(raw, body));
  } catch (error) {
    throw new MalformedInputError(
      `request headers of ${method} ${url} are not valid HTTP headers: ${messageOf(error)}`,
      {
        cause: error,
      },
    );
  }
}

function requestUrl(req: CloudFunctionRequest): string {
  const target = req.originalUrl ?? req.url ?? '/';
  if (target.charCodeAt(0) === 47) return `${scheme(req)}://${host(req)}${target}`;
  // A client may send the absolute form; it then overrides Host (RFC 9112 §3.2.2).
  if (ABSOLUTE_FORM.test(target)) return target;
  throw new MalformedInputError(`request target ${JSON.stringify(target)} is neither a path nor an absolute URL`);
}

function scheme(req: CloudFunctionRequest): string {
  const header = req.headers['x-forwarded-proto'];
  if (header === undefined) return 'http';
  // Each proxy on the way may append its own value; the first one is what the client used.
  const raw = Array.isArray(header) ? (header[0] ?? '') : header;
  const comma = raw.indexOf(',');
  const value = (comma === -1 ? raw : raw.slice(0, comma)).trim().toLowerCase();
  if (value === 'https' || value === 'http') return value;
  throw new MalformedInputError(`x-forwarded-proto must be http or https, got ${JSON.stringify(raw)}`);
}

function host(req: CloudFunctionRequest): string {
  const value = req.headers.host;
  if (!value) throw new MalformedInputError('request has no Host header, so its URL is unknown');
  return value;
}

function bodyBytes(req: CloudFunctionRequest, method: string, url: string): RequestBody | Promise<RequestBody> {
  if (req.rawBody !== undefined) {
    // body-parser inflates gzip/deflate/br before saving rawBody, so the bytes are the decoded ones.
    // https://github.com/expressjs/body-parser#inflate
    const encoding = req.headers['content-encoding'];
    return { bytes: req.rawBody, inflated: encoding !== undefined && encoding.trim().toLowerCase() !== 'identity' };
  }
  if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) return NO_BODY;
  if (Buffer.isBuffer(req.body)) return { bytes: req.body, inflated: false };
  // FF's parsers skip a body without a content type and leave the stream unread.
  if (!req.readableDidRead && !req.readableEnded) return readStream(req).then((bytes) => ({ bytes, inflated: false }));
  throw new BodyUnavailableError(
    `${method} ${url}: the request body stream was already consumed and no rawBody was saved`,
  );
}

async function readStream(req: CloudFunctionRequest): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
}

function headerPairs(raw: readonly string[], body: RequestBody): [string, string][] {
  const pairs: [string, string][] = [];
  let cookie = -1;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] as string;
    const value = toByteString(raw[i + 1] as string);
    // Only names as long as the ones we look at (cookie, content-length, content-encoding) need lower-casing.
    const lower = name.length === 6 || name.length === 14 || name.length === 16 ? name.toLowerCase() : '';
    if (body.inflated && (lower === 'content-encoding' || lower === 'content-length')) continue;
    // Headers would join a second Cookie line with ", ", which breaks cookie parsing; RFC 9113 §8.2.3 says "; ".
    if (lower === 'cookie') {
      if (cookie !== -1) {
        const entry = pairs[cookie] as [string, string];
        entry[1] = `${entry[1]}; ${value}`;
        continue;
      }
      cookie = pairs.length;
    }
    pairs.push([name, value]);
  }
  if (body.inflated && body.bytes) pairs.push(['content-length', String(body.bytes.byteLength)]);
  return pairs;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
