import { MalformedInputError, type Message, queue, topic, ValidationError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { qtySchema } from '../../core/test/helpers/context.js';
import { fromPubSubCloudEvent, fromPubSubPushBody, topicOf } from '../src/pubsub.js';
import { toBinaryCloudEventRequest } from '../src/testing/cloud-event-request.js';
import { toPubSubCloudEvent } from '../src/testing/pubsub-event.js';
import type { GcpCloudEvent } from '../src/types.js';
import {
  binaryFixtureRequest,
  gcpFixture,
  postRequest,
  recorder,
  structuredRequest,
  withEventServer,
} from './helpers.js';

type Fixture = Record<string, unknown>;
const b64 = (text: string) => Buffer.from(text).toString('base64');

function pubsubEvent(message: Record<string, unknown>, extra: Record<string, unknown> = {}): GcpCloudEvent {
  return {
    specversion: '1.0',
    id: 'ce-1',
    source: '//pubsub.googleapis.com/projects/p/topics/orders',
    type: 'google.cloud.pubsub.topic.v1.messagePublished',
    time: '2024-05-01T10:00:00.000Z',
    data: { message: { messageId: 'm-1', publishTime: '2024-05-01T09:59:59.000Z', ...message }, ...extra },
  };
}

describe('fromPubSubCloudEvent', () => {
  it('maps id, body, attributes, publishedAt, source, groupId and keeps the CloudEvent as raw', async () => {
    const ce = pubsubEvent(
      { data: b64('{"qty":2}'), attributes: { origin: 'web' }, orderingKey: 'customer-7' },
      { subscription: 'projects/p/subscriptions/orders-fn' },
    );
    const msg = await fromPubSubCloudEvent(ce);
    expect(msg.id).toBe('m-1');
    expect(msg.text()).toBe('{"qty":2}');
    expect(msg.data).toEqual({ qty: 2 });
    expect(msg.attributes).toEqual({ origin: 'web' });
    expect(msg.publishedAt.toISOString()).toBe('2024-05-01T09:59:59.000Z');
    expect(msg.source).toBe('projects/p/subscriptions/orders-fn');
    expect(msg.groupId).toBe('customer-7');
    expect(msg.deliveryCount).toBe(1);
    expect(msg.raw).toBe(ce);
    expect(msg.toCloudEvent()).toMatchObject({
      id: 'm-1',
      type: 'google.cloud.pubsub.topic.v1.messagePublished',
      source: 'projects/p/subscriptions/orders-fn',
      data_base64: b64('{"qty":2}'),
    });
  });

  it('falls back to the topic for source, the event time for publishedAt, and reads deliveryAttempt', async () => {
    const ce = pubsubEvent({ publishTime: undefined, data: b64('x') }, { deliveryAttempt: 4 });
    const msg = await fromPubSubCloudEvent(ce);
    expect(msg.source).toBe('projects/p/topics/orders');
    expect(msg.publishedAt.toISOString()).toBe('2024-05-01T10:00:00.000Z');
    expect(msg.deliveryCount).toBe(4);
    expect(msg.groupId).toBeUndefined();
  });

  it('reads the snake_case duplicates and gives an attribute-only message an empty body', async () => {
    const msg = await fromPubSubCloudEvent(
      pubsubEvent({ messageId: undefined, message_id: 'snake', attributes: { a: 'b' } }),
    );
    expect(msg.id).toBe('snake');
    expect(msg.body.byteLength).toBe(0);
  });

  it('fails with MalformedInputError on bad base64, naming the message', async () => {
    const error = await fromPubSubCloudEvent(pubsubEvent({ data: 'not base64!' })).catch((e) => e);
    expect(error).toBeInstanceOf(MalformedInputError);
    expect(error.message).toBe('Pub/Sub message m-1: data is marked base64-encoded but is not valid base64');
  });

  it('fails on a missing message, a missing id and non-string attributes', async () => {
    const noMessage: GcpCloudEvent = { ...pubsubEvent({}), data: { subscription: 's' } };
    await expect(fromPubSubCloudEvent(noMessage)).rejects.toThrow(
      'Pub/Sub delivery has no message object (got nothing)',
    );
    await expect(fromPubSubCloudEvent(pubsubEvent({ messageId: undefined }))).rejects.toThrow('has no messageId');
    await expect(fromPubSubCloudEvent(pubsubEvent({ attributes: { n: 1 } }))).rejects.toThrow(
      'attribute n is not a string',
    );
    await expect(fromPubSubCloudEvent(pubsubEvent({ publishTime: 'soon' }))).rejects.toThrow('publishTime must be');
  });

  it('a body that is not JSON fails only when json() is called; data is then the text', async () => {
    const msg = await fromPubSubCloudEvent(pubsubEvent({ data: b64('plain words') }));
    expect(msg.data).toBe('plain words');
    expect(() => msg.json()).toThrow(MalformedInputError);
  });

  it('with a schema: not JSON → MalformedInputError, mismatch → ValidationError, match → typed data', async () => {
    await expect(fromPubSubCloudEvent(pubsubEvent({ data: b64('nope') }), qtySchema)).rejects.toThrow(
      MalformedInputError,
    );
    await expect(fromPubSubCloudEvent(pubsubEvent({ data: b64('{"qty":"2"}') }), qtySchema)).rejects.toThrow(
      ValidationError,
    );
    const msg = await fromPubSubCloudEvent(pubsubEvent({ data: b64('{"qty":2,"x":1}') }), qtySchema);
    expect(msg.data).toEqual({ qty: 2 });
  });
});

describe('fromPubSubPushBody', () => {
  it('keeps subscription, orderingKey and deliveryAttempt, and the body as raw', async () => {
    const body = gcpFixture('queue-pubsub/push-all-values.json');
    const msg = await fromPubSubPushBody(body);
    expect(msg.id).toBe('12165814703359027');
    expect(msg.text()).toBe('Hello from a push subscription!');
    expect(msg.attributes).toEqual({ origin: 'checkout', region: 'europe-west1' });
    expect(msg.source).toBe('projects/my-project/subscriptions/orders-push');
    expect(msg.groupId).toBe('customer-8812');
    expect(msg.deliveryCount).toBe(3);
    expect(msg.publishedAt.toISOString()).toBe('2024-05-14T10:05:12.931Z');
    expect(msg.raw).toBe(body);
  });

  it('gives an emulator message (no publishTime) the arrival time', async () => {
    const before = Date.now();
    const msg = await fromPubSubPushBody(gcpFixture('queue-pubsub/push-emulator.json'));
    expect(msg.publishedAt.getTime()).toBeGreaterThanOrEqual(before - 1);
    expect(msg.text()).toBe('{"orderId":"ord-local-1","qty":1}');
  });
});

describe('topicOf', () => {
  it('strips the Pub/Sub service prefix only', () => {
    expect(topicOf('//pubsub.googleapis.com/projects/p/topics/t')).toBe('projects/p/topics/t');
    expect(topicOf('//other/x')).toBe('//other/x');
  });
});

describe('Pub/Sub through the Functions Framework', () => {
  it('binary mode (Eventarc) and structured mode give the same message', async () => {
    const rec = recorder<Message>();
    await withEventServer(queue(rec.handle), async (fetch) => {
      const binary = gcpFixture<{ headers: Record<string, string>; body: unknown }>(
        'queue-pubsub/messagePublished-binary.json',
      );
      expect((await fetch(binaryFixtureRequest(binary))).status).toBe(204);
      const structured = gcpFixture('queue-pubsub/messagePublished-structured.json');
      expect((await fetch(structuredRequest(structured))).status).toBe(204);
    });
    expect(rec.seen).toHaveLength(2);
    for (const { value } of rec.seen) {
      expect(value.id).toBe('11739264913027445');
      expect(value.text()).toBe('{"orderId":"ord-10452","qty":3}');
      expect(value.attributes).toEqual({ origin: 'checkout', priority: 'high' });
      expect(value.source).toBe('projects/my-project/subscriptions/orders-eventarc-sub');
      expect(value.publishedAt.toISOString()).toBe('2024-05-14T09:21:17.482Z');
    }
  });

  it('gen 1 legacy events (context and flat forms) arrive converted by FF', async () => {
    const rec = recorder<Message>();
    await withEventServer(topic(rec.handle), async (fetch) => {
      for (const file of ['topic-publish-legacy-context.json', 'topic-publish-legacy-flat.json']) {
        expect((await fetch(postRequest(gcpFixture(`queue-pubsub/${file}`)))).status).toBe(204);
      }
    });
    expect(rec.seen.map((s) => s.value.text())).toEqual(['invoice 2024-0517 issued', 'invoice 2024-0518 issued']);
    expect(rec.seen.map((s) => s.value.source)).toEqual([
      'projects/my-project/topics/orders',
      'projects/my-project/topics/orders',
    ]);
    expect(rec.seen.map((s) => s.value.id)).toEqual(['4715201839602210', '4715203364198003']);
    expect(rec.seen[0]?.value.publishedAt.toISOString()).toBe('2024-05-14T11:00:09.512Z');
  });

  it('a raw push body to a CloudEvent function: FF converts it, losing subscription and orderingKey', async () => {
    const rec = recorder<Message>();
    await withEventServer(queue(rec.handle), async (fetch) => {
      const body = gcpFixture<Fixture>('queue-pubsub/push-all-values.json');
      expect((await fetch(postRequest(body, {}, '/projects/my-project/topics/orders'))).status).toBe(204);
    });
    const msg = rec.seen[0]?.value;
    expect(msg?.id).toBe('12165814703359027');
    expect(msg?.text()).toBe('Hello from a push subscription!');
    expect(msg?.source).toBe('projects/my-project/topics/orders');
    expect(msg?.groupId).toBeUndefined();
  });

  it('a raw push body to an HTTP-signature function keeps everything and answers 204', async () => {
    const rec = recorder<Message>();
    await withEventServer(
      queue(rec.handle),
      async (fetch) => {
        const body = {
          ...gcpFixture<Fixture>('queue-pubsub/push-all-values.json'),
          deliveryAttempt: 2,
        };
        expect((await fetch(postRequest(body))).status).toBe(204);
      },
      { signatureType: 'http' },
    );
    expect(rec.seen[0]?.value).toMatchObject({ groupId: 'customer-8812', deliveryCount: 2 });
    expect(rec.seen[0]?.value.source).toBe('projects/my-project/subscriptions/orders-push');
  });

  it('bad base64 fails the invocation (500, X-Google-Status: error) without calling the handler', async () => {
    const rec = recorder<Message>();
    await withEventServer(queue(rec.handle), async (fetch, logs) => {
      const ce = toPubSubCloudEvent({ id: 'bad', body: '' });
      const res = await fetch(
        toBinaryCloudEventRequest({ ...ce, data: { message: { messageId: 'bad', data: '%%%' } } }),
      );
      expect(res.status).toBe(500);
      expect(res.headers.get('x-google-status')).toBe('error');
      expect(await res.text()).toBe('Internal Server Error');
      expect(logs()).toContain('Pub/Sub message bad: data is marked base64-encoded but is not valid base64');
    });
    expect(rec.seen).toHaveLength(0);
  });

  it('a schema mismatch fails that message; a thrown handler fails it too; success acknowledges', async () => {
    const rec = recorder<Message<{ qty: number }>>((msg) => (msg.data.qty > 5 ? new Error('too many') : undefined));
    await withEventServer(queue({ schema: qtySchema }, rec.handle), async (fetch, logs) => {
      const post = (id: string, body: string) => fetch(toBinaryCloudEventRequest(toPubSubCloudEvent({ id, body })));
      expect((await post('ok', '{"qty":1}')).status).toBe(204);
      const mismatch = await post('mismatch', '{"qty":"one"}');
      expect(mismatch.status).toBe(500);
      expect(await mismatch.text()).toBe('Internal Server Error');
      expect(logs()).toContain('message mismatch failed schema validation: qty: expected a number');
      expect((await post('throws', '{"qty":9}')).status).toBe(500);
    });
    expect(rec.seen.map((s) => s.value.id)).toEqual(['ok', 'throws']);
  });
});
