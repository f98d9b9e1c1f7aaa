// The cross-adapter HTTP scenarios, as data. Ids are stable: capabilities name them as proof.
// Each complaint in PLATFORM-FACTS.md ("What users of the existing adapters complain about") has
// at least one scenario; the issue it comes from is in the description.
import { type HttpDefinition, HttpError, http, MalformedInputError } from '@faasport/core';
import { toByteString } from '@faasport/core/adapter';
import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import {
  allByteValues,
  asciiText,
  digestHandler,
  echoHandler,
  gzip,
  mirrorHandler,
  seededBytes,
  sha256,
  sleep,
} from './helpers.js';
import type { TransportName } from './transports.js';
import type { EchoExpectation, HttpExpectation } from './verify.js';

/** What a transport does instead, and why it cannot do better. */
export interface Limitation {
  readonly reason: string;
  readonly expect: HttpExpectation;
}

/** One HTTP conformance scenario. */
export interface HttpScenario {
  readonly id: string;
  readonly description: string;
  readonly definition: HttpDefinition;
  /** A fresh Web Request each call (a body can be read once). */
  request(): Request;
  readonly expect: HttpExpectation;
  /** Transports that cannot meet `expect`; the test checks they do exactly `expect` there instead. */
  readonly limitations?: Readonly<Partial<Record<TransportName, Limitation>>>;
}

const ORIGIN = 'https://conformance.test';

const ALB_ONE_VALUE =
  'ALB without multi-value headers passes one value per query key, the last one. https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#multi-value-headers';
const ALB_ONE_COOKIE =
  'ALB without multi-value headers can send only one Set-Cookie; the adapter keeps the first. https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#multi-value-headers';
const ALB_LIMITS = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html';
const ALB_1MB_REQUEST = `an ALB sends a Lambda target at most 1 MB of request body and answers 413 beyond it. ${ALB_LIMITS}`;
const ALB_1MB_RESPONSE = `an ALB takes at most 1 MB of response JSON from a Lambda target and answers 502 beyond it. ${ALB_LIMITS}`;
const LAMBDA_6MB =
  'a synchronous Lambda invocation takes at most 6 MB (6,291,456 bytes) of request payload; 5 MB as base64 is 6.7 MB, so the service answers 413 before the function runs. https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html';
const MB = 1024 * 1024;

const echo = http(echoHandler);
const mirror = http(mirrorHandler);
const digest = http(digestHandler);

function get(path: string, init?: RequestInit): () => Request {
  return () => new Request(ORIGIN + path, init);
}

function post(
  path: string,
  body: string | Uint8Array<ArrayBuffer>,
  headers: Record<string, string> = {},
  method = 'POST',
) {
  return () => new Request(ORIGIN + path, { method, body, headers });
}

function echoed(e: EchoExpectation, headers?: Record<string, string | null>): HttpExpectation {
  return headers ? { status: 200, headers, echo: e } : { status: 200, echo: e };
}

function digestOf(bytes: Uint8Array) {
  return { length: bytes.byteLength, sha256: sha256(bytes) };
}

function reply(body: BodyInit | null, init: ResponseInit): HttpDefinition {
  return http(() => new Response(body, init));
}

const EXPIRES = 'Wed, 21 Oct 2037 07:28:00 GMT';
// Hono refuses an Expires more than 400 days ahead (RFC 6265bis): a date a day from now, whole seconds.
const HONO_EXPIRES = new Date(Math.floor(Date.now() / 1000) * 1000 + 86_400_000).toUTCString();
const UTF8_TEXT = 'Grüße — 東京 🎉 ÿ';
const JSON_TEXT = '{"id":42,"name":"Zoë","tags":["a","b"],"nested":{"ok":true}}';
const FORM_TEXT = 'name=J%C3%BCrgen&tags=a&tags=b&note=hello+world&empty=';
const ALL_BYTES = allByteValues(4);
const NO_TYPE_BYTES = seededBytes(4096, 11);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...seededBytes(2048, 3)]);
const GZIP_JSON = gzip(JSON_TEXT);
const MULTIPART = multipartBody();
const BIN_700KB = seededBytes(700 * 1024, 4);
const BIN_1MB = seededBytes(MB, 5);
const BIN_4MB = seededBytes(4 * MB, 6);
const BIN_5MB = seededBytes(5 * MB, 7);
const TEXT_5MB = asciiText(5 * MB);

function multipartBody(): Uint8Array<ArrayBuffer> {
  const head = new TextEncoder().encode(
    '--BOUNDARY\r\nContent-Disposition: form-data; name="title"\r\n\r\nZoë\r\n--BOUNDARY\r\n' +
      'Content-Disposition: form-data; name="file"; filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\n',
  );
  const tail = new TextEncoder().encode('\r\n--BOUNDARY--\r\n');
  return new Uint8Array([...head, ...allByteValues(1), ...tail]);
}

