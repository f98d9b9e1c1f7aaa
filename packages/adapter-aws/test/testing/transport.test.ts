import { http } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { type LambdaShape, lambdaTransport } from '../../src/testing/transport.js';
import { type Echo, echo } from '../helpers.js';

const SHAPES: LambdaShape[] = ['apigw-v1', 'apigw-v2', 'function-url', 'alb', 'alb-multi', 'function-url-stream'];
const BINARY = Uint8Array.from({ length: 256 }, (_, i) => i);

describe.each(SHAPES)('lambdaTransport %s', (shape) => {
  it('is named aws:<shape> and round-trips method, path, query pairs and binary body', async () => {
    const transport = lambdaTransport(echo, { shape });
    expect(transport.name).toBe(`aws:${shape}`);
    const req = new Request('https://app.example.com/a%2Fb/c?q=a%2Bb&s=x%20y', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-city': 'Zürich' },
      body: BINARY,
    });
    const res = await transport.fetch(req);
    const seen = (await res.json()) as Echo;
    const url = new URL(seen.url);
    expect(seen.method).toBe('POST');
    expect(url.pathname).toBe('/a%2Fb/c');
    expect([...url.searchParams]).toEqual([
      ['q', 'a+b'],
      ['s', 'x y'],
    ]);
    expect(new Uint8Array(Buffer.from(seen.body, 'base64'))).toEqual(BINARY);
    expect(new Headers(seen.headers).get('x-city')).toBe('Zürich');
    await transport.close();
  });

  it('delivers several Set-Cookie (ALB single-value mode: only the first, its declared limit)', async () => {
    const def = http(() => {
      const headers = new Headers();
      headers.append('set-cookie', 'a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT');
      headers.append('set-cookie', 'b=2');
      return new Response('ok', { headers });
    });
    const res = await lambdaTransport(def, { shape }).fetch(new Request('https://app.example.com/'));
    const expected = shape === 'alb' ? 1 : 2;
    expect(res.headers.getSetCookie()).toHaveLength(expected);
    expect(res.headers.getSetCookie()[0]).toBe('a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT');
  });
});

describe('lambdaTransport', () => {
  it('keeps repeated query keys where the service does', async () => {
    const res = await lambdaTransport(echo, { shape: 'alb-multi' }).fetch(
      new Request('https://h.example.com/?k=1&k=2'),
    );
    expect(new URL(((await res.json()) as Echo).url).searchParams.getAll('k')).toEqual(['1', '2']);
  });

  it('a streamed body failing mid-way: the client has the status and the bytes sent so far', async () => {
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) controller.error(new Error('reset'));
        else {
          sent = true;
          controller.enqueue(new TextEncoder().encode('partial'));
        }
      },
    });
    const transport = lambdaTransport(
      http(() => new Response(body, { status: 206 })),
      { shape: 'function-url-stream' },
    );
    const write = process.stdout.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      const res = await transport.fetch(new Request('https://h.example.com/'));
      expect(res.status).toBe(206);
      expect(await res.text()).toBe('partial');
    } finally {
      process.stdout.write = write;
    }
  });

  it('hands the handler the event as plain JSON (no class instances, no undefined)', async () => {
    let raw: unknown;
    const def = http((_req, ctx) => {
      raw = (ctx.raw as { event: unknown }).event;
      return new Response('x');
    });
    await lambdaTransport(def, { shape: 'apigw-v1' }).fetch(new Request('https://h.example.com/'));
    expect(JSON.parse(JSON.stringify(raw))).toEqual(raw);
    expect(Object.getPrototypeOf(raw)).toBe(Object.prototype);
  });
});

describe('lambdaTransport payload limits', () => {
  it('answers 413 without running the function when the event is over 6 MB', async () => {
    let ran = false;
    const def = http(() => {
      ran = true;
      return new Response('x');
    });
    const big = new Uint8Array(5 * 1024 * 1024).fill(7);
    const res = await lambdaTransport(def, { shape: 'apigw-v2' }).fetch(
      new Request('https://h.example.com/', {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream' },
        body: big,
      }),
    );
    expect(res.status).toBe(413);
    expect(ran).toBe(false);
  });

  it('answers a logged 500 (not the platform 502) for a buffered result over 6 MB, but streams it through a Function URL', async () => {
    const def = http(
      () => new Response(new Uint8Array(5 * 1024 * 1024).fill(1), { headers: { 'content-type': 'image/png' } }),
    );
    const buffered = await lambdaTransport(def, { shape: 'function-url' }).fetch(new Request('https://h.example.com/'));
    expect(buffered.status).toBe(500);
    const streamed = await lambdaTransport(def, { shape: 'function-url-stream' }).fetch(
      new Request('https://h.example.com/'),
    );
    expect(streamed.status).toBe(200);
    expect((await streamed.arrayBuffer()).byteLength).toBe(5 * 1024 * 1024);
  });
});

describe('lambdaTransport ALB limits', () => {
  it('answers 413 for an ALB request body over 1 MB and a logged 500 for a result over 1 MB', async () => {
    const mirror = http(
      async (req) => new Response(await req.arrayBuffer(), { headers: { 'content-type': 'text/plain' } }),
    );
    const post = (size: number) =>
      new Request('https://h.example.com/', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'x'.repeat(size),
      });
    const alb = lambdaTransport(mirror, { shape: 'alb-multi' });
    expect((await alb.fetch(post(1024 * 1024 + 1))).status).toBe(413);
    expect((await alb.fetch(post(700 * 1024))).status).toBe(200);
    const big = http(() => new Response('y'.repeat(1024 * 1024 + 1), { headers: { 'content-type': 'text/plain' } }));
    expect((await lambdaTransport(big, { shape: 'alb' }).fetch(new Request('https://h.example.com/'))).status).toBe(
      500,
    );
    expect(
      (await lambdaTransport(big, { shape: 'apigw-v1' }).fetch(new Request('https://h.example.com/'))).status,
    ).toBe(200);
  });
});
