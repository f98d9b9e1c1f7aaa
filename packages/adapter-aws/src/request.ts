import { MalformedInputError } from '@faasport/core';
import { createLazyRequest, decodeBase64, toByteString } from '@faasport/core/adapter';
import { checkHeaderMap, type EventHeaders, eventHeaderLookup, toHeaders } from './event-headers.js';
import type { AlbEvent, ApiGatewayV1Event, ApiGatewayV2Event, MultiValueMap, StringMap } from './types.js';

export { eventHeaderLookup, type HeaderLookup } from './event-headers.js';

const NO_BODY_METHODS = new Set(['GET', 'HEAD']);
// A Host header is client-controlled behind ALB: anything but a host[:port] could rewrite the URL.
const VALID_HOST = /^(?:[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
const PLAIN_HTTP = /^\s*http\s*(?:,|$)/i;
const HAS_PATH_DELIMITER = /[?#]/;
const PATH_DELIMITERS = /[?#]/g;
const DELIMITER_ESCAPES: Record<string, string> = { '?': '%3F', '#': '%23' };
// https://fetch.spec.whatwg.org/#concept-method: token, forbidden methods, and the six that get upper-cased.
const METHOD_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);
const NORMALIZED_METHODS = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

/**
 * Builds a Web `Request` from an API Gateway REST (payload 1.0) event: `path` (stage excluded),
 * the decoded multi-value query re-encoded, every repeated header.
 *
 * @example
 * const req = fromApiGatewayV1(event) // GET https://abc.execute-api.eu-west-1.amazonaws.com/users?id=1
 */
export function fromApiGatewayV1(event: ApiGatewayV1Event): Request {
  const method = requireString(event.httpMethod, 'apigw-v1', 'httpMethod');
  const headers = () => toHeaders(event.headers, event.multiValueHeaders);
  const query = encodeDecodedQuery(event.queryStringParameters, event.multiValueQueryStringParameters);
  const path = requireString(event.path, 'apigw-v1', 'path');
  return build('apigw-v1', method, headers, event, domainOf(event.requestContext), path, query, event);
}

/**
 * Builds a Web `Request` from a payload 2.0 event (HTTP API, Function URL): `rawPath` and
 * `rawQueryString` as they came, `cookies[]` folded into one `cookie` header.
 *
 * @example
 * const req = fromApiGatewayV2(event) // POST https://x.lambda-url.eu-west-1.on.aws/hello?a=1&a=2
 */
export function fromApiGatewayV2(event: ApiGatewayV2Event): Request {
  const method = requireString(event.requestContext?.http?.method, 'apigw-v2', 'requestContext.http.method');
  const headers = () => {
    const built = toHeaders(event.headers, undefined);
    const cookies = event.cookies;
    if (Array.isArray(cookies) && cookies.length > 0) {
      const joined = toByteString(cookies.join('; '));
      const existing = built.get('cookie');
      built.set('cookie', existing ? `${existing}; ${joined}` : joined);
    }
    return built;
  };
  const path = requireString(event.rawPath, 'apigw-v2', 'rawPath');
  const query = optionalString(event.rawQueryString, 'apigw-v2', 'rawQueryString');
  checkCookies(event.cookies);
  return build('apigw-v2', method, headers, event, domainOf(event.requestContext), path, query, event);
}

/**
 * Builds a Web `Request` from an ALB event, single- or multi-value mode. Query values arrive
 * percent-encoded and are kept exactly as they came (never decoded twice).
 *
 * @example
 * const req = fromAlb(event) // GET https://my-alb.elb.amazonaws.com/?q=a%2Bb
 */
export function fromAlb(event: AlbEvent): Request {
  const method = requireString(event.httpMethod, 'alb', 'httpMethod');
  const headers = () => toHeaders(event.headers, event.multiValueHeaders);
  const query = joinRawQuery(event.queryStringParameters, event.multiValueQueryStringParameters);
  const path = requireString(event.path, 'alb', 'path');
  return build('alb', method, headers, event, undefined, path, query, event);
}

// A mutated or hand-written event may lack requestContext or carry a non-string domainName.
function domainOf(requestContext: { domainName?: unknown } | undefined): string | undefined {
  const domain = requestContext?.domainName;
  return typeof domain === 'string' ? domain : undefined;
}

function optionalString(value: unknown, shape: string, field: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  throw new MalformedInputError(`${shape} event: ${field} must be a string, got ${typeof value}`);
}

function checkCookies(cookies: unknown): void {
  if (cookies === undefined || cookies === null) return;
  if (!Array.isArray(cookies) || cookies.some((c) => typeof c !== 'string')) {
    throw new MalformedInputError('apigw-v2 event: cookies must be an array of strings');
  }
}

function requireString(value: unknown, shape: string, field: string): string {
  if (typeof value === 'string' && value !== '') return value;
  throw new MalformedInputError(`${shape} event: ${field} must be a non-empty string, got ${JSON.stringify(value)}`);
}

// The Request is lazy: method, URL and body are checked here (bad input → 400 before the handler
// runs), the WHATWG Headers are built only if the handler reads them.
function build(
  shape: string,
  rawMethod: string,
  headers: () => Headers,
  eventHeaders: EventHeaders,
  domainName: string | undefined,
  path: string,
  query: string,
  event: { body?: string | null; isBase64Encoded?: boolean },
): Request {
  const method = normalizeMethod(rawMethod, shape);
  // The map toHeaders will read: multi-value when it is an object, else the single-value one.
  const multi = eventHeaders.multiValueHeaders;
  checkHeaderMap(multi && typeof multi === 'object' ? multi : eventHeaders.headers, shape);
  const lookup = eventHeaderLookup(eventHeaders);
  const host = lookup.get('host') ?? domainName ?? 'localhost';
  if (!VALID_HOST.test(host)) {
    throw new MalformedInputError(`${shape} event: invalid host ${JSON.stringify(host)} (Host header or domainName)`);
  }
  const scheme = PLAIN_HTTP.test(lookup.get('x-forwarded-proto') ?? '') ? 'http' : 'https';
  const safePath = path.charCodeAt(0) === 47 ? path : `/${path}`;
  // A decoded `?` or `#` in the path must not start the query or fragment.
  const escaped = HAS_PATH_DELIMITER.test(safePath) ? safePath.replace(PATH_DELIMITERS, escapeDelimiter) : safePath;
  const raw = query ? `${scheme}://${host}${escaped}?${query}` : `${scheme}://${host}${escaped}`;
  let url: string;
  try {
    // Normalized exactly as `new Request(url)` would (spaces and non-ASCII percent-encoded).
    url = new URL(raw).href;
  } catch (error) {
    throw new MalformedInputError(`${shape} event: cannot build a request URL from ${JSON.stringify(raw)}`, {
      cause: error,
    });
  }
  return createLazyRequest({ method, url, headers: () => checkedHeaders(headers), body: bodyOf(event, method) });
}

function normalizeMethod(method: string, shape: string): string {
  if (!METHOD_TOKEN.test(method) || FORBIDDEN_METHODS.has(method.toUpperCase())) {
    throw new MalformedInputError(`${shape} event: ${JSON.stringify(method)} is not a method a Request can carry`);
  }
  const upper = method.toUpperCase();
  return NORMALIZED_METHODS.has(upper) ? upper : method;
}

function checkedHeaders(build: () => Headers): Headers {
  try {
    return build();
  } catch (error) {
    throw new MalformedInputError(`event headers are not valid HTTP headers: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

function escapeDelimiter(char: string): string {
  return DELIMITER_ESCAPES[char] ?? char;
}

// Decoded even for GET/HEAD: a body flagged base64 that is not base64 is malformed input (400),
// never silently ignored.
function bodyOf(
  event: { body?: string | null; isBase64Encoded?: boolean },
  method: string,
): Uint8Array | string | null {
  const body = event.body;
  if (typeof body !== 'string' || body === '') return null;
  const decoded = event.isBase64Encoded ? decodeBase64(body, `${method} request body`) : body;
  return NO_BODY_METHODS.has(method) ? null : decoded;
}

function encodeDecodedQuery(single: StringMap | null | undefined, multi: MultiValueMap | null | undefined): string {
  let out = '';
  if (multi && typeof multi === 'object') {
    for (const key of Object.keys(multi)) {
      const k = encodeQueryPart(key, key);
      for (const value of queryValues(multi[key], key)) out += `${out ? '&' : ''}${k}=${encodeQueryPart(value, key)}`;
    }
  } else if (single && typeof single === 'object') {
    for (const key of Object.keys(single)) {
      const value = single[key];
      if (value !== undefined && value !== null)
        out += `${out ? '&' : ''}${encodeQueryPart(key, key)}=${encodeQueryPart(value, key)}`;
    }
  }
  return out;
}

function joinRawQuery(single: StringMap | null | undefined, multi: MultiValueMap | null | undefined): string {
  let out = '';
  if (multi && typeof multi === 'object') {
    for (const key of Object.keys(multi)) {
      for (const value of queryValues(multi[key], key)) out += `${out ? '&' : ''}${key}=${queryString(value, key)}`;
    }
  } else if (single && typeof single === 'object') {
    for (const key of Object.keys(single)) {
      const value = single[key];
      if (value !== undefined && value !== null) out += `${out ? '&' : ''}${key}=${queryString(value, key)}`;
    }
  }
  return out;
}

function queryValues(values: unknown, key: string): readonly unknown[] {
  if (values === undefined || values === null) return [];
  if (Array.isArray(values)) return values;
  throw new MalformedInputError(`query parameter ${JSON.stringify(key)}: multi-value entry is not an array`);
}

function queryString(value: unknown, key: string): string {
  if (typeof value === 'string') return value;
  throw new MalformedInputError(`query parameter ${JSON.stringify(key)}: value is ${typeof value}, expected a string`);
}

// Decoded values may hold lone surrogates, which encodeURIComponent refuses (URIError).
function encodeQueryPart(value: unknown, key: string): string {
  try {
    return encodeURIComponent(queryString(value, key));
  } catch (cause) {
    if (cause instanceof MalformedInputError) throw cause;
    throw new MalformedInputError(`query parameter ${JSON.stringify(key)} is not valid Unicode`, { cause });
  }
}
