import type { HttpRequest } from '@azure/functions';
import { azure } from '../azure-functions.js';

/**
 * Builds the library's real `HttpRequest` from a Web `Request`, as the worker would from the host's
 * data: headers as one string each (repeated ones comma-joined, as the host sends them), the query
 * as a map, the body as bytes.
 *
 * @example
 * const request = await toHttpRequest(new Request('http://localhost/api/hello?x=1'))
 */
export async function toHttpRequest(req: Request, params: Record<string, string> = {}): Promise<HttpRequest> {
  const bytes = req.body === null ? undefined : new Uint8Array(await req.arrayBuffer());
  return new azure.HttpRequest({
    method: req.method,
    url: req.url,
    headers: toHeaderRecord(req.headers),
    query: toQueryRecord(new URL(req.url).searchParams),
    params,
    ...(bytes && bytes.byteLength > 0 && { body: { bytes } }),
  });
}

/**
 * Headers as the host's RPC map carries them: one string per name (a Set-Cookie list comma-joined too).
 *
 * @example
 * toHeaderRecord(new Headers([['a', '1'], ['a', '2']])) // { a: '1, 2' }
 */
export function toHeaderRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of headers) out[key] = key in out ? `${out[key]}, ${value}` : value;
  return out;
}

/**
 * The query as the host's RPC map carries it: repeated keys comma-joined (lossy; adapters read the URL).
 *
 * @example
 * toQueryRecord(new URLSearchParams('a=1&a=2')) // { a: '1,2' }
 */
export function toQueryRecord(query: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of query) out[key] = key in out ? `${out[key]},${value}` : value;
  return out;
}
