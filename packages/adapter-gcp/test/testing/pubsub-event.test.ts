import { describe, expect, it } from 'vitest';
import { fromPubSubCloudEvent, fromPubSubPushBody } from '../../src/pubsub.js';
import { toPubSubCloudEvent, toPubSubPushBody } from '../../src/testing/pubsub-event.js';
import type { GcpCloudEvent } from '../../src/types.js';

const input = {
  id: 'm-1',
  body: '{"temp":41}',
  attributes: { sensor: 's-9' },
  groupId: 'room-3',
  deliveryCount: 3,
  publishedAt: new Date('2024-05-01T10:00:00Z'),
};

describe('toPubSubCloudEvent', () => {
  it('builds the Eventarc messagePublished event', () => {
    const ce = toPubSubCloudEvent(input, { topic: 'projects/p/topics/t', subscription: 'projects/p/subscriptions/s' });
    expect(ce).toEqual({
      specversion: '1.0',
      id: 'm-1',
      source: '//pubsub.googleapis.com/projects/p/topics/t',
      type: 'google.cloud.pubsub.topic.v1.messagePublished',
      time: '2024-05-01T10:00:00.000Z',
      datacontenttype: 'application/json',
      data: {
        subscription: 'projects/p/subscriptions/s',
        message: {
          messageId: 'm-1',
          publishTime: '2024-05-01T10:00:00.000Z',
          data: Buffer.from('{"temp":41}').toString('base64'),
          attributes: { sensor: 's-9' },
          orderingKey: 'room-3',
        },
      },
    });
  });

  it('round-trips through the normalizer (deliveryCount is not carried by Eventarc)', async () => {
    const msg = await fromPubSubCloudEvent(toPubSubCloudEvent(input) as GcpCloudEvent);
    expect(msg).toMatchObject({ id: 'm-1', attributes: { sensor: 's-9' }, groupId: 'room-3', deliveryCount: 1 });
    expect(msg.data).toEqual({ temp: 41 });
    expect(msg.publishedAt.toISOString()).toBe('2024-05-01T10:00:00.000Z');
  });

  it('encodes byte bodies exactly', async () => {
    const bytes = new Uint8Array([0, 255, 10, 13]);
    const msg = await fromPubSubCloudEvent(toPubSubCloudEvent({ id: 'b', body: bytes }) as GcpCloudEvent);
    expect([...msg.body]).toEqual([0, 255, 10, 13]);
  });
});

describe('toPubSubPushBody', () => {
  it('builds the push body with both field spellings and deliveryAttempt', () => {
    const body = toPubSubPushBody(input, { subscription: 'projects/p/subscriptions/s' });
    expect(body).toMatchObject({
      subscription: 'projects/p/subscriptions/s',
      deliveryAttempt: 3,
      message: { messageId: 'm-1', message_id: 'm-1', publish_time: '2024-05-01T10:00:00.000Z', orderingKey: 'room-3' },
    });
    expect(toPubSubPushBody({ id: 'x', body: '' })).not.toHaveProperty('deliveryAttempt');
  });

  it('round-trips through the normalizer, deliveryCount included', async () => {
    const msg = await fromPubSubPushBody(toPubSubPushBody(input));
    expect(msg).toMatchObject({ id: 'm-1', groupId: 'room-3', deliveryCount: 3 });
    expect(msg.source).toBe('projects/faasport-local/subscriptions/faasport');
  });
});
