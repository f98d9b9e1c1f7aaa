// Shared pieces of the HTTP conformance suite: the handlers most scenarios use, deterministic
// payloads, and the comparisons (bytes, header multisets, Set-Cookie) the verifier relies on.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Context } from '@faasport/core';

const utf8 = new TextEncoder();

/** What the echo handler answers: the request exactly as the handler saw it. */
export interface Echo {
  readonly provider: string;
  readonly invocationId: string;
  readonly hasRaw: boolean;
  readonly method: string;
  readonly url: string;
  /** Every request header as `Headers` exposes it (repeats joined with `, `). */
  readonly headers: Record<string, string>;
  /** The body bytes, base64. */
  readonly body: string;
}

/**
 * Answers with the request as the handler saw it (method, URL, headers, body as base64) plus the
 * context's provider. A HEAD gets the same headers and no body, as HTTP requires.
 *
 * @example
 * const def = http(echoHandler)
 */
export async function echoHandler(req: Request, ctx: Context): Promise<Response> {
  const body = new Uint8Array(await req.arrayBuffer());
  const echo: Echo = {
    provider: ctx.provider,
    invocationId: ctx.invocationId,
    hasRaw: ctx.raw !== undefined && ctx.raw !== null,
    method: req.method,
    url: req.url,
    headers: Object.fromEntries(req.headers),
    body: Buffer.from(body).toString('base64'),
  };
  const headers = { 'content-type': 'application/json', 'x-echo-method': req.method };
  return new Response(req.method === 'HEAD' ? null : JSON.stringify(echo), { headers });
}

/**
 * Answers with the request body's bytes unchanged, with the request's content type and encoding.
 *
 * @example
 * const def = http(mirrorHandler)
 */
export async function mirrorHandler(req: Request): Promise<Response> {
  const headers = new Headers();
  for (const name of ['content-type', 'content-encoding']) {
    const value = req.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  return new Response(await req.arrayBuffer(), { headers });
}

/**
 * Answers `{ length, sha256 }` of the request body: large bodies checked without echoing them.
 *
 * @example
 * const def = http(digestHandler)
 */
export async function digestHandler(req: Request): Promise<Response> {
  const body = new Uint8Array(await req.arrayBuffer());
  return Response.json({ length: body.byteLength, sha256: sha256(body) });
}

/**
 * Hex SHA-256 of bytes.
 *
 * @example
 * sha256(new Uint8Array()) // 'e3b0c442…'
 */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Every byte value 0–255, `rounds` times over.
 *
 * @example
 * allByteValues(2).length // 512
 */
export function allByteValues(rounds = 1): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(256 * rounds);
  for (let i = 0; i < out.length; i++) out[i] = i % 256;
  return out;
}

/**
 * `size` pseudo-random bytes, the same for the same seed (xorshift32): reproducible failures.
 *
 * @example
 * seededBytes(1024, 7)
 */
export function seededBytes(size: number, seed = 1): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/**
 * `size` bytes of printable ASCII text (a repeated line), for large text bodies.
 *
 * @example
 * asciiText(5 * 1024 * 1024)
 */
export function asciiText(size: number): Uint8Array<ArrayBuffer> {
  const line = utf8.encode('faasport conformance: the quick brown fox jumps over the lazy dog 0123456789\n');
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = line[i % line.length]!;
  return out;
}

/**
 * Gzip of a UTF-8 string (or bytes).
 *
 * @example
 * gzip('{"a":1}')
 */
export function gzip(value: string | Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(gzipSync(typeof value === 'string' ? utf8.encode(value) : value));
}

/**
 * Bytes of a body expectation: strings are UTF-8.
 *
 * @example
 * toBytes('é') // Uint8Array [195, 169]
 */
export function toBytes(value: string | Uint8Array): Uint8Array {
  return typeof value === 'string' ? utf8.encode(value) : value;
}

/**
 * Compares bytes exactly; `undefined` when equal, otherwise where and how they differ.
 *
 * @example
 * diffBytes(a, b) // 'length 3 ≠ 4' | 'first difference at byte 2: 0x41 ≠ 0x42' | undefined
 */
export function diffBytes(actual: Uint8Array, expected: Uint8Array): string | undefined {
  const n = Math.min(actual.length, expected.length);
  for (let i = 0; i < n; i++) {
    if (actual[i] !== expected[i]) {
      const hex = (b: number | undefined) => `0x${(b ?? 0).toString(16).padStart(2, '0')}`;
      return `first difference at byte ${i} of ${expected.length}: got ${hex(actual[i])}, want ${hex(expected[i])}`;
    }
  }
  if (actual.length !== expected.length) return `length ${actual.length}, want ${expected.length}`;
  return undefined;
}

/**
 * A header value as a sorted multiset of its comma-separated items: repeated headers compare
 * equal whatever order a platform (ALB) delivered them in.
 *
 * @example
 * headerItems('b, a') // ['a', 'b']
 */
export function headerItems(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .sort();
}

/**
 * Whether two header values hold the same items, order aside.
 *
 * @example
 * sameHeaderItems('a, b', 'b,a') // true
 */
export function sameHeaderItems(a: string, b: string): boolean {
  const x = headerItems(a);
  const y = headerItems(b);
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/**
 * A `Set-Cookie` value in a comparable form: `name=value` then its attributes, names lower-cased,
 * sorted, `Expires` as an ISO date. Platforms that rebuild cookies from objects (Azure) may reorder
 * attributes or change their case; what the browser does with the cookie must stay the same.
 *
 * @example
 * canonicalSetCookie('a=1; Path=/; HttpOnly') // 'a=1; httponly; path=/'
 */
export function canonicalSetCookie(value: string): string {
  const [pair = '', ...attributes] = value.split(';').map((s) => s.trim());
  const attrs = attributes
    .filter((a) => a !== '')
    .map((a) => {
      const eq = a.indexOf('=');
      const name = (eq === -1 ? a : a.slice(0, eq)).trim().toLowerCase();
      if (eq === -1) return name;
      let v = a.slice(eq + 1).trim();
      if (name === 'expires') v = new Date(v).toISOString();
      if (name === 'samesite') v = v.toLowerCase();
      return `${name}=${v}`;
    })
    .sort();
  return [pair, ...attrs].join('; ');
}

/**
 * Sorted canonical forms of several `Set-Cookie` values: compared as a multiset.
 *
 * @example
 * canonicalSetCookies(res.headers.getSetCookie())
 */
export function canonicalSetCookies(values: readonly string[]): string[] {
  return values.map(canonicalSetCookie).sort();
}

/**
 * Resolves after `ms` milliseconds (used between stream chunks).
 *
 * @example
 * await sleep(5)
 */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