function streamOf(chunks: readonly (string | Uint8Array)[], delayMs = 2): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (i >= chunks.length) return controller.close();
      if (i > 0) await sleep(delayMs);
      const chunk = chunks[i++]!;
      controller.enqueue(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
    },
  });
}

const STREAM_CHUNKS = ['first line\n', 'second — zweite\n', 'third 三\n', 'last\n'];
const STREAM_BIN = [seededBytes(1000, 21), seededBytes(70_000, 22), allByteValues(1)];

function honoApp(): Hono {
  const app = new Hono();
  app.get('/search', (c) => c.json({ q: c.req.query('q'), tags: c.req.queries('tag') }));
  app.get('/orders/:id', (c) => c.json({ id: c.req.param('id'), path: c.req.path }));
  app.post('/items/:id', async (c) => c.json({ id: c.req.param('id'), body: await c.req.json() }, 201));
  app.get('/session', (c) => {
    setCookie(c, 'sid', 'new', { path: '/', httpOnly: true, secure: true, sameSite: 'Lax' });
    setCookie(c, 'theme', 'dark', { path: '/', expires: new Date(HONO_EXPIRES) });
    return c.json({ sid: getCookie(c, 'sid') ?? null, theme: getCookie(c, 'theme') ?? null });
  });
  return app;
}
const hono = http(honoApp());

const methods: HttpScenario[] = [
  {
    id: 'http.method.get',
    description: 'GET reaches the handler with its method, path and query',
    definition: echo,
    request: get('/things?id=1'),
    expect: echoed({ method: 'GET', path: '/things', search: '?id=1', body: '' }),
  },
  {
    id: 'http.method.head',
    description: 'HEAD reaches the handler as HEAD (not GET); the client gets the headers and no body',
    definition: echo,
    request: get('/things', { method: 'HEAD' }),
    expect: { status: 200, headers: { 'x-echo-method': 'HEAD' }, body: '' },
  },
  {
    id: 'http.method.post',
    description: 'POST with a text body',
    definition: echo,
    request: post('/things', 'hello', { 'content-type': 'text/plain' }),
    expect: echoed({ method: 'POST', path: '/things', body: 'hello', headers: { 'content-type': 'text/plain' } }),
  },
  {
    id: 'http.method.put',
    description: 'PUT with a JSON body',
    definition: echo,
    request: post('/things/1', JSON_TEXT, { 'content-type': 'application/json' }, 'PUT'),
    expect: echoed({ method: 'PUT', path: '/things/1', body: JSON_TEXT }),
  },
  {
    id: 'http.method.patch',
    description: 'PATCH with a merge-patch body',
    definition: echo,
    request: post('/things/1', '{"name":null}', { 'content-type': 'application/merge-patch+json' }, 'PATCH'),
    expect: echoed({ method: 'PATCH', path: '/things/1', body: '{"name":null}' }),
  },
  {
    id: 'http.method.delete',
    description: 'DELETE without a body',
    definition: echo,
    request: get('/things/1', { method: 'DELETE' }),
    expect: echoed({ method: 'DELETE', path: '/things/1', body: '' }),
  },
  {
    id: 'http.method.options',
    description: 'OPTIONS (a CORS preflight) reaches the handler with its headers',
    definition: echo,
    request: get('/things', {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'PUT' },
    }),
    expect: echoed({
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'PUT' },
    }),
  },
];

