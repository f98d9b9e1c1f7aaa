import { MalformedInputError } from './errors.js';

const TEXT_TYPES =
  /^(?:text\/|application\/(?:json|xml|javascript|ecmascript|x-www-form-urlencoded|graphql|x-ndjson)\b|[^;]*\+(?:json|xml)\b)/i;

/**
 * Whether a body of this content type is text (sent as is) rather than bytes (sent as base64 where
 * the platform needs it). A missing content type counts as text only when `emptyIsText` is set.
 *
 * @example
 * isTextContentType('application/vnd.api+json') // true
 */
export function isTextContentType(contentType: string | null | undefined, emptyIsText = false): boolean {
  if (!contentType) return emptyIsText;
  return TEXT_TYPES.test(contentType.trimStart());
}

/**
 * Whether a response body must travel as bytes: not a text type, or any non-identity
 * `content-encoding` (gzip, br…), which makes even JSON binary.
 *
 * @example
 * isBinaryBody(new Headers({ 'content-type': 'application/json', 'content-encoding': 'gzip' })) // true
 */
export function isBinaryBody(headers: Headers): boolean {
  return isBinaryContent(headers.get('content-type'), headers.get('content-encoding'));
}

/**
 * `isBinaryBody` from the two header values.
 *
 * @example
 * isBinaryContent('text/plain', 'br') // true
 */
export function isBinaryContent(
  contentType: string | null | undefined,
  contentEncoding: string | null | undefined,
): boolean {
  if (contentEncoding && contentEncoding.trim().toLowerCase() !== 'identity') return true;
  return !isTextContentType(contentType, true);
}

// A flat character class plus a length rule: a grouped `(?:x{4})*` pattern overflows V8's regex
// stack on multi-megabyte bodies.
const BASE64_CHARS = /^[A-Za-z0-9+/]*={0,2}$/;

function isBase64(value: string): boolean {
  // test(), not exec(): no match array per call (Kinesis decodes hundreds of records per batch).
  if (!BASE64_CHARS.test(value)) return false;
  const rest = value.length % 4;
  // Padded input has whole quads; unpadded input may end in 2 or 3 characters, never 1.
  return value.charCodeAt(value.length - 1) === 61 ? rest === 0 : rest !== 1;
}

/**
 * Decodes standard base64 strictly: `Buffer.from(s, 'base64')` silently drops bad characters,
 * which would hand the handler a corrupted body.
 *
 * @example
 * decodeBase64('aGk=') // Uint8Array [104, 105]
 */
export function decodeBase64(value: string, what: string | (() => string) = 'body'): Uint8Array {
  const compact = value.includes('\n') || value.includes('\r') ? value.replace(/[\r\n]/g, '') : value;
  if (!isBase64(compact)) {
    const name = typeof what === 'function' ? what() : what;
    throw new MalformedInputError(`${name} is marked base64-encoded but is not valid base64`);
  }
  return Buffer.from(compact, 'base64');
}

/**
 * Encodes bytes as standard base64.
 *
 * @example
 * encodeBase64(new TextEncoder().encode('hi')) // 'aGk='
 */
export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/**
 * Reads a body stream to bytes without `arrayBuffer()`'s extra copy; a body built from one string or
 * byte array arrives as one chunk, returned as is. A chunk that is not bytes is a `TypeError`.
 *
 * @example
 * const bytes = await readStreamBytes(response.body)
 */
export async function readStreamBytes(body: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) throw new TypeError('body stream yielded a chunk that is not a Uint8Array');
    chunks.push(value);
    size += value.byteLength;
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
