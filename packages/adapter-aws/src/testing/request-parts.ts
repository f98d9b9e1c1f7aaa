import { randomUUID } from 'node:crypto';
import { encodeBase64, fromByteString } from '@faasport/core/adapter';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The body of a request as an event carries it. */
export interface EventBody {
  readonly body: string | null;
  readonly isBase64Encoded: boolean;
}

/**
 * Reads a request body once and encodes it as the event does: text as is; base64 for what `isText`
 * rejects, compressed bodies and bytes that are not UTF-8. No body → `null`.
 *
 * @example
 * const { body, isBase64Encoded } = await readEventBody(req, (type) => type?.startsWith('text/') ?? false)
 */
export async function readEventBody(req: Request, isText: (contentType: string | null) => boolean): Promise<EventBody> {
  if (req.body === null) return { body: null, isBase64Encoded: false };
  const bytes = new Uint8Array(await req.arrayBuffer());
  if (bytes.byteLength === 0) return { body: null, isBase64Encoded: false };
  const encoding = req.headers.get('content-encoding');
  const compressed = encoding !== null && encoding.trim().toLowerCase() !== 'identity';
  if (!compressed && isText(req.headers.get('content-type'))) {
    // A JSON event cannot carry bytes that are not UTF-8 as text: those go as base64 too.
    try {
      return { body: UTF8.decode(bytes), isBase64Encoded: false };
    } catch {}
  }
  return { body: encodeBase64(bytes), isBase64Encoded: true };
}

/**
 * The request's headers as a plain object, names passed through `nameCase`, values as UTF-8
 * strings (what Lambda's JSON carries), `cookie` left out when `withoutCookie`.
 *
 * @example
 * const headers = headerObject(req.headers, (n) => n)
 */
export function headerObject(
  headers: Headers,
  nameCase: (name: string) => string,
  withoutCookie = false,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers) {
    if (withoutCookie && name === 'cookie') continue;
    out[nameCase(name)] = fromByteString(value);
  }
  return out;
}

/**
 * `Content-Type` style capitalisation, as HTTP/1.1 clients send names and REST APIs pass them on.
 *
 * @example
 * titleCase('x-forwarded-for') // 'X-Forwarded-For'
 */
export function titleCase(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());
}

/**
 * The headers every API Gateway / ALB front door adds: Host, X-Forwarded-*, X-Amzn-Trace-Id.
 *
 * @example
 * Object.assign(headers, forwardedHeaders(new URL(req.url)))
 */
export function forwardedHeaders(url: URL, host = url.host): Record<string, string> {
  const proto = url.protocol.slice(0, -1);
  return {
    host,
    'x-forwarded-for': '127.0.0.1',
    'x-forwarded-port': url.port || (proto === 'http' ? '80' : '443'),
    'x-forwarded-proto': proto,
    'x-amzn-trace-id': `Root=1-${Math.floor(Date.now() / 1000).toString(16)}-${randomUUID().replace(/-/g, '').slice(0, 24)}`,
  };
}

/**
 * API Gateway's `requestTime` / `time` format: `12/Mar/2020:19:03:58 +0000`.
 *
 * @example
 * apiGatewayTime(new Date(0)) // '01/Jan/1970:00:00:00 +0000'
 */
export function apiGatewayTime(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:${p(date.getUTCHours())}:${p(date.getUTCMinutes())}:${p(date.getUTCSeconds())} +0000`;
}

/**
 * Splits a raw query string into raw `[key, value]` pairs, encoding untouched (what ALB delivers).
 *
 * @example
 * rawQueryPairs('?a=1%2B1&a=2') // [['a', '1%2B1'], ['a', '2']]
 */
export function rawQueryPairs(search: string): [string, string][] {
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query === '') return [];
  return query.split('&').map((part) => {
    const eq = part.indexOf('=');
    return eq === -1 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
  });
}