const queries: HttpScenario[] = [
  {
    id: 'http.query.repeated-keys',
    description: 'repeated query keys all arrive, in order (hono #3482)',
    definition: echo,
    request: get('/q?tag=a&tag=b&tag=c&x=1'),
    expect: echoed({
      method: 'GET',
      search: '?tag=a&tag=b&tag=c&x=1',
      params: [
        ['tag', 'a'],
        ['tag', 'b'],
        ['tag', 'c'],
        ['x', '1'],
      ],
    }),
    limitations: {
      'aws:alb': {
        reason: ALB_ONE_VALUE,
        expect: echoed({ method: 'GET', search: '?tag=c&x=1' }),
      },
    },
  },
  {
    id: 'http.query.interleaved-keys',
    description: 'the raw query keeps the order of interleaved repeated keys',
    definition: echo,
    request: get('/q?a=1&b=2&a=3'),
    expect: echoed({ method: 'GET', search: '?a=1&b=2&a=3' }),
    limitations: {
      'aws:apigw-v1': {
        reason:
          'payload 1.0 has no raw query, only a map of key → values: repeated keys come back grouped. https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-input-format',
        expect: echoed({ method: 'GET', search: '?a=1&a=3&b=2' }),
      },
      'aws:alb-multi': {
        reason:
          'ALB multi-value mode sends a map of key → values: repeated keys come back grouped. https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#multi-value-headers',
        expect: echoed({ method: 'GET', search: '?a=1&a=3&b=2' }),
      },
      'aws:alb': {
        reason: ALB_ONE_VALUE,
        expect: echoed({ method: 'GET', search: '?a=3&b=2' }),
      },
    },
  },
  {
    id: 'http.query.plus-and-encoded-plus',
    description: '`+` (a space) and `%2B` (a plus) stay distinct: no double decoding (serverless-express #219)',
    definition: echo,
    request: get('/q?space=a+b&plus=a%2Bb'),
    expect: echoed({
      method: 'GET',
      search: '?space=a+b&plus=a%2Bb',
      params: [
        ['space', 'a b'],
        ['plus', 'a+b'],
      ],
    }),
    limitations: {
      'aws:apigw-v1': {
        reason:
          'payload 1.0 carries the query decoded, so the raw spelling of a space (`+` or `%20`) is gone; the adapter re-encodes it as `%20` and the decoded values stay right. https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-input-format',
        expect: echoed({
          method: 'GET',
          search: '?space=a%20b&plus=a%2Bb',
          params: [
            ['space', 'a b'],
            ['plus', 'a+b'],
          ],
        }),
      },
    },
  },
  {
    id: 'http.query.encoded-space',
    description: '`%20` stays encoded in the raw query',
    definition: echo,
    request: get('/q?s=a%20b'),
    expect: echoed({ method: 'GET', search: '?s=a%20b', params: [['s', 'a b']] }),
  },
  {
    id: 'http.query.encoded-slash',
    description: '`%2F` in a query value is not turned into `/`',
    definition: echo,
    request: get('/q?path=a%2Fb%2Fc'),
    expect: echoed({ method: 'GET', search: '?path=a%2Fb%2Fc', params: [['path', 'a/b/c']] }),
  },
  {
    id: 'http.query.unicode',
    description: 'UTF-8 query values arrive percent-encoded and decode back to the same text',
    definition: echo,
    request: get('/q?city=東京&e=%C3%A9'),
    expect: echoed({
      method: 'GET',
      search: '?city=%E6%9D%B1%E4%BA%AC&e=%C3%A9',
      params: [
        ['city', '東京'],
        ['e', 'é'],
      ],
    }),
  },
  {
    id: 'http.query.empty-values',
    description: 'a key with `=` and no value, and a key without `=`, are both kept',
    definition: echo,
    request: get('/q?a=&b&c=1'),
    expect: echoed({
      method: 'GET',
      params: [
        ['a', ''],
        ['b', ''],
        ['c', '1'],
      ],
    }),
  },
  {
    id: 'http.query.encoded-reserved',
    description: 'encoded `=`, `&` and `%` in values (ALB passes them still encoded) are not decoded into separators',
    definition: echo,
    request: get('/q?expr=a%3Db%26c%3Dd&pct=100%25'),
    expect: echoed({
      method: 'GET',
      search: '?expr=a%3Db%26c%3Dd&pct=100%25',
      params: [
        ['expr', 'a=b&c=d'],
        ['pct', '100%'],
      ],
    }),
  },
  {
    id: 'http.query.none',
    description: 'no query string gives an empty search, not a stray `?`',
    definition: echo,
    request: get('/q'),
    expect: echoed({ method: 'GET', path: '/q', search: '', params: [] }),
  },
];

const paths: HttpScenario[] = [
  {
    id: 'http.path.encoded-chars',
    description: 'a path with `%20`, `%2F` and UTF-8 keeps its encoding',
    definition: echo,
    request: get('/files/a%20b/c%2Fd/%E6%9D%B1.txt'),
    expect: echoed({ method: 'GET', path: '/files/a%20b/c%2Fd/%E6%9D%B1.txt', search: '' }),
  },
  {
    id: 'http.path.trailing-slash',
    description: 'a trailing slash is kept',
    definition: echo,
    request: get('/items/'),
    expect: echoed({ method: 'GET', path: '/items/' }),
  },
  {
    id: 'http.path.root',
    description: 'the root path',
    definition: echo,
    request: get('/'),
    expect: echoed({ method: 'GET', path: '/', search: '' }),
  },
  {
    id: 'http.path.no-stage-prefix',
    description: 'routes match without a stage or base-path prefix (hono #5015)',
    definition: hono,
    request: get('/orders/42'),
    expect: { status: 200, json: { id: '42', path: '/orders/42' } },
  },
];

