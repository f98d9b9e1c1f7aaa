import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64, isBinaryBody, isTextContentType, readStreamBytes } from '../src/body.js';
import { MalformedInputError } from '../src/errors.js';

describe('isTextContentType', () => {
  it.each([
    ['text/plain', true],
    ['text/html; charset=utf-8', true],
    ['application/json', true],
    ['application/vnd.api+json', true],
    ['application/xml', true],
    ['image/svg+xml', true],
    ['application/javascript', true],
    ['application/x-www-form-urlencoded', true],
    ['application/octet-stream', false],
    ['image/png', false],
    ['multipart/form-data; boundary=x', false],
    ['application/jsonx', false],
  ])('%s → %s', (type, text) => {
    expect(isTextContentType(type)).toBe(text);
  });

  it('treats a missing type as binary unless told otherwise', () => {
    expect(isTextContentType(null)).toBe(false);
    expect(isTextContentType(undefined, true)).toBe(true);
  });
});

describe('isBinaryBody', () => {
  it('makes any non-identity content-encoding binary, whatever the type', () => {
    expect(isBinaryBody(new Headers({ 'content-type': 'application/json', 'content-encoding': 'gzip' }))).toBe(true);
    expect(isBinaryBody(new Headers({ 'content-type': 'application/json', 'content-encoding': 'identity' }))).toBe(
      false,
    );
    expect(isBinaryBody(new Headers({ 'content-type': 'image/png' }))).toBe(true);
    expect(isBinaryBody(new Headers())).toBe(false);
  });
});

describe('base64', () => {
  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect([...decodeBase64(encodeBase64(bytes))]).toEqual([...bytes]);
  });

  it('accepts unpadded and line-wrapped input', () => {
    expect(new TextDecoder().decode(decodeBase64('aGk'))).toBe('hi');
    expect(new TextDecoder().decode(decodeBase64('aGVs\r\nbG8='))).toBe('hello');
  });

  it('refuses what Buffer would silently accept', () => {
    expect(() => decodeBase64('not base64!', 'request body')).toThrow(MalformedInputError);
    expect(() => decodeBase64('a', 'request body')).toThrow(/request body is marked base64-encoded/);
    expect(() => decodeBase64('aGk=aGk=')).toThrow(MalformedInputError);
    expect(() => decodeBase64('aG=')).toThrow(MalformedInputError);
    expect(() => decodeBase64('aGk===')).toThrow(MalformedInputError);
  });

  it('decodes multi-megabyte input (no regex stack overflow)', () => {
    const bytes = new Uint8Array(5 * 1024 * 1024).map((_, i) => i % 251);
    expect(decodeBase64(encodeBase64(bytes)).byteLength).toBe(bytes.byteLength);
    expect(() => decodeBase64(`${encodeBase64(bytes)}!`)).toThrow(MalformedInputError);
  });
});

describe('readStreamBytes', () => {
  it('joins chunks exactly and returns a single chunk as is', async () => {
    const one = Uint8Array.of(1, 2, 3);
    expect(await readStreamBytes(new Blob([one]).stream())).toEqual(one);
    const many = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(Uint8Array.of(1));
        c.enqueue(Uint8Array.of(2, 3));
        c.close();
      },
    });
    expect([...(await readStreamBytes(many))]).toEqual([1, 2, 3]);
  });

  it('refuses a chunk that is not bytes', async () => {
    const bad = new ReadableStream({
      start(c) {
        c.enqueue('text');
        c.close();
      },
    }) as unknown as ReadableStream<Uint8Array>;
    await expect(readStreamBytes(bad)).rejects.toThrow(TypeError);
  });
});
