import { Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DefinitionError, http, queue, schedule } from '@faasport/core';
import { getFunction, getTestServer } from '@google-cloud/functions-framework/testing';
import { describe, expect, it } from 'vitest';
import { register } from '../src/register.js';
import { toBinaryCloudEventRequest } from '../src/testing/cloud-event-request.js';
import { forwardRequest } from '../src/testing/forward.js';
import { toPubSubCloudEvent } from '../src/testing/pubsub-event.js';
import { rawRequest, serveFunction, uniqueName } from './helpers.js';

describe('register', () => {
  it('registers with the Functions Framework: getFunction(name) is our handler', async () => {
    const name = uniqueName('api');
    const fn = register(
      name,
      http((_req, ctx) => new Response(`hi from ${ctx.functionName}`)),
    );
    expect(getFunction(name)).toBe(fn);
  });

  it('serves the registered function through FF with the name as functionName', async () => {
    const name = uniqueName('named');
    register(
      name,
      http((_req, ctx) => new Response(ctx.functionName)),
    );
    const served = await serveFunction(getFunction(name) as never, name);
    try {
      const res = await rawRequest(served.port, { path: '/' });
      expect(res.body.toString()).toBe(process.env.K_SERVICE || process.env.FUNCTION_TARGET || name);
    } finally {
      await served.close();
    }
  });

  it('registers event definitions as CloudEvent functions: FF parses binary CloudEvents for them', async () => {
    const name = uniqueName('events');
    const seen: string[] = [];
    register(
      name,
      queue(async (msg) => {
        seen.push(msg.text());
      }),
      { logSink: () => {} },
    );
    const served = getTestServer(name);
    await new Promise<void>((resolve) => served.listen(0, '127.0.0.1', resolve));
    try {
      const req = toBinaryCloudEventRequest(toPubSubCloudEvent({ id: '1', body: 'via cloudEvent' }));
      const res = await forwardRequest(req, { port: (served.address() as AddressInfo).port, agent: new Agent() });
      expect(res.status).toBe(204);
    } finally {
      served.closeAllConnections();
      await new Promise((resolve) => served.close(resolve));
    }
    expect(seen).toEqual(['via cloudEvent']);
  });

  it('registers event definitions with signatureType http as HTTP functions', async () => {
    const name = uniqueName('nightly');
    const ticks: string[] = [];
    register(
      name,
      schedule('0 3 * * *', async (ev) => {
        ticks.push(ev.scheduledTime.toISOString());
      }),
      { signatureType: 'http', logSink: () => {} },
    );
    const served = await serveFunction(getFunction(name) as never, name);
    try {
      const res = await rawRequest(served.port, {
        method: 'POST',
        path: '/',
        headers: [
          'Host',
          'h',
          'X-CloudScheduler-JobName',
          'nightly',
          'X-CloudScheduler-ScheduleTime',
          '2024-01-01T03:00:00Z',
        ],
      });
      expect(res.status).toBe(204);
    } finally {
      await served.close();
    }
    expect(ticks).toEqual(['2024-01-01T03:00:00.000Z']);
  });

  it('throws DefinitionError with the cause when FF refuses the name', () => {
    let error: unknown;
    try {
      register(
        '1 not valid!',
        http(() => new Response('x')),
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DefinitionError);
    expect((error as Error).message).toContain('"1 not valid!"');
    expect(((error as Error).cause as Error).message).toContain('Invalid function name');
  });

  it('throws DefinitionError for something that is not a definition, registering nothing', () => {
    const name = uniqueName('bad');
    expect(() => register(name, {} as never)).toThrow(DefinitionError);
    expect(getFunction(name)).toBeUndefined();
  });
});
