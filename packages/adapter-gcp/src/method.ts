import { MalformedInputError } from '@faasport/core';

// https://fetch.spec.whatwg.org/#concept-method: a token, not a forbidden method; six are upper-cased.
const METHOD_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const FORBIDDEN = new Set(['CONNECT', 'TRACE', 'TRACK']);
const NORMALIZED = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
// What Node's parser hands over for nearly every request: already normalized, nothing to check.
const COMMON = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

/**
 * The method as `new Request()` would keep it (the six standard ones upper-cased), checked up front
 * because the Web Request is built lazily; throws `MalformedInputError` for one it would refuse.
 *
 * @example
 * requestMethod('get', 'http://h/') // 'GET'
 */
export function requestMethod(method: string, url: string): string {
  if (COMMON.has(method)) return method;
  const upper = method.toUpperCase();
  if (!METHOD_TOKEN.test(method) || FORBIDDEN.has(upper)) {
    throw new MalformedInputError(
      `cannot represent ${method} ${url} as a Web Request: ${JSON.stringify(method)} is not a method a Request can carry`,
    );
  }
  return NORMALIZED.has(upper) ? upper : method;
}
