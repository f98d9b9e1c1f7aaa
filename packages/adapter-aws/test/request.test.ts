import { MalformedInputError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { fromAlb, fromApiGatewayV1, fromApiGatewayV2 } from '../src/request.js';
import { albEvent, v1Event, v2Event } from './helpers.js';

const BINARY = Uint8Array.from([0, 1, 2, 0x7f, 0x80, 0xfe, 0xff, 0x1f, 0x8b]);
const utf8FromByteString = (value: string | null) => Buffer.from(value ?? '', 'latin1').toString('utf8');

describe('fromApiGatewayV2', () => {
  it('keeps rawPath and rawQueryString exactly: repeated keys, %2B, + and %20', () => {
    const req = fromApiGatewayV2(v2Event({ rawPath: '/a%2Fb/c d', rawQueryString: 'q=a%2Bb&q=a+b&s=x%20y' }));
    const url = new URL(req.url);
    expect(url.pathname).toBe('/a%2Fb/c%20d');
    expect(url.search).toBe('?q=a%2Bb&q=a+b&s=x%20y');
    expect(url.searchParams.getAll('q')).toEqual(['a+b', 'a b']);
  });

  it('folds cookies[] into one cookie header joined by "; "', () => {
    const req = fromApiGatewayV2(v2Event({ cookies: ['a=1', 'b=2; c=3'] }));
    expect(req.headers.get('cookie')).toBe('a=1; b=2; c=3');
  });

  it('does not throw on header values beyond U+00FF and keeps their UTF-8 bytes', () => {
    const req = fromApiGatewayV2(v2Event({ headers: { host: 'h.example.com', 'x-city': 'Zürich — 東京' } }));
    expect(utf8FromByteString(req.headers.get('x-city'))).toBe('Zürich — 東京');
  });

  it('takes host from the Host header, else requestContext.domainName; scheme from x-forwarded-proto', () => {
    expect(fromApiGatewayV2(v2Event({ headers: { host: 'h.example.com:8443' } })).url).toBe(
      'https://h.example.com:8443/path',
    );
    const noHost = v2Event({ headers: { 'x-forwarded-proto': 'http' } });
    expect(fromApiGatewayV2(noHost).url).toBe('http://api.example.com/path');
  });

  it('decodes a base64 body byte-exact and sends a text body as UTF-8', async () => {
    const bin = v2Event({ body: Buffer.from(BINARY).toString('base64'), isBase64Encoded: true }, 'POST');
    expect(new Uint8Array(await fromApiGatewayV2(bin).arrayBuffer())).toEqual(BINARY);
    const text = fromApiGatewayV2(v2Event({ body: 'héllo ✓' }, 'PUT'));
    expect(Buffer.from(await text.arrayBuffer()).toString('utf8')).toBe('héllo ✓');
    expect(text.headers.get('content-type')).toBeNull();
  });

  it('gives GET and HEAD no body', () => {
    expect(fromApiGatewayV2(v2Event({ body: 'ignored' }, 'GET')).body).toBeNull();
    expect(fromApiGatewayV2(v2Event({ body: 'ignored' }, 'HEAD')).body).toBeNull();
  });

  it('rejects invalid base64 with MalformedInputError, even on a GET', () => {
    const bad = v2Event({ body: 'not really base64!', isBase64Encoded: true });
    expect(() => fromApiGatewayV2(bad)).toThrow(MalformedInputError);
    expect(() => fromApiGatewayV2(bad)).toThrow(/not valid base64/);
  });

  it('rejects a Host that would rewrite the URL, and a missing method', () => {
    const evil = v2Event({ headers: { host: 'evil.com/x?' } });
    expect(() => fromApiGatewayV2(evil)).toThrow(/invalid host "evil.com\/x\?"/);
    const placeholder = v2Event({
      headers: {},
      requestContext: { http: { method: 'GET' }, domainName: '<url-id>.lambda-url.us-east-1.on.aws' },
    });
    expect(() => fromApiGatewayV2(placeholder)).toThrow(MalformedInputError);
    const noMethod = v2Event({ requestContext: { http: {} as { method: string } } });
    expect(() => fromApiGatewayV2(noMethod)).toThrow(/requestContext.http.method must be a non-empty string/);
  });
});

describe('fromApiGatewayV1', () => {
  it('uses path (stage excluded), not requestContext.path', () => {
    expect(new URL(fromApiGatewayV1(v1Event()).url).pathname).toBe('/path');
  });

  it('re-encodes the decoded multi-value query, preferring it over the single-value map', () => {
    const req = fromApiGatewayV1(
      v1Event({
        queryStringParameters: { q: 'last', s: 'x y' },
        multiValueQueryStringParameters: { q: ['a+b', 'a b', 'last'], s: ['x y'], 'k&=': ['v=&'] },
      }),
    );
    const url = new URL(req.url);
    expect(url.search).toBe('?q=a%2Bb&q=a%20b&q=last&s=x%20y&k%26%3D=v%3D%26');
    expect(url.searchParams.getAll('q')).toEqual(['a+b', 'a b', 'last']);
    expect(url.searchParams.get('k&=')).toBe('v=&');
  });

  it('falls back to queryStringParameters when there is no multi-value map', () => {
    const req = fromApiGatewayV1(v1Event({ queryStringParameters: { a: '1+1' } }));
    expect(new URL(req.url).searchParams.get('a')).toBe('1+1');
  });

  it('keeps every repeated header from multiValueHeaders and joins cookie lines with "; "', () => {
    const req = fromApiGatewayV1(
      v1Event({
        headers: { Host: 'rest.example.com', Accept: 'b' },
        multiValueHeaders: { Host: ['rest.example.com'], Accept: ['a', 'b'], Cookie: ['x=1', 'y=2'] },
      }),
    );
    expect(req.headers.get('accept')).toBe('a, b');
    expect(req.headers.get('cookie')).toBe('x=1; y=2');
  });

  it('uses headers when multiValueHeaders is null (console test events)', () => {
    const req = fromApiGatewayV1(v1Event({ headers: { Host: 'h.example.com', 'X-A': '1' }, multiValueHeaders: null }));
    expect(req.url).toBe('https://h.example.com/path');
    expect(req.headers.get('x-a')).toBe('1');
  });

  it('escapes a decoded ? or # in the path instead of starting a query', () => {
    const req = fromApiGatewayV1(v1Event({ path: '/a?b#c' }));
    expect(new URL(req.url).pathname).toBe('/a%3Fb%23c');
    expect(new URL(req.url).search).toBe('');
  });
});

describe('fromAlb', () => {
  it('keeps query values as they came: %2B stays %2B, + stays + (a space), never decoded twice', () => {
    const req = fromAlb(albEvent(true, { multiValueQueryStringParameters: { q: ['a%2Bb', 'a+b', '%253D'] } }));
    const url = new URL(req.url);
    expect(url.search).toBe('?q=a%2Bb&q=a+b&q=%253D');
    expect(url.searchParams.getAll('q')).toEqual(['a+b', 'a b', '%3D']);
  });

  it('single-value mode: one value per key and header', () => {
    const req = fromAlb(albEvent(false, { queryStringParameters: { myKey: '%3FshowAll%3Dtrue' } }));
    expect(new URL(req.url).searchParams.get('myKey')).toBe('?showAll=true');
  });

  it('multi-value mode: every repeated header', () => {
    const req = fromAlb(albEvent(true, { multiValueHeaders: { host: ['alb.example.com'], head1: ['v1', 'v2'] } }));
    expect(req.headers.get('head1')).toBe('v1, v2');
  });

  it('a health check without Host is answered on localhost; x-forwarded-proto http is kept', () => {
    const req = fromAlb(
      albEvent(false, { headers: { 'user-agent': 'ELB-HealthChecker/2.0', 'x-forwarded-proto': 'http' } }),
    );
    expect(req.url).toBe('http://localhost/path');
  });

  it('decodes a base64 body byte-exact', async () => {
    const event = albEvent(false, { body: Buffer.from(BINARY).toString('base64'), isBase64Encoded: true }, 'PUT');
    expect(new Uint8Array(await fromAlb(event).arrayBuffer())).toEqual(BINARY);
  });

  it('rejects a header name that is not a token with MalformedInputError', () => {
    expect(() => fromAlb(albEvent(false, { headers: { 'bad name': 'x' } }))).toThrow(MalformedInputError);
  });
});

describe('hostile events found by the fuzz suite (test/fuzz)', () => {
  // JSON can carry an object whose toString is not callable: String() on it throws a TypeError.
  const trap = () => JSON.parse('{"toString":1,"valueOf":"x"}') as never;

  it('an event without requestContext is a typed error, not a TypeError', () => {
    const { requestContext: _, ...rest } = v1Event();
    expect(new URL(fromApiGatewayV1(rest as never).url).pathname).toBe('/path');
    const { requestContext: __, ...v2 } = v2Event();
    expect(() => fromApiGatewayV2(v2 as never)).toThrow(MalformedInputError);
  });

  it('a multi-value query entry that is not an array names the parameter', () => {
    const event = v1Event({ multiValueQueryStringParameters: { a: 2 as never } });
    expect(() => fromApiGatewayV1(event)).toThrow(/query parameter "a": multi-value entry is not an array/);
  });

  it('a decoded query value with a lone surrogate is malformed input (URIError underneath)', () => {
    const event = v1Event({ queryStringParameters: { q: '\uD800' } });
    expect(() => fromApiGatewayV1(event)).toThrow(/query parameter "q" is not valid Unicode/);
  });

  it('a non-string ALB query value names the parameter', () => {
    expect(() => fromAlb(albEvent(false, { queryStringParameters: { q: trap() } }))).toThrow(
      /query parameter "q": value is object/,
    );
  });

  it('a header value that is an object is an invalid header, checked in the map actually read', () => {
    const single = v1Event({ headers: { accept: trap() }, multiValueHeaders: 'x' as never });
    expect(() => fromApiGatewayV1(single)).toThrow(/header "accept" is not a valid HTTP header/);
    expect(() => fromAlb(albEvent(true, { multiValueHeaders: { accept: trap() } }))).toThrow(MalformedInputError);
  });

  it('payload 2.0: rawQueryString and cookies of the wrong type are named', () => {
    expect(() => fromApiGatewayV2(v2Event({ rawQueryString: trap() }))).toThrow(/rawQueryString must be a string/);
    expect(() => fromApiGatewayV2(v2Event({ cookies: [trap()] }))).toThrow(/cookies must be an array of strings/);
  });
});
