import { MalformedInputError } from '@faasport/core';
import { createLazyRequest, decodeBase64, toByteString } from '@faasport/core/adapter';
import type { AlbEvent, ApiGatewayV1Event, ApiGatewayV2Event, MultiValueMap, StringMap } from './types.js';

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
// https://fetch.spec.whatwg.org/#concept-header: a name is a token; a value has no CR, LF or NUL.
const HEADER_NAME = METHOD_TOKEN;
const BAD_HEADER_VALUE = /[\r\n\0]/;

/** Header maps of an event, as Lambda delivers them (either may be absent). */
interface EventHeaders {
  readonly headers?: StringMap | null;
  readonly multiValueHeaders?: MultiValueMap | null;
}

/** Case-insensitive lookup of one header straight from the event, without building `Headers`. */
export interface HeaderLookup {
  get(name: string): string | null;
}

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
  return build('apigw-v1', method, headers, event, event.requestContext.domainName, path, query, event);
}

/**
 * Builds a Web `Request` from a payload 2.0 event (HTTP API, Function URL): `rawPath` and
 * `rawQueryString` as they came, `cookies[]` folded into one `cookie` header.
 *
 * @example
 * const req = fromApiGatewayV2(event) // POST https://x.lambda-url.eu-west-1.on.aws/hello?a=1&a=2
 */
export function fromApiGatewayV2(event: ApiGatewayV2Event): Request {
  const method = requireString(event.requestContext.http.method, 'apigw-v2', 'requestContext.http.method');
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
  const query = event.rawQueryString ?? '';
  return build('apigw-v2', method, headers, event, event.requestContext.domainName, path, query, event);
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
  checkHeaderMap(eventHeaders.multiValueHeaders ?? eventHeaders.headers, shape);
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

// Checked up front so an event with a bad header is a 400 whether or not the handler reads headers.
function checkHeaderMap(map: StringMap | MultiValueMap | null | undefined, shape: string): void {
  if (!map || typeof map !== 'object') return;
  for (const name of Object.keys(map)) {
    const value = map[name];
    const bad =
      !HEADER_NAME.test(name) ||
      (Array.isArray(value)
        ? value.some((v) => BAD_HEADER_VALUE.test(String(v)))
        : BAD_HEADER_VALUE.test(String(value)));
    if (bad) throw new MalformedInputError(`${shape} event: header ${JSON.stringify(name)} is not a valid HTTP header`);
  }
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

/**
 * Reads headers straight from an event's `headers` / `multiValueHeaders`, case-insensitively.
 *
 * @example
 * eventHeaderLookup(event).get('x-amzn-trace-id')
 */
export function eventHeaderLookup(event: EventHeaders): HeaderLookup {
  return {
    get(name: string): string | null {
      const multi = event.multiValueHeaders;
      const fromMulti = multi && typeof multi === 'object' ? findKey(multi, name) : undefined;
      if (fromMulti !== undefined) {
        const values = multi?.[fromMulti];
        return Array.isArray(values) && values.length > 0 ? String(values[0]) : null;
      }
      const single = event.headers;
      const key = single && typeof single === 'object' ? findKey(single, name) : undefined;
      const value = key === undefined ? undefined : single?.[key];
      return value === undefined || value === null ? null : String(value);
    },
  };
}

function findKey(map: object, lowerName: string): string | undefined {
  if (Object.hasOwn(map, lowerName)) return lowerName;
  for (const key of Object.keys(map)) {
    if (key.length === lowerName.length && key.toLowerCase() === lowerName) return key;
  }
  return undefined;
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

function toHeaders(single: StringMap | null | undefined, multi: MultiValueMap | null | undefined): Headers {
  const headers = new Headers();
  if (multi && typeof multi === 'object') {
    for (const name of Object.keys(multi)) appendAll(headers, name, multi[name]);
  } else if (single && typeof single === 'object') {
    for (const name of Object.keys(single)) {
      const value = single[name];
      if (value !== undefined && value !== null) headers.append(name, toByteString(String(value)));
    }
  }
  return headers;
}

function appendAll(headers: Headers, name: string, values: string[] | undefined): void {
  if (!Array.isArray(values)) return;
  // Several Cookie lines are one cookie list: `; ` joins them, `, ` (what append does) would not.
  if (values.length > 1 && name.toLowerCase() === 'cookie') {
    headers.append(name, toByteString(values.join('; ')));
    return;
  }
  for (const value of values) headers.append(name, toByteString(String(value)));
}

function encodeDecodedQuery(single: StringMap | null | undefined, multi: MultiValueMap | null | undefined): string {
  let out = '';
  if (multi && typeof multi === 'object') {
    for (const key of Object.keys(multi)) {
      const k = encodeURIComponent(key);
      for (const value of multi[key] ?? []) out += `${out ? '&' : ''}${k}=${encodeURIComponent(value)}`;
    }
  } else if (single && typeof single === 'object') {
    for (const key of Object.keys(single)) {
      const value = single[key];
      if (value !== undefined && value !== null)
        out += `${out ? '&' : ''}${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
    }
  }
  return out;
}

function joinRawQuery(single: StringMap | null | undefined, multi: MultiValueMap | null | undefined): string {
  let out = '';
  if (multi && typeof multi === 'object') {
    for (const key of Object.keys(multi)) {
      for (const value of multi[key] ?? []) out += `${out ? '&' : ''}${key}=${value}`;
    }
  } else if (single && typeof single === 'object') {
    for (const key of Object.keys(single)) {
      const value = single[key];
      if (value !== undefined && value !== null) out += `${out ? '&' : ''}${key}=${value}`;
    }
  }
  return out;
}