const CITY = toByteString('Zürich — 東京');

const headers: HttpScenario[] = [
  {
    id: 'http.headers.repeated-request',
    description: 'a request header sent three times reaches the handler with all three values',
    definition: echo,
    request: () => {
      const h = new Headers();
      for (const v of ['a', 'b', 'c']) h.append('x-multi', v);
      return new Request(`${ORIGIN}/h`, { headers: h });
    },
    expect: echoed({ method: 'GET', headers: { 'x-multi': 'a, b, c' } }),
  },
  {
    id: 'http.headers.non-ascii',
    description: 'a UTF-8 header value (from a CDN) does not throw and arrives as its bytes (hono #4432)',
    definition: echo,
    request: get('/h', { headers: { 'x-city': CITY } }),
    expect: echoed({ method: 'GET', headers: { 'x-city': CITY } }),
  },
  {
    id: 'http.headers.standard',
    description: 'ordinary request headers arrive unchanged, names lower-cased',
    definition: echo,
    request: get('/h', {
      headers: { Authorization: 'Bearer abc.def', Accept: 'application/json', 'X-Request-Id': 'req-123' },
    }),
    expect: echoed({
      method: 'GET',
      headers: { authorization: 'Bearer abc.def', accept: 'application/json', 'x-request-id': 'req-123' },
    }),
  },
  {
    id: 'http.headers.repeated-response',
    description: 'a response header appended several times reaches the client with every value',
    definition: http(() => {
      const h = new Headers({ 'content-type': 'text/plain' });
      h.append('x-multi', 'a');
      h.append('x-multi', 'b');
      h.append('vary', 'accept');
      h.append('vary', 'origin');
      return new Response('ok', { headers: h });
    }),
    request: get('/h'),
    expect: { status: 200, headers: { 'x-multi': 'a, b', vary: 'accept, origin' }, body: 'ok' },
  },
  {
    id: 'http.headers.content-type-kept',
    description: 'the response content type arrives exactly as set, parameters included',
    definition: reply('{"a":1}', { headers: { 'content-type': 'application/vnd.faasport+json; charset=utf-8' } }),
    request: get('/h'),
    expect: {
      status: 200,
      headers: { 'content-type': 'application/vnd.faasport+json; charset=utf-8' },
      body: '{"a":1}',
    },
  },
];

const cookies: HttpScenario[] = [
  {
    id: 'http.cookies.one-in',
    description: 'one request cookie arrives in the Cookie header',
    definition: echo,
    request: get('/c', { headers: { cookie: 'sid=abc123' } }),
    expect: echoed({ method: 'GET', headers: { cookie: 'sid=abc123' } }),
  },
  {
    id: 'http.cookies.several-in',
    description: 'several request cookies arrive in one Cookie header, `; `-separated',
    definition: echo,
    request: get('/c', { headers: { cookie: 'a=1; b=2; c=hello%20world' } }),
    expect: echoed({ method: 'GET', headers: { cookie: 'a=1; b=2; c=hello%20world' } }),
  },
  {
    id: 'http.cookies.set-several',
    description:
      'three Set-Cookie headers, one with Expires (contains a comma), reach the client as three (hono #2921, serverless-express #505)',
    definition: http(() => {
      const h = new Headers({ 'content-type': 'text/plain' });
      h.append('set-cookie', 'a=1; Path=/; HttpOnly');
      h.append('set-cookie', `b=2; Path=/; Expires=${EXPIRES}`);
      h.append('set-cookie', 'c=3; Path=/api; Secure; SameSite=Strict');
      return new Response('ok', { headers: h });
    }),
    request: get('/c'),
    expect: {
      status: 200,
      setCookies: [
        'a=1; Path=/; HttpOnly',
        `b=2; Path=/; Expires=${EXPIRES}`,
        'c=3; Path=/api; Secure; SameSite=Strict',
      ],
      body: 'ok',
    },
    limitations: {
      'aws:alb': {
        reason: ALB_ONE_COOKIE,
        expect: { status: 200, setCookies: ['a=1; Path=/; HttpOnly'], body: 'ok' },
      },
    },
  },
  {
    id: 'http.cookies.set-one',
    description: 'a single Set-Cookie with attributes, not duplicated (serverless-adapter #8)',
    definition: reply('ok', { headers: { 'set-cookie': 'sid=xyz; Path=/; Max-Age=3600; HttpOnly; Secure' } }),
    request: get('/c'),
    expect: { status: 200, setCookies: ['sid=xyz; Path=/; Max-Age=3600; HttpOnly; Secure'], body: 'ok' },
  },
];

