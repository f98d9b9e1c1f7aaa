import { describe, expect, it } from 'vitest';
import { isAlbEvent, isAlbMultiValueEvent } from '../../src/detect.js';
import { toAlbEvent } from '../../src/testing/alb-event.js';

const url = 'https://alb.example.com/p?q=a%2Bb&q=c+d&flag';

describe('toAlbEvent', () => {
  it('multi-value mode: query left percent-encoded, every value kept', async () => {
    const event = await toAlbEvent(new Request(url), { multiValue: true });
    expect(isAlbMultiValueEvent(event)).toBe(true);
    expect(event.multiValueQueryStringParameters).toEqual({ q: ['a%2Bb', 'c+d'], flag: [''] });
    expect(event.multiValueHeaders).toMatchObject({ host: ['alb.example.com'] });
    expect(event).not.toHaveProperty('headers');
    expect(event).toMatchObject({ body: '', isBase64Encoded: false });
  });

  it('single-value mode: the last value of a repeated key, headers only', async () => {
    const event = await toAlbEvent(new Request(url), { multiValue: false });
    expect(isAlbEvent(event) && !isAlbMultiValueEvent(event)).toBe(true);
    expect(event.queryStringParameters).toEqual({ q: 'c+d', flag: '' });
    expect(event.headers).toMatchObject({ host: 'alb.example.com' });
  });

  it('base64-encodes a gzip body and keeps JSON as text', async () => {
    const gz = await toAlbEvent(
      new Request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: 'x',
      }),
      { multiValue: false },
    );
    expect(gz.isBase64Encoded).toBe(true);
    const json = await toAlbEvent(
      new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }),
      { multiValue: false },
    );
    expect(json).toMatchObject({ body: '{}', isBase64Encoded: false });
  });
});

describe('toAlbEvent bodies that are not UTF-8', () => {
  it('sends bytes without a content type as base64 when they are not UTF-8, byte-exact', async () => {
    const bytes = Uint8Array.from([0x41, 0xff, 0x00, 0xfe]);
    const event = await toAlbEvent(new Request(url, { method: 'POST', body: bytes }), { multiValue: true });
    expect(event.isBase64Encoded).toBe(true);
    expect(new Uint8Array(Buffer.from(event.body ?? '', 'base64'))).toEqual(bytes);
  });
});
