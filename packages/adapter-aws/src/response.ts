import type { Logger } from '@faasport/core';
import {
  encodeBase64,
  fromByteString,
  isBinaryContent,
  readStreamBytes,
  takeResponseParts,
} from '@faasport/core/adapter';
import { reasonPhrase } from './status-text.js';
import type { AlbResult, ApiGatewayV1Result, ApiGatewayV2Result, StreamingPrelude } from './types.js';

/** Options of the result converters. */
export interface ResultOptions {
  /** The request method: a `HEAD` answer carries no body. */
  readonly method?: string;
}

/** Options of `toAlbResult`. */
export interface AlbResultOptions extends ResultOptions {
  /** Answer in multi-value mode; must mirror the mode the ALB called in. */
  readonly multiValue: boolean;
  /** Where to warn about Set-Cookie headers single-value mode cannot carry. */
  readonly log?: Pick<Logger, 'warn'>;
}

interface EncodedBody {
  body: string;
  isBase64Encoded: boolean;
}

interface SplitHeaders {
  single: Record<string, string>;
  cookies: string[];
}

// fatal: a "text" body that is not valid UTF-8 (say latin1) goes as base64 instead of being mangled.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Converts a Web `Response` to an API Gateway REST (payload 1.0) result; several `Set-Cookie`
 * go to `multiValueHeaders['set-cookie']`.
 *
 * @example
 * const result = await toApiGatewayV1Result(new Response('hi'))
 */
export async function toApiGatewayV1Result(res: Response, options: ResultOptions = {}): Promise<ApiGatewayV1Result> {
  const pending = resultParts(res, options.method);
  const { single, cookies, body, isBase64Encoded } = pending instanceof Promise ? await pending : pending;
  const result: ApiGatewayV1Result = { statusCode: res.status, headers: single, body, isBase64Encoded };
  if (cookies.length > 0) result.multiValueHeaders = { 'set-cookie': cookies };
  return result;
}

/**
 * Converts a Web `Response` to a payload 2.0 result (HTTP API, Function URL); `Set-Cookie` go to `cookies[]`.
 *
 * @example
 * const result = await toApiGatewayV2Result(Response.json({ ok: true }))
 */
export async function toApiGatewayV2Result(res: Response, options: ResultOptions = {}): Promise<ApiGatewayV2Result> {
  const pending = resultParts(res, options.method);
  const { single, cookies, body, isBase64Encoded } = pending instanceof Promise ? await pending : pending;
  const result: ApiGatewayV2Result = { statusCode: res.status, headers: single, body, isBase64Encoded };
  if (cookies.length > 0) result.cookies = cookies;
  return result;
}

/**
 * Converts a Web `Response` to an ALB result in the header mode the ALB called in, with `statusDescription`.
 * Single-value mode carries one `Set-Cookie` only: the first is kept and the loss is logged.
 *
 * @example
 * const result = await toAlbResult(res, { multiValue: isAlbMultiValueEvent(event) })
 */
export async function toAlbResult(res: Response, options: AlbResultOptions): Promise<AlbResult> {
  const pending = resultParts(res, options.method);
  const { single, cookies, body, isBase64Encoded } = pending instanceof Promise ? await pending : pending;
  const statusDescription = `${res.status} ${res.statusText || reasonPhrase(res.status)}`;
  const result: AlbResult = { statusCode: res.status, statusDescription, body, isBase64Encoded };
  if (options.multiValue) {
    const multi: Record<string, string[]> = {};
    for (const name of Object.keys(single)) multi[name] = [single[name] as string];
    if (cookies.length > 0) multi['set-cookie'] = cookies;
    result.multiValueHeaders = multi;
    return result;
  }
  if (cookies.length > 0) single['set-cookie'] = cookies[0] as string;
  if (cookies.length > 1) {
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#multi-value-headers
    options.log?.warn('ALB single-value mode carries one Set-Cookie header: the others were dropped', {
      dropped: cookies.length - 1,
      fix: 'enable multi-value headers on the target group (lambda.multi_value_headers.enabled)',
    });
  }
  result.headers = single;
  return result;
}

/**
 * The metadata a streamed response sends before its body: status, headers without `Set-Cookie`, cookies.
 *
 * @example
 * awslambda.HttpResponseStream.from(stream, toStreamingPrelude(res))
 */
export function toStreamingPrelude(res: Response): StreamingPrelude {
  const { single, cookies } = splitHeaders(res.headers);
  return { statusCode: res.status, headers: single, cookies };
}

/**
 * Whether a response to this method carries no body (204, 304, HEAD).
 *
 * @example
 * if (hasNoBody(res, 'HEAD')) stream.end()
 */
export function hasNoBody(res: Response, method: string | undefined): boolean {
  return res.body === null || isBodyless(res.status, method);
}

function ignore(): void {}

// A response built from a string or bytes (core's fast Response) is read without streams.
type ResultParts = SplitHeaders & EncodedBody;

// A response built from a string or bytes (core's fast Response) is read without streams, and
// without a promise: only the stream path is asynchronous.
function resultParts(res: Response, method: string | undefined): ResultParts | Promise<ResultParts> {
  const parts = takeResponseParts(res);
  if (!parts) return slowParts(res, method);
  const out = splitHeaders(parts.headers);
  if (parts.body === null || isBodyless(parts.status, method)) return out;
  const encoded = encodeBytes(parts.body, isBinaryContent(out.single['content-type'], out.single['content-encoding']));
  out.body = encoded.body;
  out.isBase64Encoded = encoded.isBase64Encoded;
  return out;
}

async function slowParts(res: Response, method: string | undefined): Promise<ResultParts> {
  const out = splitHeaders(res.headers);
  const encoded = await encodeBody(res, method);
  out.body = encoded.body;
  out.isBase64Encoded = encoded.isBase64Encoded;
  return out;
}

function isBodyless(status: number, method: string | undefined): boolean {
  return status === 204 || status === 304 || method === 'HEAD';
}

function encodeBytes(body: string | Uint8Array, binary: boolean): EncodedBody {
  if (body.length === 0) return { body: '', isBase64Encoded: false };
  if (typeof body === 'string') {
    if (!binary) return { body: body.toWellFormed(), isBase64Encoded: false };
    return { body: Buffer.from(body, 'utf8').toString('base64'), isBase64Encoded: true };
  }
  if (!binary) {
    try {
      return { body: UTF8.decode(body), isBase64Encoded: false };
    } catch {
      // Not UTF-8 after all: send the exact bytes.
    }
  }
  return { body: encodeBase64(body), isBase64Encoded: true };
}

// Returns the whole result shape at once (body filled in later): one hidden class, no spreads.
function splitHeaders(headers: Iterable<[string, string]>): ResultParts {
  const single: Record<string, string> = {};
  const cookies: string[] = [];
  // Iteration yields every Set-Cookie on its own, never comma-joined (Expires has a comma):
  // https://fetch.spec.whatwg.org/#concept-header-list-sort-and-combine
  for (const [name, value] of headers) {
    if (name === 'set-cookie') cookies.push(fromByteString(value));
    else single[name] = fromByteString(value);
  }
  return { single, cookies, body: '', isBase64Encoded: false };
}

async function encodeBody(res: Response, method: string | undefined): Promise<EncodedBody> {
  if (hasNoBody(res, method)) {
    await res.body?.cancel().catch(ignore);
    return { body: '', isBase64Encoded: false };
  }
  const bytes = await readStreamBytes(res.body as ReadableStream<Uint8Array>);
  return encodeBytes(bytes, isBinaryContent(res.headers.get('content-type'), res.headers.get('content-encoding')));
}
