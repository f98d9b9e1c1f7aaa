import { http } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { azure } from '../src/azure-functions.js';
import { toAzureHandler } from '../src/handler.js';
import { isHttpStreamEnabled } from '../src/stream-mode.js';
import { enableHttpStreaming } from '../src/streaming.js';
import { createInvocationContext } from '../src/testing/invocation-context.js';
import { controlledStream } from './helpers.js';

// This file runs in its own process: enabling streaming changes the library's process-wide setup.
describe('enableHttpStreaming', () => {
  it('sets the library up for streaming and makes the handler pass both body streams through', async () => {
    expect(isHttpStreamEnabled()).toBe(false);
    enableHttpStreaming();
    expect(isHttpStreamEnabled()).toBe(true);

    const upload = controlledStream();
    const download = controlledStream();
    const def = http(async (req) => {
      const reader = (req.body as ReadableStream<Uint8Array>).getReader();
      const first = new TextDecoder().decode((await reader.read()).value);
      download.push(`got ${first};`);
      return new Response(download.stream, { headers: { 'content-type': 'text/event-stream' } });
    });
    const nativeRequest = new Request('http://localhost/api/live', {
      method: 'POST',
      body: upload.stream,
      duplex: 'half',
    } as RequestInit);
    const request = new azure.HttpRequest({ nativeRequest } as ConstructorParameters<typeof azure.HttpRequest>[0]);
    upload.push('hello');
    const { context } = createInvocationContext();
    // The upload is still open and the response still streaming when the handler's result arrives.
    const init = await toAzureHandler(def)(request, context);
    expect(init.headers).toEqual({ 'content-type': 'text/event-stream' });
    const reader = (new azure.HttpResponse(init).body as ReadableStream<Uint8Array>).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('got hello;');
    download.push('more');
    download.close();
    upload.close();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('more');
    expect((await reader.read()).done).toBe(true);
  });
});
