import type { HttpRequest } from '@azure/functions';
import { createLazyRequest, installFastResponse, readStreamBytes } from '@faasport/core/adapter';
import type { ConvertOptions } from './types.js';

type StreamingRequestInit = RequestInit & { duplex: 'half' };

/**
 * Turns the library's `HttpRequest` into a Web `Request`: the URL exactly as the host received it
 * (raw query string: repeated keys and encoding kept, unlike `request.query`, which the host sends
 * as a map), the method, every header and the body bytes. The library has already validated method
 * and URL (it wraps a real `Request`), so the result is lazy: its `Headers` are copied only on access.
 * With streaming on, the body stream passes through unread. Synchronous when there is no body to read.
 *
 * @example
 * const req = await fromHttpRequest(request) // in an app.http handler
 */
export function fromHttpRequest(request: HttpRequest, options?: ConvertOptions): Request | Promise<Request> {
  // Idempotent; here because the HTTP handler (handler.ts) is the only caller, on every invocation.
  installFastResponse();
  const { method, url } = request;
  // The library types its body as node:stream/web's ReadableStream; at run time it is the same class.
  const body = request.body as ReadableStream<Uint8Array> | null;
  if (body === null || method === 'GET' || method === 'HEAD') return lazyRequest(request, null);
  if (options?.stream) {
    const init: StreamingRequestInit = { method, headers: request.headers, body, duplex: 'half' };
    return new Request(url, init);
  }
  return readStreamBytes(body).then((bytes) => lazyRequest(request, bytes.byteLength === 0 ? null : bytes));
}

function lazyRequest(request: HttpRequest, body: Uint8Array | null): Request {
  const source = request.headers;
  return createLazyRequest({ method: request.method, url: request.url, headers: () => new Headers(source), body });
}
