import type { Cookie, HttpResponseBodyInit, HttpResponseInit } from '@azure/functions';
import type { Logger } from '@faasport/core';
import { type ResponseParts, takeResponseParts } from '@faasport/core/adapter';
import { parseSetCookie } from './cookie.js';
import type { ConvertOptions } from './types.js';

// Statuses that cannot carry a body (the library's own HttpResponse would throw on one).
const NULL_BODY = new Set([204, 205, 304]);
const encoder = new TextEncoder();

/** Options of `toHttpResponseInit`. */
export interface ResponseOptions extends ConvertOptions {
  /** Where to report Set-Cookie attributes Azure cannot carry (e.g. `Partitioned`). */
  readonly log?: Pick<Logger, 'warn'>;
}

/**
 * Turns a Web `Response` into the `HttpResponseInit` an `app.http` handler returns. Every
 * `Set-Cookie` goes into `cookies` (and none stays in `headers`): the worker flattens `headers` into
 * a plain object before it reaches the host, so a second `Set-Cookie` header would be lost
 * (https://github.com/Azure/azure-functions-nodejs-library/blob/v4.x/src/converters/toRpcHttp.ts,
 * https://github.com/Azure/azure-functions-host/issues/2737). The body is read into exact bytes,
 * or passed through as a stream when HTTP streaming is on. A response built from a string or bytes
 * (core's fast Response) is converted synchronously, without streams; failures still come as a rejection.
 *
 * @example
 * return toHttpResponseInit(Response.json({ ok: true }))
 */
export function toHttpResponseInit(
  response: Response,
  options?: ResponseOptions,
): HttpResponseInit | Promise<HttpResponseInit> {
  const parts = takeResponseParts(response);
  if (!parts) return fromStreamedResponse(response, options);
  try {
    return fromParts(parts, options);
  } catch (error) {
    return Promise.reject(error);
  }
}

function fromParts(parts: ResponseParts, options: ResponseOptions | undefined): HttpResponseInit {
  const headers: Record<string, string> = {};
  let setCookies: string[] | undefined;
  for (const [key, value] of parts.headers) {
    if (key !== 'set-cookie') headers[key] = value;
    else if (setCookies) setCookies.push(value);
    else setCookies = [value];
  }
  const init: HttpResponseInit = { status: parts.status, headers };
  if (setCookies) init.cookies = toCookies(setCookies, options?.log);
  const body = parts.body;
  if (body === null || NULL_BODY.has(parts.status)) return init;
  // Fresh bytes, as arrayBuffer() gave: the handler's own array is never handed to the host.
  init.body = typeof body === 'string' ? encoder.encode(body) : new Uint8Array(body);
  return init;
}

async function fromStreamedResponse(response: Response, options?: ResponseOptions): Promise<HttpResponseInit> {
  const headers: Record<string, string> = {};
  for (const [key, value] of response.headers) {
    if (key !== 'set-cookie') headers[key] = value;
  }
  const init: HttpResponseInit = { status: response.status, headers };
  if (response.headers.has('set-cookie')) init.cookies = toCookies(response.headers.getSetCookie(), options?.log);
  const body = response.body;
  if (body === null) return init;
  if (NULL_BODY.has(response.status)) {
    await body.cancel();
    return init;
  }
  // The library types streams as node:stream/web's ReadableStream; at run time it is the global one.
  init.body = options?.stream ? (body as HttpResponseBodyInit) : new Uint8Array(await response.arrayBuffer());
  return init;
}

function toCookies(headers: string[], log: Pick<Logger, 'warn'> | undefined): Cookie[] {
  const cookies: Cookie[] = [];
  for (const header of headers) {
    const { cookie, unsupported } = parseSetCookie(header);
    if (unsupported.length > 0) {
      log?.warn('Set-Cookie attributes dropped: Azure Functions cannot carry them', {
        cookie: cookie.name,
        attributes: unsupported,
      });
    }
    cookies.push(cookie);
  }
  return cookies;
}