const statuses: HttpScenario[] = [
  {
    id: 'http.status.no-content-204',
    description: '204 arrives with its headers and no body',
    definition: reply(null, { status: 204, headers: { 'x-kept': 'yes' } }),
    request: get('/s', { method: 'DELETE' }),
    expect: { status: 204, headers: { 'x-kept': 'yes' }, body: '' },
  },
  {
    id: 'http.status.not-modified-304',
    description: '304 arrives with its ETag and no body',
    definition: reply(null, { status: 304, headers: { etag: '"v1"' } }),
    request: get('/s', { headers: { 'if-none-match': '"v1"' } }),
    expect: { status: 304, headers: { etag: '"v1"' }, body: '' },
  },
  {
    id: 'http.status.redirect-301',
    description: '301 is not followed; Location is kept',
    definition: reply(null, { status: 301, headers: { location: 'https://elsewhere.example/new' } }),
    request: get('/old'),
    expect: { status: 301, headers: { location: 'https://elsewhere.example/new' } },
  },
  {
    id: 'http.status.redirect-302',
    description: '302 with a relative Location carrying an encoded query is not followed; Location is kept as is',
    definition: reply(null, { status: 302, headers: { location: '/login?next=%2Fhome' } }),
    request: get('/private'),
    expect: { status: 302, headers: { location: '/login?next=%2Fhome' } },
  },
  {
    id: 'http.status.created-201',
    description: '201 with Location and a JSON body',
    definition: http(() => Response.json({ id: 7 }, { status: 201, headers: { location: '/items/7' } })),
    request: post('/items', '{}', { 'content-type': 'application/json' }),
    expect: { status: 201, headers: { location: '/items/7' }, json: { id: 7 } },
  },
  {
    id: 'http.status.custom-418',
    description: 'an unusual status code is kept',
    definition: reply("I'm a teapot", { status: 418, headers: { 'content-type': 'text/plain' } }),
    request: get('/coffee'),
    expect: { status: 418, body: "I'm a teapot" },
  },
  {
    id: 'http.status.too-many-429',
    description: '429 with Retry-After',
    definition: reply('slow down', { status: 429, headers: { 'retry-after': '120', 'content-type': 'text/plain' } }),
    request: get('/busy'),
    expect: { status: 429, headers: { 'retry-after': '120' }, body: 'slow down' },
  },
];

