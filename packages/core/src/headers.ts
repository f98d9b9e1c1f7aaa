/**
 * Makes a header value safe for `Headers`: WHATWG headers are ByteStrings, so a value with a
 * character above U+00FF (a UTF-8 value some CDNs send, hono #4432) would throw. Node's own HTTP
 * parser hands such bytes over as latin1; we do the same: UTF-8 bytes, one char per byte.
 *
 * @example
 * new Headers({ 'x-city': toByteString('Zürich — 東京') })
 */
export function toByteString(value: string): string {
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) > 0xff) return Buffer.from(value, 'utf8').toString('latin1');
  }
  return value;
}

/**
 * Reverses `toByteString` where the bytes form valid UTF-8 (for handing values back to a platform
 * that carries them as UTF-8 JSON strings); other values are returned as they are.
 *
 * @example
 * fromByteString(toByteString('東京')) // '東京'
 */
export function fromByteString(value: string): string {
  let high = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 0xff) return value;
    if (c > 0x7f) high = true;
  }
  if (!high) return value;
  const bytes = Buffer.from(value, 'latin1');
  const text = bytes.toString('utf8');
  return Buffer.from(text, 'utf8').equals(bytes) ? text : value;
}
