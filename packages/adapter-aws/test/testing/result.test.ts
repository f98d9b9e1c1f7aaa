import { describe, expect, it } from 'vitest';
import { fromLambdaResult } from '../../src/testing/result.js';

describe('fromLambdaResult', () => {
  it('reads multiValueHeaders (repeated Set-Cookie) and headers', async () => {
    const res = fromLambdaResult({
      statusCode: 200,
      headers: { 'content-type': 'text/plain' },
      multiValueHeaders: { 'set-cookie': ['a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT', 'b=2'] },
      body: 'ok',
      isBase64Encoded: false,
    });
    expect(res.headers.getSetCookie()).toEqual(['a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT', 'b=2']);
    expect(await res.text()).toBe('ok');
  });

  it('reads cookies[], base64 bodies and the ALB statusDescription', async () => {
    const res = fromLambdaResult({
      statusCode: 201,
      statusDescription: '201 Created',
      cookies: ['c=3'],
      headers: { 'x-city': 'Zürich — 東京' },
      body: 'AAH/',
      isBase64Encoded: true,
    });
    expect(res.statusText).toBe('Created');
    expect(res.headers.getSetCookie()).toEqual(['c=3']);
    expect(Buffer.from(res.headers.get('x-city') ?? '', 'latin1').toString('utf8')).toBe('Zürich — 東京');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(Uint8Array.from([0, 1, 255]));
  });

  it('throws on a result without a numeric statusCode', () => {
    expect(() => fromLambdaResult({ body: 'x' })).toThrow(/numeric statusCode/);
  });
});