const bodies: HttpScenario[] = [
  {
    id: 'http.body.empty-request',
    description: 'a POST without a body gives the handler an empty body',
    definition: echo,
    request: get('/b', { method: 'POST' }),
    expect: echoed({ method: 'POST', body: '' }),
  },
  {
    id: 'http.body.empty-response',
    description: 'an empty 200 body arrives empty with its content type',
    definition: reply('', { headers: { 'content-type': 'text/plain' } }),
    request: get('/b'),
    expect: { status: 200, headers: { 'content-type': 'text/plain' }, body: '' },
  },
  {
    id: 'http.body.text',
    description: 'an ASCII text body both ways',
    definition: mirror,
    request: post('/b', 'plain text, nothing special', { 'content-type': 'text/plain' }),
    expect: { status: 200, headers: { 'content-type': 'text/plain' }, body: 'plain text, nothing special' },
  },
  {
    id: 'http.body.utf8',
    description: 'a UTF-8 text body (4-byte characters included) both ways, byte-exact',
    definition: mirror,
    request: post('/b', UTF8_TEXT, { 'content-type': 'text/plain; charset=utf-8' }),
    expect: { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: UTF8_TEXT },
  },
  {
    id: 'http.body.json',
    description: 'a JSON body both ways; the bytes are not re-serialized (node-server #223)',
    definition: mirror,
    request: post('/b', JSON_TEXT, { 'content-type': 'application/json' }),
    expect: { status: 200, headers: { 'content-type': 'application/json' }, body: JSON_TEXT },
  },
  {
    id: 'http.body.form-urlencoded',
    description: 'a form post arrives as its bytes even where the platform base64-encodes it (serverless-http #34)',
    definition: mirror,
    request: post('/b', FORM_TEXT, { 'content-type': 'application/x-www-form-urlencoded' }),
    expect: { status: 200, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: FORM_TEXT },
  },
  {
    id: 'http.body.binary-all-bytes',
    description: 'every byte value 0–255 both ways, byte-exact (serverless-express #645)',
    definition: mirror,
    request: post('/b', ALL_BYTES, { 'content-type': 'application/octet-stream' }),
    expect: { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: ALL_BYTES },
  },
  {
    id: 'http.body.binary-no-content-type',
    description: 'bytes with no content type at all both ways, byte-exact',
    definition: mirror,
    request: () => new Request(`${ORIGIN}/b`, { method: 'POST', body: NO_TYPE_BYTES }),
    expect: { status: 200, body: NO_TYPE_BYTES },
  },
  {
    id: 'http.body.image',
    description: 'an image/png body both ways, byte-exact',
    definition: mirror,
    request: post('/b', PNG, { 'content-type': 'image/png' }),
    expect: { status: 200, headers: { 'content-type': 'image/png' }, body: PNG },
  },
  {
    id: 'http.body.gzip-request',
    description:
      'a gzip-encoded JSON request reaches the handler as the gzip bytes, not inflated (serverless-express #35)',
    definition: echo,
    request: post('/b', GZIP_JSON, { 'content-type': 'application/json', 'content-encoding': 'gzip' }),
    expect: echoed({ method: 'POST', headers: { 'content-encoding': 'gzip' }, body: GZIP_JSON }),
    limitations: {
      gcp: {
        reason:
          'the Functions Framework (body-parser, inflate on) decodes gzip before the function runs; the adapter drops the stale content-encoding. https://github.com/expressjs/body-parser#inflate',
        expect: echoed({ method: 'POST', headers: { 'content-encoding': null }, body: JSON_TEXT }),
      },
    },
  },
  {
    id: 'http.body.gzip-response',
    description:
      'a gzip-encoded JSON response reaches the client byte-exact: binary whatever its content type (serverless-express #35)',
    definition: reply(GZIP_JSON, { headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } }),
    request: get('/b'),
    expect: {
      status: 200,
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: GZIP_JSON,
    },
  },
  {
    id: 'http.body.multipart',
    description: 'a multipart/form-data upload with a binary part both ways, byte-exact',
    definition: mirror,
    request: post('/b', MULTIPART, { 'content-type': 'multipart/form-data; boundary=BOUNDARY' }),
    expect: { status: 200, headers: { 'content-type': 'multipart/form-data; boundary=BOUNDARY' }, body: MULTIPART },
  },
  {
    id: 'http.body.large-700kb-binary',
    description:
      '700 KB of random bytes both ways, byte-exact: large, yet under every path’s limit (ALB: 1 MB as base64 JSON)',
    definition: mirror,
    request: post('/b', BIN_700KB, { 'content-type': 'application/octet-stream' }),
    expect: { status: 200, bodyDigest: digestOf(BIN_700KB) },
  },
  {
    id: 'http.body.large-1mb-binary',
    description: '1 MB of random bytes both ways, byte-exact',
    definition: mirror,
    request: post('/b', BIN_1MB, { 'content-type': 'application/octet-stream' }),
    expect: { status: 200, bodyDigest: digestOf(BIN_1MB) },
    limitations: {
      'aws:alb': { reason: ALB_1MB_REQUEST, expect: { status: 413 } },
      'aws:alb-multi': { reason: ALB_1MB_REQUEST, expect: { status: 413 } },
    },
  },
  {
    id: 'http.body.large-4mb-binary-request',
    description: 'a 4 MB binary request (5.3 MB as base64: under Lambda’s 6 MB) arrives byte-exact',
    definition: digest,
    request: post('/b', BIN_4MB, { 'content-type': 'application/octet-stream' }),
    expect: { status: 200, json: digestOf(BIN_4MB) },
    limitations: {
      'aws:alb': { reason: ALB_1MB_REQUEST, expect: { status: 413 } },
      'aws:alb-multi': { reason: ALB_1MB_REQUEST, expect: { status: 413 } },
    },
  },
  {
    id: 'http.body.large-5mb-text-request',
    description: 'a 5 MB text request arrives byte-exact',
    definition: digest,
    request: post('/b', TEXT_5MB, { 'content-type': 'text/plain' }),
    expect: { status: 200, json: digestOf(TEXT_5MB) },
    limitations: {
      'aws:alb': { reason: ALB_1MB_REQUEST, expect: { status: 413 } },
      'aws:alb-multi': { reason: ALB_1MB_REQUEST, expect: { status: 413 } },
    },
  },
  {
    id: 'http.body.large-5mb-text-response',
    description: 'a 5 MB text response arrives byte-exact',
    definition: reply(TEXT_5MB, { headers: { 'content-type': 'text/plain' } }),
    request: get('/b'),
    expect: { status: 200, bodyDigest: digestOf(TEXT_5MB) },
    limitations: {
      'aws:alb': { reason: ALB_1MB_RESPONSE, expect: { status: 502 } },
      'aws:alb-multi': { reason: ALB_1MB_RESPONSE, expect: { status: 502 } },
    },
  },
  {
    id: 'http.limits.binary-5mb-request',
    description:
      'a 5 MB binary request: 6.7 MB as base64, over Lambda’s 6 MB synchronous payload; fits GCP (32 MB) and Azure (100 MB)',
    definition: digest,
    request: post('/b', BIN_5MB, { 'content-type': 'application/octet-stream' }),
    expect: { status: 200, json: digestOf(BIN_5MB) },
    limitations: {
      'aws:apigw-v1': { reason: LAMBDA_6MB, expect: { status: 413 } },
      'aws:apigw-v2': { reason: LAMBDA_6MB, expect: { status: 413 } },
      'aws:function-url': { reason: LAMBDA_6MB, expect: { status: 413 } },
      'aws:alb': { reason: ALB_1MB_REQUEST, expect: { status: 413 } },
      'aws:alb-multi': { reason: ALB_1MB_REQUEST, expect: { status: 413 } },
      'aws:function-url-stream': { reason: LAMBDA_6MB, expect: { status: 413 } },
    },
  },
];

