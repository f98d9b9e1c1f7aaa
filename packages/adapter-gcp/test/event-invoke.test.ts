import { type Context, event, queue, schedule, storage, stream, topic, UnsupportedEventError } from '@faasport/core';
import { createContext, createLogger } from '@faasport/core/adapter';
import { describe, expect, it } from 'vitest';
import { type Arrival, invokeEvent } from '../src/event-invoke.js';
import { cloudLoggingFormat } from '../src/log-format.js';
import type { CloudFunctionRequest, GcpCloudEvent } from '../src/types.js';
import { gcpFixture } from './helpers.js';

const ctx: Context = createContext({
  provider: 'gcp',
  functionName: 'f',
  invocationId: 'i',
  coldStart: false,
  log: createLogger({ format: cloudLoggingFormat, invocationId: 'i', sink: () => {} }),
  raw: {},
});
const pubsub = gcpFixture<GcpCloudEvent>('queue-pubsub/messagePublished-structured.json');
const gcs = gcpFixture<GcpCloudEvent>('storage-gcs/finalized-structured.json');
const firestore = gcpFixture<GcpCloudEvent>('event-firestore/written-structured.json');
const audit = gcpFixture<GcpCloudEvent>('event-auditlog/written-structured.json');
const ce = (value: GcpCloudEvent): Arrival => ({ form: 'cloudevent', ce: value });
const push: Arrival = { form: 'push', body: gcpFixture('queue-pubsub/push-all-values.json') };
const scheduler: Arrival = {
  form: 'scheduler',
  req: {
    headers: { 'x-cloudscheduler-jobname': 'j', 'x-cloudscheduler-scheduletime': '2024-01-01T00:00:00Z' },
  } as unknown as CloudFunctionRequest,
};

describe('invokeEvent', () => {
  it('calls each kind`s handler once with its normalized value', async () => {
    const calls: string[] = [];
    const note = (what: string) => async () => {
      calls.push(what);
    };
    await invokeEvent(queue(note('queue')), ce(pubsub), ctx);
    await invokeEvent(queue(note('queue-push')), push, ctx);
    await invokeEvent(topic(note('topic')), ce(pubsub), ctx);
    await invokeEvent(storage(note('storage')), ce(gcs), ctx);
    await invokeEvent(schedule('rate(1 day)', note('schedule-pubsub')), ce(pubsub), ctx);
    await invokeEvent(schedule('rate(1 day)', note('schedule-http')), scheduler, ctx);
    await invokeEvent(stream(note('stream')), ce(firestore), ctx);
    await invokeEvent(event(note('event')), ce(audit), ctx);
    expect(calls).toEqual([
      'queue',
      'queue-push',
      'topic',
      'storage',
      'schedule-pubsub',
      'schedule-http',
      'stream',
      'event',
    ]);
  });

  it.each([
    [
      'queue',
      queue(async () => {}),
      ce(gcs),
      /'queue' definition cannot take CloudEvent google\.cloud\.storage\.object\.v1\.finalized/,
    ],
    ['topic', topic(async () => {}), scheduler, /'topic' definition cannot take a Cloud Scheduler HTTP request/],
    [
      'storage',
      storage(async () => {}),
      ce(pubsub),
      /'storage' definition cannot take CloudEvent google\.cloud\.pubsub/,
    ],
    [
      'schedule',
      schedule('rate(1 day)', async () => {}),
      push,
      /'schedule' definition cannot take a Pub\/Sub push body/,
    ],
    [
      'stream',
      stream(async () => {}),
      ce(audit),
      /'stream' definition cannot take CloudEvent google\.cloud\.audit\.log\.v1\.written/,
    ],
    [
      'event',
      event(async () => {}),
      push,
      /'event' definition cannot take a Pub\/Sub push body; it takes Eventarc \(any CloudEvent\)$/,
    ],
    [
      'topic',
      topic(async () => {}),
      push,
      /'topic' definition cannot take a Pub\/Sub push body; it takes Pub\/Sub through Eventarc$/,
    ],
  ])(
    'a %s definition refuses what does not fit, with UnsupportedEventError naming both',
    async (_kind, def, arrival, message) => {
      const error = await invokeEvent(def, arrival, ctx).catch((e) => e);
      expect(error).toBeInstanceOf(UnsupportedEventError);
      expect(error.message).toMatch(message);
    },
  );

  it('rejects with the handler`s own error', async () => {
    const boom = new Error('boom');
    await expect(
      invokeEvent(
        queue(async () => {
          throw boom;
        }),
        ce(pubsub),
        ctx,
      ),
    ).rejects.toBe(boom);
  });
});
