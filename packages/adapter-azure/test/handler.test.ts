import { DefinitionError, http, queue } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { toAzureHandler } from '../src/handler.js';
import { toHttpRequest } from '../src/testing/http-request.js';
import { fromHttpResponse } from '../src/testing/http-response.js';
import { createInvocationContext } from '../src/testing/invocation-context.js';
import type { AzureHttpHandler } from '../src/types.js';

describe('toAzureHandler', () => {
  it('rejects what it cannot run with a DefinitionError', () => {
    expect(() => toAzureHandler(undefined as never)).toThrow(DefinitionError);
    expect(() => toAzureHandler({ fetch: () => new Response() } as never)).toThrow(/expects a faasport definition/);
    expect(() => toAzureHandler(null as never)).toThrow(/got null/);
  });

  it('answers an http definition on the HTTP path and sends every other kind to event dispatch', async () => {
    const api = toAzureHandler(http(() => new Response('hi', { status: 201 }))) as AzureHttpHandler;
    const { context } = createInvocationContext();
    const response = await fromHttpResponse(await api(await toHttpRequest(new Request('http://localhost/')), context));
    expect(response.status).toBe(201);
    expect(await response.text()).toBe('hi');
    // An event handler tells the source by the trigger type: an HTTP-less context names none it maps.
    const events = toAzureHandler(queue(() => {}));
    await expect(events('x', createInvocationContext().context)).rejects.toThrow(/trigger type/);
  });
});
