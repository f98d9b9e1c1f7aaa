// What the HTTP scenario files share: the scenario types, fixtures and request builders.
import { type HttpDefinition, http } from '@faasport/core';
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
} from '../helpers.js';
import type { TransportName } from '../transports.js';
import type { EchoExpectation, HttpExpectation } from '../verify.js';

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

export const ORIGIN = 'https://conformance.test';

export const ALB_ONE_VALUE =
  'ALB without multi-value headers passes one value per query key, the last one. https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#multi-value-headers';
export const ALB_ONE_COOKIE =
  'ALB without multi-value headers can send only one Set-Cookie; the adapter keeps the first. https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#multi-value-headers';
export const ALB_LIMITS = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html';
export const ALB_1MB_REQUEST = `an ALB sends a Lambda target at most 1 MB of request body and answers 413 beyond it. ${ALB_LIMITS}`;
export const ALB_1MB_RESPONSE = `an ALB takes at most 1 MB of response JSON from a Lambda target and answers a bare 502 beyond it; the adapter answers a 500 instead and logs a PayloadTooLargeError naming the limit. ${ALB_LIMITS}`;
export const LAMBDA_6MB =
  'a synchronous Lambda invocation takes at most 6 MB (6,291,456 bytes) of request payload; 5 MB as base64 is 6.7 MB, so the service answers 413 before the function runs. https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html';
export const MB = 1024 * 1024;

export const echo = http(echoHandler);
export const mirror = http(mirrorHandler);
export const digest = http(digestHandler);

export function get(path: string, init?: RequestInit): () => Request {
  return () => new Request(ORIGIN + path, init);
}

export function post(
  path: string,
  body: string | Uint8Array<ArrayBuffer>,
  headers: Record<string, string> = {},
  method = 'POST',
) {
  return () => new Request(ORIGIN + path, { method, body, headers });
}

export function echoed(e: EchoExpectation, headers?: Record<string, string | null>): HttpExpectation {
  return headers ? { status: 200, headers, echo: e } : { status: 200, echo: e };
}

export function digestOf(bytes: Uint8Array) {
  return { length: bytes.byteLength, sha256: sha256(bytes) };
}

export function reply(body: BodyInit | null, init: ResponseInit): HttpDefinition {
  return http(() => new Response(body, init));
}

export const EXPIRES = 'Wed, 21 Oct 2037 07:28:00 GMT';
// Hono refuses an Expires more than 400 days ahead (RFC 6265bis): a date a day from now, whole seconds.
export const HONO_EXPIRES = new Date(Math.floor(Date.now() / 1000) * 1000 + 86_400_000).toUTCString();
export const UTF8_TEXT = 'Grüße — 東京 🎉 ÿ';
export const JSON_TEXT = '{"id":42,"name":"Zoë","tags":["a","b"],"nested":{"ok":true}}';
export const FORM_TEXT = 'name=J%C3%BCrgen&tags=a&tags=b&note=hello+world&empty=';
export const ALL_BYTES = allByteValues(4);
export const NO_TYPE_BYTES = seededBytes(4096, 11);
export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...seededBytes(2048, 3)]);
export const GZIP_JSON = gzip(JSON_TEXT);
export const MULTIPART = multipartBody();
export const BIN_700KB = seededBytes(700 * 1024, 4);
export const BIN_1MB = seededBytes(MB, 5);
export const BIN_4MB = seededBytes(4 * MB, 6);
export const BIN_5MB = seededBytes(5 * MB, 7);
export const TEXT_5MB = asciiText(5 * MB);

export function multipartBody(): Uint8Array<ArrayBuffer> {
  const head = new TextEncoder().encode(
    '--BOUNDARY\r\nContent-Disposition: form-data; name="title"\r\n\r\nZoë\r\n--BOUNDARY\r\n' +
      'Content-Disposition: form-data; name="file"; filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\n',
  );
  const tail = new TextEncoder().encode('\r\n--BOUNDARY--\r\n');
  return new Uint8Array([...head, ...allByteValues(1), ...tail]);
}

export function streamOf(chunks: readonly (string | Uint8Array)[], delayMs = 2): ReadableStream<Uint8Array> {
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

export const STREAM_CHUNKS = ['first line\n', 'second — zweite\n', 'third 三\n', 'last\n'];
export const STREAM_BIN = [seededBytes(1000, 21), seededBytes(70_000, 22), allByteValues(1)];

export function honoApp(): Hono {
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
export const hono = http(honoApp());