const SECRET = 'db password is hunter2';

const errors: HttpScenario[] = [
  {
    id: 'http.error.thrown',
    description: 'an Error thrown by the handler → 500 whose body has neither the message nor the stack',
    definition: http(async () => {
      throw new Error(SECRET);
    }),
    request: get('/e'),
    expect: { status: 500, bodyExcludes: [SECRET, 'Error:', '    at '] },
  },
  {
    id: 'http.error.thrown-sync',
    description: 'a synchronous throw from a non-async handler → 500 revealing nothing',
    definition: http(() => {
      throw new TypeError(SECRET);
    }),
    request: get('/e'),
    expect: { status: 500, bodyExcludes: [SECRET, 'TypeError', '    at '] },
  },
  {
    id: 'http.error.http-error-message',
    description: "HttpError(404, 'msg') → 404 with the message as the body",
    definition: http(() => {
      throw new HttpError(404, 'No such order');
    }),
    request: get('/orders/9'),
    expect: { status: 404, body: 'No such order' },
  },
  {
    id: 'http.error.http-error-no-message',
    description: 'HttpError(403) without a message → 403 with an empty body',
    definition: http(() => {
      throw new HttpError(403);
    }),
    request: get('/admin'),
    expect: { status: 403, body: '' },
  },
  {
    id: 'http.error.http-error-headers',
    description: 'HttpError with headers → those headers reach the client',
    definition: http(() => {
      throw new HttpError(401, 'Login required', { headers: { 'www-authenticate': 'Bearer realm="api"' } });
    }),
    request: get('/me'),
    expect: { status: 401, headers: { 'www-authenticate': 'Bearer realm="api"' }, body: 'Login required' },
  },
  {
    id: 'http.error.non-response',
    description: 'a handler returning a plain object instead of a Response → 500',
    definition: http((() => ({ ok: true })) as unknown as () => Response),
    request: get('/e'),
    expect: { status: 500, bodyExcludes: ['ok'] },
  },
  {
    id: 'http.error.undefined-response',
    description: 'a handler returning nothing → 500',
    definition: http((async () => undefined) as unknown as () => Promise<Response>),
    request: get('/e'),
    expect: { status: 500 },
  },
  {
    id: 'http.error.malformed-input',
    description: 'a MalformedInputError → 400 revealing nothing more',
    definition: http(() => {
      throw new MalformedInputError(SECRET);
    }),
    request: get('/e'),
    expect: { status: 400, bodyExcludes: [SECRET] },
  },
];

const honoScenarios: HttpScenario[] = [
  {
    id: 'http.hono.query',
    description: 'a Hono app reads c.req.query and c.req.queries (repeated keys)',
    definition: hono,
    request: get('/search?q=a%2Bb+c&tag=x&tag=y'),
    expect: { status: 200, json: { q: 'a+b c', tags: ['x', 'y'] } },
    limitations: {
      'aws:alb': {
        reason: ALB_ONE_VALUE,
        expect: { status: 200, json: { q: 'a+b c', tags: ['y'] } },
      },
    },
  },
  {
    id: 'http.hono.cookies',
    description: 'a Hono app reads cookies with getCookie and sets two with setCookie (one with Expires)',
    definition: hono,
    request: get('/session', { headers: { cookie: 'sid=old; theme=light' } }),
    expect: {
      status: 200,
      json: { sid: 'old', theme: 'light' },
      setCookies: ['sid=new; Path=/; HttpOnly; Secure; SameSite=Lax', `theme=dark; Path=/; Expires=${HONO_EXPIRES}`],
    },
    limitations: {
      'aws:alb': {
        reason: ALB_ONE_COOKIE,
        expect: {
          status: 200,
          json: { sid: 'old', theme: 'light' },
          setCookies: ['sid=new; Path=/; HttpOnly; Secure; SameSite=Lax'],
        },
      },
    },
  },
  {
    id: 'http.hono.post-json',
    description: 'a Hono app route with a path parameter reads a JSON body and answers 201',
    definition: hono,
    request: post('/items/7', JSON_TEXT, { 'content-type': 'application/json' }),
    expect: { status: 201, json: { id: '7', body: JSON.parse(JSON_TEXT) } },
  },
  {
    id: 'http.hono.not-found',
    description: "a Hono app's own 404 for an unknown route passes through",
    definition: hono,
    request: get('/nope'),
    expect: { status: 404, body: '404 Not Found' },
  },
];

