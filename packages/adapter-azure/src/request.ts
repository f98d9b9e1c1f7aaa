import type { HttpRequest } from '@azure/functions';
import type { ConvertOptions } from './types.js';

type StreamingRequestInit = RequestInit & { duplex: 'half' };

/**
 * Turns the library's `HttpRequest` into a Web `Request`: the URL exactly as the host received it
 * (raw query string: repeated keys and encoding kept, unlike `request.query`, which the host sends
 * as a map), the method, every header and the body bytes. With streaming on, the body stream
 * passes through unread.
 *
 * @example
 * const req = await fromHttpRequest(request) // in an app.http handler
 */
export async function fromHttpRequest(request: HttpRequest, options?: ConvertOptions): Promise<Request> {
  const { method, url, headers } = request;
  // The library types its body as node:stream/web's ReadableStream; at run time it is the same class.
  const body = request.body as ReadableStream<Uint8Array> | null;
  if (body === null || method === 'GET' || method === 'HEAD') return new Request(url, { method, headers });
  if (options?.stream) {
    const init: StreamingRequestInit = { method, headers, body, duplex: 'half' };
    return new Request(url, init);
  }
  const bytes = await request.arrayBuffer();
  return new Request(url, { method, headers, body: bytes.byteLength === 0 ? null : bytes });
}
