import { type CloudEvent, event, type Message, queue, storage, UnrecognizedEventError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { arrivalOf, toEventHttpFunction } from '../src/event-http.js';
import { toBinaryCloudEventRequest, toStructuredCloudEventRequest } from '../src/testing/cloud-event-request.js';
import { toPubSubPushBody } from '../src/testing/pubsub-event.js';
import type { CloudFunctionRequest, GcpRaw } from '../src/types.js';
import { logCapture, postRequest, rawRequest, recorder, serveFunction, withEventServer } from './helpers.js';

const http = { signatureType: 'http' } as const;
const req = (headers: Record<string, string>, body?: unknown) =>
  ({ method: 'POST', url: '/', headers, body }) as unknown as CloudFunctionRequest;

describe('arrivalOf', () => {
  it('tells a Scheduler request, a CloudEvent and a push body apart', () => {
    expect(arrivalOf(req({ 'x-cloudscheduler-jobname': 'j' })).form).toBe('scheduler');
    expect(arrivalOf(req({ 'ce-id': '1', 'ce-type': 't', 'ce-source': 's', 'ce-specversion': '1.0' })).form).toBe(
      'cloudevent',
    );
    expect(arrivalOf(req({}, toPubSubPushBody({ id: '1', body: 'x' }))).form).toBe('push');
  });

  it('anything else is an UnrecognizedEventError naming the request', () => {
    expect(() => arrivalOf(req({ 'content-type': 'text/plain' }, 'hi'))).toThrow(UnrecognizedEventError);
    expect(() => arrivalOf(req({ 'content-type': 'text/plain' }, 'hi'))).toThrow(
      'POST / (content-type text/plain, body a string) is neither',
    );
  });
});

describe('toEventHttpFunction behind the real Functions Framework', () => {
  it('a push body runs the handler with raw = { req, res } and the execution id; answers 204', async () => {
    const rec = recorder<Message>();
    const fn = await serveFunction(toEventHttpFunction(queue(rec.handle), { functionName: 'q', logSink: () => {} }));
    try {
      const body = Buffer.from(JSON.stringify(toPubSubPushBody({ id: 'p1', body: 'hello', groupId: 'g' })));
      const res = await rawRequest(fn.port, {
        method: 'POST',
        path: '/',
        headers: ['Host', 'h', 'Content-Type', 'application/json', 'Function-Execution-Id', 'exec-7'],
        body,
      });
      expect(res.status).toBe(204);
    } finally {
      await fn.close();
    }
    const { value, ctx } = rec.seen[0] ?? {};
    expect(value?.text()).toBe('hello');
    expect(value?.groupId).toBe('g');
    expect((ctx?.raw as GcpRaw | undefined)?.req.method).toBe('POST');
    expect(ctx?.invocationId).toBe('exec-7');
  });

  it('binary and structured CloudEvents are read from the request', async () => {
    const rec = recorder<CloudEvent>();
    const ce: CloudEvent = { specversion: '1.0', id: 'c', source: '/s', type: 'com.example', data: { a: 1 } };
    await withEventServer(
      event(rec.handle),
      async (fetch) => {
        expect((await fetch(toBinaryCloudEventRequest(ce))).status).toBe(204);
        expect((await fetch(toStructuredCloudEventRequest(ce))).status).toBe(204);
      },
      http,
    );
    expect(rec.seen.map((s) => s.value.data)).toEqual([{ a: 1 }, { a: 1 }]);
  });

  it('input that does not fit is a bare 400, a failed handler a bare 500; the log has both reasons', async () => {
    const logs = logCapture();
    const rec = recorder<Message>(() => new Error('secret detail'));
    const fn = await serveFunction(toEventHttpFunction(queue(rec.handle), { functionName: 'q', logSink: logs.sink }));
    try {
      const post = (body: unknown) =>
        rawRequest(fn.port, {
          method: 'POST',
          path: '/',
          headers: ['Host', 'h', 'Content-Type', 'application/json'],
          body: Buffer.from(JSON.stringify(body)),
        });
      const garbage = await post({ nothing: true });
      expect(garbage.status).toBe(400);
      expect(garbage.body.toString()).toBe('Bad Request');
      const failed = await post(toPubSubPushBody({ id: 'p', body: 'x' }));
      expect(failed.status).toBe(500);
      expect(failed.body.toString()).toBe('Internal Server Error');
    } finally {
      await fn.close();
    }
    expect(logs.records().filter((r) => r.message === 'Event failed')).toHaveLength(2);
    expect(JSON.stringify(logs.records())).toContain('secret detail');
    expect(JSON.stringify(logs.records())).toContain('gcp: unrecognized event');
  });

  it('a push body to a storage definition is a 400 UnsupportedEventError (logged, not in the body)', async () => {
    await withEventServer(
      storage(async () => {}),
      async (fetch, logs) => {
        const res = await fetch(postRequest(toPubSubPushBody({ id: '1', body: '' })));
        expect(res.status).toBe(400);
        expect(await res.text()).toBe('Bad Request');
        expect(logs()).toContain("a 'storage' definition cannot take a Pub/Sub push body");
      },
      http,
    );
  });
});
