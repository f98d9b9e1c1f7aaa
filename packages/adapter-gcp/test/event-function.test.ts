import { type CloudEvent, event, type Message, queue, topic } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { hostileValues } from '../../core/test/helpers/hostile.js';
import { EventFailedError } from '../src/errors.js';
import { toCloudEventFunction } from '../src/event-function.js';
import { toBinaryCloudEventRequest } from '../src/testing/cloud-event-request.js';
import { toPubSubCloudEvent } from '../src/testing/pubsub-event.js';
import type { GcpCloudEvent, GcpEventRaw } from '../src/types.js';
import {
  ceHeaders,
  gcpFixture,
  logCapture,
  postRequest,
  recorder,
  structuredRequest,
  withEventServer,
} from './helpers.js';

const conversion = (name: string) => gcpFixture(`conversion-expected/${name}-expected.json`);

describe('toCloudEventFunction', () => {
  it('runs the handler with a gcp context: event id as invocation id, trace, raw = { cloudEvent }', async () => {
    const logs = logCapture();
    const rec = recorder<Message>();
    const fn = toCloudEventFunction(topic(rec.handle), { functionName: 'alerts', logSink: logs.sink });
    const ce = {
      ...(toPubSubCloudEvent({ id: 'm-9', body: 'hot' }) as GcpCloudEvent),
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    };
    await fn(ce);
    const { ctx } = rec.seen[0] ?? {};
    expect(ctx).toMatchObject({ provider: 'gcp', functionName: 'alerts', invocationId: 'm-9' });
    expect(ctx?.trace?.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect((ctx?.raw as GcpEventRaw | undefined)?.cloudEvent).toBe(ce);
    expect(typeof ctx?.coldStart).toBe('boolean');
  });

  it('declared timeoutSeconds gives a deadline', async () => {
    const rec = recorder<Message>();
    const fn = toCloudEventFunction(queue({ timeoutSeconds: 60 }, rec.handle), {
      functionName: 'q',
      timeoutMs: 60_000,
    });
    await fn(toPubSubCloudEvent({ id: '1', body: '' }) as GcpCloudEvent);
    const left = rec.seen[0]?.ctx.remainingMs() ?? 0;
    expect(left).toBeGreaterThan(59_000);
    expect(left).toBeLessThanOrEqual(60_000);
  });

  it('rejects with EventFailedError (cause: the handler`s error) after logging it in Cloud Logging form', async () => {
    const logs = logCapture();
    const fn = toCloudEventFunction(
      queue(async () => {
        throw new Error('db down');
      }),
      { functionName: 'q', logSink: logs.sink },
    );
    const rejection = await fn(toPubSubCloudEvent({ id: 'x', body: '' }) as GcpCloudEvent).catch((e: unknown) => e);
    expect(rejection).toBeInstanceOf(EventFailedError);
    expect((rejection as Error).message).toBe('Internal Server Error');
    expect(((rejection as Error).cause as Error).message).toBe('db down');
    expect(rejection).toMatchObject({ what: 'CloudEvent', failed: ['x'], total: 1 });
    const line = logs.records().find((r) => r.message === 'Event failed');
    expect(line).toMatchObject({ severity: 'ERROR' });
    expect(JSON.stringify(line)).toContain('db down');
  });

  it('something that is not a CloudEvent is an UnrecognizedEventError naming what came', async () => {
    const fn = toCloudEventFunction(
      event(async () => {}),
      { functionName: 'e', logSink: () => {} },
    );
    const causeOf = (value: unknown): Promise<Error> =>
      fn(value as never).then(
        () => new Error('resolved'),
        (e: unknown) => (e as Error).cause as Error,
      );
    expect((await causeOf({ hello: 'world' })).message).toBe(
      'gcp: unrecognized event: expected a CloudEvent (specversion 1.0, id, source, type), got an object (keys: hello)',
    );
    expect((await causeOf({ context: { eventType: 'providers/unknown/eventTypes/x' }, data: {} })).message).toContain(
      'legacy event type providers/unknown/eventTypes/x has no CloudEvent equivalent',
    );
  });
});

describe('CloudEvent functions behind the real Functions Framework', () => {
  it('success answers 204; failure 500 with X-Google-Status: error (so the platform retries)', async () => {
    let fail = false;
    const rec = recorder<Message>(() => (fail ? new Error('nope') : undefined));
    await withEventServer(queue(rec.handle), async (fetch) => {
      const post = () => fetch(toBinaryCloudEventRequest(toPubSubCloudEvent({ id: '1', body: 'x' })));
      expect((await post()).status).toBe(204);
      fail = true;
      const res = await post();
      expect(res.status).toBe(500);
      expect(res.headers.get('x-google-status')).toBe('error');
    });
  });

  // FF answers a rejection with its `message` (outside production), takes `throw undefined` for
  // success and never answers when the message cannot be read: each of these must still be a 500.
  it.each(hostileValues())('a handler throwing %s: 500, generic body, logged', async (_name, thrown) => {
    await withEventServer(
      queue(async () => {
        throw thrown;
      }),
      async (fetch, logs) => {
        const res = await fetch(toBinaryCloudEventRequest(toPubSubCloudEvent({ id: 'h', body: 'x' })));
        expect(res.status).toBe(500);
        expect(res.headers.get('x-google-status')).toBe('error');
        expect(await res.text()).toBe('Internal Server Error');
        expect(logs()).toContain('Event failed');
      },
    );
  });

  it('an unknown structured body answers a generic 500, the log names it; the handler never runs', async () => {
    const rec = recorder<CloudEvent>();
    await withEventServer(event(rec.handle), async (fetch, logs) => {
      const res = await fetch(structuredRequest({ not: 'an event' }));
      expect(res.status).toBe(500);
      expect(await res.text()).toBe('Internal Server Error');
      expect(logs()).toContain('unrecognized event');
    });
    expect(rec.seen).toHaveLength(0);
  });

  it('FF 5 bug: a binary CloudEvent with a text/plain body (or no body) gets FF`s 500 before our function runs', async () => {
    const rec = recorder<CloudEvent>();
    await withEventServer(event(rec.handle), async (fetch) => {
      const text = await fetch(
        postRequest('plain text', ceHeaders('com.example.note', '/notes', { 'content-type': 'text/plain' })),
      );
      expect(text.status).toBe(500);
      expect(await text.text()).toContain('TypeError: Cannot use');
      const empty = ceHeaders('com.example.ping', '/pings');
      delete empty['content-type'];
      expect((await fetch(new Request('http://localhost/', { method: 'POST', headers: empty }))).status).toBe(500);
    });
    expect(rec.seen).toHaveLength(0);
  });

  it('the same text/plain CloudEvent works with signatureType http (the documented workaround)', async () => {
    const rec = recorder<CloudEvent>();
    await withEventServer(
      event(rec.handle),
      async (fetch) => {
        const headers = ceHeaders('com.example.note', '/notes', { 'content-type': 'text/plain' });
        expect((await fetch(postRequest('plain text', headers))).status).toBe(204);
      },
      { signatureType: 'http' },
    );
    expect(rec.seen[0]?.value).toMatchObject({
      type: 'com.example.note',
      data: 'plain text',
      datacontenttype: 'text/plain',
    });
  });

  it.each([
    ['queue-pubsub/topic-publish-legacy-context.json', 'pubsub-legacyToCloudevent'],
    ['queue-pubsub/topic-publish-legacy-flat.json', 'pubsub-flatLegacyToCloudevent'],
    ['storage-gcs/finalize-legacy-context.json', 'storage-legacyToCloudevent'],
  ])('legacy %s becomes the official conversion %s', async (input, expected) => {
    const rec = recorder<CloudEvent>();
    await withEventServer(event(rec.handle), async (fetch) => {
      expect((await fetch(postRequest(gcpFixture(input)))).status).toBe(204);
    });
    expect(rec.seen[0]?.value).toEqual(conversion(expected));
  });
});
