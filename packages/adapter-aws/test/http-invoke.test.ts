import { http } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { invokeHttp } from '../src/http-invoke.js';
import { createLambdaContext } from '../src/testing/lambda-context.js';
import { captureLogs, v2Event } from './helpers.js';

describe('invokeHttp', () => {
  it('answers malformed input with 400 without calling the handler', async () => {
    let called = false;
    const def = http(() => {
      called = true;
      return new Response('x');
    });
    const event = v2Event({ body: '@@@', isBase64Encoded: true }, 'POST');
    const { value } = await captureLogs(() => invokeHttp(def, event, createLambdaContext()));
    expect(value.statusCode).toBe(400);
    expect(called).toBe(false);
  });

  it('answers a handler that returns no Response with 500', async () => {
    const def = http(() => undefined as unknown as Response);
    const { value, lines } = await captureLogs(() => invokeHttp(def, v2Event(), createLambdaContext()));
    expect(value.statusCode).toBe(500);
    expect(JSON.stringify(lines)).toMatch(/must return a Response/);
  });

  it('releases the deadline timer once the invocation is over', async () => {
    let signal: AbortSignal | undefined;
    const def = http((_r, ctx) => {
      signal = ctx.signal;
      return new Response('x');
    });
    await invokeHttp(def, v2Event(), createLambdaContext({ timeoutMs: 600 }));
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(signal?.aborted).toBe(false);
  });
});
