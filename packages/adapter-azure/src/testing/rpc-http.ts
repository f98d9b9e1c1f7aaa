import { randomBytes, randomUUID } from 'node:crypto';
import type { Cookie } from '@azure/functions';
import type { RouteParams } from './route.js';
import { toSetCookieHeader } from './set-cookie.js';

type Nullable<T> = { value?: T } | null | undefined;

/** The host's `RpcHttpCookie` as the library builds it (`toRpcHttpCookie`). */
export interface RpcHttpCookie {
  name: string;
  value: string;
  domain?: Nullable<string>;
  path?: Nullable<string>;
  expires?: Nullable<{ seconds?: number }>;
  secure?: Nullable<boolean>;
  httpOnly?: Nullable<boolean>;
  sameSite?: 'none' | 'lax' | 'strict' | 'explicitNone';
  maxAge?: Nullable<number>;
}

/** The `http` typed data of the host's invocation response (`toRpcHttp`). */
export interface RpcHttpResponse {
  statusCode?: string;
  headers?: Record<string, string>;
  cookies?: RpcHttpCookie[];
  body?: { bytes?: Uint8Array; string?: string } | null;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-[0-9a-f]{16}-([0-9a-f]{2})$/;
const NULL_BODY = new Set([204, 205, 304]);
const SAME_SITE = { lax: 'Lax', strict: 'Strict', explicitNone: 'None', none: undefined } as const;

/**
 * The invocation request the host sends for an HTTP trigger, with the capabilities the Node worker
 * announces (`RawHttpBodyBytes`, `UseNullableValueDictionaryForHttp`, `IgnoreEmptyValuedRpcHttpHeaders`):
 * body as bytes, headers/query/params as nullable maps (repeated headers comma-joined, empty ones
 * left out), and a trace context continuing the caller's `traceparent` with a new span.
 *
 * @example
 * const rpc = await toRpcInvocationRequest(new Request('http://localhost/api/x'), 'req', {})
 */
export async function toRpcInvocationRequest(req: Request, bindingName: string, params: RouteParams) {
  const bytes = req.body === null ? undefined : new Uint8Array(await req.arrayBuffer());
  const http = {
    method: req.method,
    url: req.url,
    nullableHeaders: toNullableMap(req.headers, ', '),
    nullableQuery: toNullableMap(new URL(req.url).searchParams, ','),
    nullableParams: toNullableMap(Object.entries(params), ','),
    ...(bytes && bytes.byteLength > 0 && { body: { bytes } }),
  };
  const invocationId = randomUUID();
  return {
    invocationId,
    functionId: randomUUID(),
    inputData: [{ name: bindingName, data: { http } }],
    triggerMetadata: {},
    traceContext: hostTraceContext(req.headers),
  };
}

function toNullableMap(entries: Iterable<[string, string]>, joiner: string): Record<string, { value: string }> {
  const out: Record<string, { value: string }> = {};
  for (const [key, value] of entries) {
    if (value === '') continue;
    const prior = out[key];
    out[key] = { value: prior ? `${prior.value}${joiner}${value}` : value };
  }
  return out;
}

function hostTraceContext(headers: Headers): { traceParent: string; traceState?: string; attributes: object } {
  const incoming = TRACEPARENT.exec(headers.get('traceparent') ?? '');
  const traceId = incoming?.[1] ?? randomBytes(16).toString('hex');
  const traceParent = `00-${traceId}-${randomBytes(8).toString('hex')}-${incoming?.[2] ?? '01'}`;
  const traceState = headers.get('tracestate');
  return traceState ? { traceParent, traceState, attributes: {} } : { traceParent, attributes: {} };
}

/**
 * What a client receives for the host's RPC HTTP response: the flattened header map, one
 * `Set-Cookie` per cookie (the host serializes `cookies`), and the body bytes.
 *
 * @example
 * const res = fromRpcHttpResponse({ statusCode: '200', headers: { a: '1' }, body: { string: 'hi' } })
 */
export function fromRpcHttpResponse(http: RpcHttpResponse): Response {
  const status = Number(http.statusCode ?? '200');
  const headers = new Headers(http.headers);
  for (const cookie of http.cookies ?? []) headers.append('set-cookie', toSetCookieHeader(fromRpcCookie(cookie)));
  const bytes = http.body?.bytes;
  const body = NULL_BODY.has(status) ? null : bytes ? new Uint8Array(bytes) : (http.body?.string ?? null);
  return new Response(body, { status, headers });
}

function fromRpcCookie(rpc: RpcHttpCookie): Cookie {
  const cookie: Cookie = { name: rpc.name, value: rpc.value };
  if (rpc.domain?.value !== undefined) cookie.domain = rpc.domain.value;
  if (rpc.path?.value !== undefined) cookie.path = rpc.path.value;
  if (rpc.expires?.value?.seconds !== undefined) cookie.expires = new Date(rpc.expires.value.seconds * 1000);
  if (rpc.maxAge?.value !== undefined) cookie.maxAge = rpc.maxAge.value;
  if (rpc.secure?.value) cookie.secure = true;
  if (rpc.httpOnly?.value) cookie.httpOnly = true;
  const sameSite = rpc.sameSite ? SAME_SITE[rpc.sameSite] : undefined;
  if (sameSite) cookie.sameSite = sameSite;
  return cookie;
}
