// Checks a Response against a scenario's expectation and lists every mismatch (an empty list
// means it met it). Returning mismatches instead of throwing lets a declared limitation be checked
// both ways: the limited expectation holds AND the full one does not.
import { canonicalSetCookies, diffBytes, type Echo, headerItems, sameHeaderItems, sha256, toBytes } from './helpers.js';

/** What the client must see. Everything left out is not checked. */
export interface HttpExpectation {
  readonly status: number;
  /** Response headers: the value compared as a multiset of comma-separated items; `null` = absent. */
  readonly headers?: Readonly<Record<string, string | null>>;
  /** Every `Set-Cookie` value, compared as a multiset of canonical cookies. */
  readonly setCookies?: readonly string[];
  /** The body, byte-exact (strings as UTF-8); `''` means no body. */
  readonly body?: string | Uint8Array;
  /** The body's length and SHA-256, for bodies too large to print in a failure. */
  readonly bodyDigest?: { readonly length: number; readonly sha256: string };
  /** Strings the body must not contain (an error's message, a stack frame). */
  readonly bodyExcludes?: readonly string[];
  /** The body parsed as JSON, deep-equal. */
  readonly json?: unknown;
  /** The body is an `Echo`: the request as the handler saw it. */
  readonly echo?: EchoExpectation;
}

/** The request as the handler must have seen it. */
export interface EchoExpectation {
  readonly method: string;
  /** `URL.pathname`, raw (encoding kept). */
  readonly path?: string;
  /** `URL.search`, raw (encoding and order kept); `''` for none. */
  readonly search?: string;
  /** Decoded query pairs in order, as `URLSearchParams` gives them. */
  readonly params?: readonly (readonly [string, string])[];
  /** Request headers (lower-case names): value compared as a multiset of items; `null` = absent. */
  readonly headers?: Readonly<Record<string, string | null>>;
  /** The request body, byte-exact; `''` for none. */
  readonly body?: string | Uint8Array;
}

/** The response as read once: status, headers, all body bytes. */
export interface ReceivedResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Uint8Array;
}

/**
 * Reads a Response completely (status, headers, every body byte).
 *
 * @example
 * const received = await receive(await transport.fetch(req))
 */
export async function receive(res: Response): Promise<ReceivedResponse> {
  return { status: res.status, headers: res.headers, body: new Uint8Array(await res.arrayBuffer()) };
}

/**
 * Every way `res` misses `want`; `provider` is what the echo's `ctx.provider` must be.
 *
 * @example
 * expect(verify(received, scenario.expect, 'aws')).toEqual([])
 */
export function verify(res: ReceivedResponse, want: HttpExpectation, provider: string): string[] {
  const out: string[] = [];
  if (res.status !== want.status) out.push(`status ${res.status}, want ${want.status}`);
  checkHeaders('response header', res.headers, want.headers, out);
  if (want.setCookies) {
    const got = canonicalSetCookies(res.headers.getSetCookie());
    const exp = canonicalSetCookies(want.setCookies);
    if (JSON.stringify(got) !== JSON.stringify(exp)) {
      out.push(`Set-Cookie ${JSON.stringify(res.headers.getSetCookie())}, want ${JSON.stringify(want.setCookies)}`);
    }
  }
  if (want.body !== undefined) {
    const diff = diffBytes(res.body, toBytes(want.body));
    if (diff) out.push(`body: ${diff}${res.body.length < 200 ? ` (got ${JSON.stringify(text(res.body))})` : ''}`);
  }
  if (want.bodyDigest) {
    const got = { length: res.body.length, sha256: sha256(res.body) };
    if (got.length !== want.bodyDigest.length || got.sha256 !== want.bodyDigest.sha256) {
      out.push(`body digest ${JSON.stringify(got)}, want ${JSON.stringify(want.bodyDigest)}`);
    }
  }
  for (const s of want.bodyExcludes ?? []) {
    if (text(res.body).includes(s)) out.push(`body contains ${JSON.stringify(s)}`);
  }
  if (want.json !== undefined) checkJson(res.body, want.json, out);
  if (want.echo) checkEcho(res.body, want.echo, provider, out);
  return out;
}

function text(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

function checkHeaders(
  what: string,
  headers: Headers | Record<string, string>,
  want: Readonly<Record<string, string | null>> | undefined,
  out: string[],
): void {
  for (const [name, value] of Object.entries(want ?? {})) {
    const got = headers instanceof Headers ? headers.get(name) : (headers[name] ?? null);
    if (value === null) {
      if (got !== null) out.push(`${what} ${name}: ${JSON.stringify(got)}, want absent`);
    } else if (got === null || !sameHeaderItems(got, value)) {
      out.push(`${what} ${name}: ${JSON.stringify(got)}, want ${JSON.stringify(value)} (items ${headerItems(value)})`);
    }
  }
}

function parseJson(body: Uint8Array, out: string[]): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text(body)) };
  } catch {
    out.push(`body is not JSON: ${JSON.stringify(text(body).slice(0, 200))}`);
    return { ok: false };
  }
}

function checkJson(body: Uint8Array, want: unknown, out: string[]): void {
  const parsed = parseJson(body, out);
  if (parsed.ok && JSON.stringify(parsed.value) !== JSON.stringify(want)) {
    out.push(`JSON ${JSON.stringify(parsed.value)}, want ${JSON.stringify(want)}`);
  }
}

function checkEcho(body: Uint8Array, want: EchoExpectation, provider: string, out: string[]): void {
  const parsed = parseJson(body, out);
  if (!parsed.ok) return;
  const echo = parsed.value as Echo;
  if (echo.provider !== provider) out.push(`ctx.provider ${JSON.stringify(echo.provider)}, want ${provider}`);
  if (!echo.hasRaw) out.push('ctx.raw is missing');
  if (typeof echo.invocationId !== 'string' || echo.invocationId === '') out.push('ctx.invocationId is empty');
  if (echo.method !== want.method) out.push(`method ${echo.method}, want ${want.method}`);
  checkUrl(echo.url, want, out);
  checkHeaders('request header', echo.headers, want.headers, out);
  if (want.body !== undefined) {
    const diff = diffBytes(Buffer.from(echo.body, 'base64'), toBytes(want.body));
    if (diff) out.push(`request body: ${diff}`);
  }
}

function checkUrl(raw: string, want: EchoExpectation, out: string[]): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    out.push(`request URL is not absolute: ${JSON.stringify(raw)}`);
    return;
  }
  if (want.path !== undefined && url.pathname !== want.path) {
    out.push(`path ${JSON.stringify(url.pathname)}, want ${JSON.stringify(want.path)}`);
  }
  if (want.search !== undefined && url.search !== want.search) {
    out.push(`query ${JSON.stringify(url.search)}, want ${JSON.stringify(want.search)}`);
  }
  if (want.params !== undefined) {
    const got = JSON.stringify([...url.searchParams]);
    if (got !== JSON.stringify(want.params)) out.push(`query params ${got}, want ${JSON.stringify(want.params)}`);
  }
}
