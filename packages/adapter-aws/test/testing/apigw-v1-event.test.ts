import { describe, expect, it } from 'vitest';
import { isApiGatewayV1Event } from '../../src/detect.js';
import { toApiGatewayV1Event } from '../../src/testing/apigw-v1-event.js';

describe('toApiGatewayV1Event', () => {
  it('decodes the query (+ as space) into single and multi-value maps', async () => {
    const event = await toApiGatewayV1Event(new Request('https://api.example.com/users?q=a%2Bb&q=c+d&x=1'));
    expect(isApiGatewayV1Event(event)).toBe(true);
    expect(event.multiValueQueryStringParameters).toEqual({ q: ['a+b', 'c d'], x: ['1'] });
    expect(event.queryStringParameters).toEqual({ q: 'c d', x: '1' });
  });

  it('sends null maps when there is no query, path without the stage, requestContext.path with it', async () => {
    const event = await toApiGatewayV1Event(new Request('https://api.example.com/users'), { stage: 'beta' });
    expect(event.queryStringParameters).toBeNull();
    expect(event.multiValueQueryStringParameters).toBeNull();
    expect(event.path).toBe('/users');
    expect(event.requestContext).toMatchObject({ path: '/beta/users', stage: 'beta' });
  });

  it('passes header names Title-Cased in both maps, and binary bodies as base64', async () => {
    const req = new Request('https://api.example.com/u', {
      method: 'PUT',
      headers: { 'content-type': 'image/png', 'x-custom-thing': '1' },
      body: new Uint8Array([0, 255]),
    });
    const event = await toApiGatewayV1Event(req);
    expect(event.headers).toMatchObject({
      'Content-Type': 'image/png',
      'X-Custom-Thing': '1',
      Host: 'api.example.com',
    });
    expect(event.multiValueHeaders).toMatchObject({ 'X-Custom-Thing': ['1'] });
    expect(event).toMatchObject({ body: 'AP8=', isBase64Encoded: true });
  });
});