const STREAM_TEXT = STREAM_CHUNKS.join('');

const streams: HttpScenario[] = [
  {
    id: 'http.stream.chunks',
    description: 'a ReadableStream body written in several chunks arrives complete',
    definition: http(() => new Response(streamOf(STREAM_CHUNKS), { headers: { 'content-type': 'text/plain' } })),
    request: get('/stream'),
    expect: { status: 200, headers: { 'content-type': 'text/plain' }, body: STREAM_TEXT },
  },
  {
    id: 'http.stream.binary',
    description: 'a binary stream (one chunk larger than 64 KB) arrives complete, byte-exact',
    definition: http(
      () => new Response(streamOf(STREAM_BIN), { headers: { 'content-type': 'application/octet-stream' } }),
    ),
    request: get('/stream'),
    expect: { status: 200, body: new Uint8Array(STREAM_BIN.flatMap((c) => [...c])) },
  },
  {
    id: 'http.stream.status-and-headers',
    description: 'a streamed response keeps its status, headers and cookies (hono #2401)',
    definition: http(() => {
      const h = new Headers({ 'content-type': 'text/event-stream', 'x-stream': 'yes' });
      h.append('set-cookie', 'a=1; Path=/');
      h.append('set-cookie', `b=2; Path=/; Expires=${EXPIRES}`);
      return new Response(streamOf(['data: one\n\n', 'data: two\n\n']), { status: 201, headers: h });
    }),
    request: get('/stream'),
    expect: {
      status: 201,
      headers: { 'content-type': 'text/event-stream', 'x-stream': 'yes' },
      setCookies: ['a=1; Path=/', `b=2; Path=/; Expires=${EXPIRES}`],
      body: 'data: one\n\ndata: two\n\n',
    },
    limitations: {
      'aws:alb': {
        reason: ALB_ONE_COOKIE,
        expect: {
          status: 201,
          headers: { 'content-type': 'text/event-stream', 'x-stream': 'yes' },
          setCookies: ['a=1; Path=/'],
          body: 'data: one\n\ndata: two\n\n',
        },
      },
    },
  },
  {
    id: 'http.stream.empty',
    description:
      'a stream that ends without a chunk keeps its status and headers (aws-lambda-nodejs-runtime-interface-client #97)',
    definition: http(() => new Response(streamOf([]), { status: 202, headers: { 'x-accepted': 'yes' } })),
    request: get('/stream'),
    expect: { status: 202, headers: { 'x-accepted': 'yes' }, body: '' },
  },
];

const contexts: HttpScenario[] = [
  {
    id: 'http.context.provider-and-raw',
    description: "the handler's context names the provider and carries the raw platform input (hono #1620)",
    definition: echo,
    request: get('/ctx'),
    expect: echoed({ method: 'GET', path: '/ctx' }),
  },
  {
    id: 'http.context.signal-before-deadline',
    description: 'with a known timeout, ctx.signal is live and remainingMs() is finite and positive (middy #684)',
    definition: http(
      (_req, ctx) => {
        const left = ctx.remainingMs();
        return Response.json({ aborted: ctx.signal.aborted, finite: Number.isFinite(left), positive: left > 0 });
      },
      { timeoutSeconds: 30 },
    ),
    request: get('/ctx'),
    expect: { status: 200, json: { aborted: false, finite: true, positive: true } },
  },
];

/** Every HTTP scenario, in a stable order. */
export const httpScenarios: readonly HttpScenario[] = [
  ...methods,
  ...queries,
  ...paths,
  ...headers,
  ...cookies,
  ...statuses,
  ...bodies,
  ...errors,
  ...honoScenarios,
  ...streams,
  ...contexts,
];

/** The id of every HTTP scenario: what capabilities cite as proof. */
export const httpScenarioIds: readonly string[] = httpScenarios.map((s) => s.id);
