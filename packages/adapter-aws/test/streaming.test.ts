import { DefinitionError, http, UnrecognizedEventError } from '@faasport/core';
import { afterEach, describe, expect, it } from 'vitest';
import { toStreamingLambda } from '../src/streaming.js';
import { createLambdaContext } from '../src/testing/lambda-context.js';
import { installLambdaStreamingRuntime, type LambdaStreamingRuntime } from '../src/testing/streaming-runtime.js';
import { captureLogs, v1Event, v2Event } from './helpers.js';

let runtime: LambdaStreamingRuntime | undefined;
afterEach(() => {
  runtime?.uninstall();
  runtime = undefined;
});

function streamed(def: Parameters<typeof toStreamingLambda>[0], highWaterMark?: number) {
  runtime = installLambdaStreamingRuntime(highWaterMark === undefined ? {} : { highWaterMark });
  const handler = toStreamingLambda(def);
  const rt = runtime;
  return (event: unknown) => rt.invoke(handler, event, createLambdaContext());
}

describe('toStreamingLambda', () => {
  it('throws DefinitionError naming the fix when the awslambda global is missing', () => {
    expect(() => toStreamingLambda(http(() => new Response('x')))).toThrow(DefinitionError);
    expect(() => toStreamingLambda(http(() => new Response('x')))).toThrow(
      /RESPONSE_STREAM|installLambdaStreamingRuntime/,
    );
  });

  it('sends status, headers and cookies first, then the body', async () => {
    const invoke = streamed(
      http(() => {
        const headers = new Headers({ 'content-type': 'text/plain' });
        headers.append('set-cookie', 'a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT');
        headers.append('set-cookie', 'b=2');
        return new Response('chunked body', { status: 202, headers });
      }),
    );
    const out = await invoke(v2Event());
    expect(out.contentType).toBe('application/vnd.awslambda.http-integration-response');
    expect(out.prelude).toEqual({
      statusCode: 202,
      headers: { 'content-type': 'text/plain' },
      cookies: ['a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT', 'b=2'],
    });
    expect(Buffer.from(out.bytes).toString('latin1').startsWith('{"statusCode":202')).toBe(true);
    expect(Buffer.from(out.body).toString('utf8')).toBe('chunked body');
  });

  it('sends the prelude also for an empty body (runtime client issue #97)', async () => {
    const noContent = await streamed(http(() => new Response(null, { status: 204, headers: { 'x-a': '1' } })))(
      v2Event(),
    );
    expect(noContent.prelude).toMatchObject({ statusCode: 204, headers: { 'x-a': '1' } });
    expect(noContent.body.byteLength).toBe(0);
    runtime?.uninstall();
    const emptyOk = await streamed(http(() => new Response('', { status: 201 })))(v2Event());
    expect(emptyOk.prelude?.statusCode).toBe(201);
  });

  it('sends no body for HEAD', async () => {
    const out = await streamed(http(() => new Response('would be here')))(v2Event({}, 'HEAD'));
    expect(out.prelude?.statusCode).toBe(200);
    expect(out.body.byteLength).toBe(0);
  });

  it('pipes a large body byte-exact and respects backpressure', async () => {
    const chunk = 64 * 1024;
    const total = 32;
    const body = new ReadableStream<Uint8Array>({
      start() {},
      pull(controller) {
        const i = (this as unknown as { i?: number }).i ?? 0;
        (this as unknown as { i: number }).i = i + 1;
        if (i === total) controller.close();
        else controller.enqueue(new Uint8Array(chunk).fill(i));
      },
    });
    const out = await streamed(
      http(() => new Response(body, { headers: { 'content-type': 'application/octet-stream' } })),
      16 * 1024,
    )(v2Event());
    expect(out.body.byteLength).toBe(chunk * total);
    for (let i = 0; i < total; i++) expect(out.body[i * chunk + 100]).toBe(i);
    // Without waiting for 'drain' the whole 2 MiB would pile up in the stream's buffer.
    expect(out.maxBuffered).toBeLessThanOrEqual(16 * 1024 + chunk);
  });

  it('answers invalid base64 with a streamed 400', async () => {
    const { value } = await captureLogs(() =>
      streamed(http(() => new Response('x')))(v2Event({ body: '%%%', isBase64Encoded: true }, 'POST')),
    );
    expect(value.prelude?.statusCode).toBe(400);
    expect(Buffer.from(value.body).toString()).toBe('Bad Request');
  });

  it('rejects an event that is not payload 2.0', async () => {
    const out = await streamed(http(() => new Response('x')))(v1Event());
    expect(out.error).toBeInstanceOf(UnrecognizedEventError);
    expect(out.bytes.byteLength).toBe(0);
  });

  it('a body failing mid-stream: headers already sent, the error logged, the invocation rejected', async () => {
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) controller.error(new Error('upstream reset'));
        else {
          sent = true;
          controller.enqueue(new TextEncoder().encode('part'));
        }
      },
    });
    const { value, lines } = await captureLogs(() => streamed(http(() => new Response(body)))(v2Event()));
    expect(value.prelude?.statusCode).toBe(200);
    expect(Buffer.from(value.body).toString()).toBe('part');
    expect((value.error as Error).message).toBe('upstream reset');
    expect(lines.find((l) => l.level === 'ERROR')?.message).toMatch(/Streaming the response body failed/);
  });
});
