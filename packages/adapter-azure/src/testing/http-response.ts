import type { HttpResponse, HttpResponseInit } from '@azure/functions';
import { azure } from '../azure-functions.js';
import { toSetCookieHeader } from './set-cookie.js';

const NULL_BODY = new Set([204, 205, 304]);

/**
 * Turns what an `app.http` handler returned into the Web `Response` a client would see: status,
 * headers, each cookie as its own `Set-Cookie` header (serialized as the host does), body bytes.
 *
 * @example
 * const res = await fromHttpResponse(await handler(request, context))
 */
export async function fromHttpResponse(result: HttpResponseInit | HttpResponse): Promise<Response> {
  const response = result instanceof azure.HttpResponse ? result : new azure.HttpResponse(result);
  const headers = new Headers(response.headers);
  for (const cookie of response.cookies) headers.append('set-cookie', toSetCookieHeader(cookie));
  const body = NULL_BODY.has(response.status) ? null : new Uint8Array(await response.arrayBuffer());
  return new Response(body, { status: response.status, headers });
}
