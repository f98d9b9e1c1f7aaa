import { describe, expect, it } from 'vitest';
import { isApiGatewayV2Event, isFunctionUrlEvent } from '../../src/detect.js';
import { toApiGatewayV2Event, toFunctionUrlEvent } from '../../src/testing/apigw-v2-event.js';

describe('toApiGatewayV2Event', () => {
  it('keeps raw path and query, splits cookies out, comma-joins queryStringParameters', async () => {
    const req = new Request('https://api.example.com/a%2Fb?q=a%2Bb&q=c+d', {
      headers: { cookie: 'x=1; y=2', 'X-Up': 'A' },
    });
    const event = await toApiGatewayV2Event(req);
    expect(isApiGatewayV2Event(event) && !isFunctionUrlEvent(event)).toBe(true);
    expect(event).toMatchObject({ rawPath: '/a%2Fb', rawQueryString: 'q=a%2Bb&q=c+d', cookies: ['x=1', 'y=2'] });
    expect(event.queryStringParameters).toEqual({ q: 'a+b,c d' });
    expect(event.headers).toMatchObject({ host: 'api.example.com', 'x-up': 'A', 'x-forwarded-proto': 'https' });
    expect(event.headers?.cookie).toBeUndefined();
    expect(event.requestContext).toMatchObject({ http: { method: 'GET', path: '/a%2Fb' }, stage: '$default' });
    expect(event.requestContext.time).toMatch(/^\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/);
    expect(event).not.toHaveProperty('body');
  });

  it('base64-encodes every body that is not text, JSON, XML or JavaScript, form posts included', async () => {
    const post = (type: string, body: string) =>
      toApiGatewayV2Event(
        new Request('https://x.example.com/', { method: 'POST', headers: { 'content-type': type }, body }),
      );
    expect(await post('application/json', '{"a":1}')).toMatchObject({ body: '{"a":1}', isBase64Encoded: false });
    expect(await post('text/csv', 'a,b')).toMatchObject({ isBase64Encoded: false });
    const form = await post('application/x-www-form-urlencoded', 'a=1&b=%20');
    expect(form).toMatchObject({ body: Buffer.from('a=1&b=%20').toString('base64'), isBase64Encoded: true });
    expect((await post('application/octet-stream', 'zz')).isBase64Encoded).toBe(true);
  });
});

describe('toFunctionUrlEvent', () => {
  it('is payload 2.0 on a lambda-url domain, which is also the Host', async () => {
    const event = await toFunctionUrlEvent(new Request('http://localhost:3000/hi?a=1'), {
      urlId: 'u1',
      region: 'eu-west-1',
    });
    expect(isFunctionUrlEvent(event)).toBe(true);
    expect(event.requestContext.domainName).toBe('u1.lambda-url.eu-west-1.on.aws');
    expect(event.headers).toMatchObject({ host: 'u1.lambda-url.eu-west-1.on.aws', 'x-forwarded-proto': 'https' });
    expect(event.rawQueryString).toBe('a=1');
  });
});
