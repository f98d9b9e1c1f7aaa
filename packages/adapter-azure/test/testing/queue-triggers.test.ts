import { describe, expect, it } from 'vitest';
import {
  serviceBusBatchDelivery,
  toServiceBusTrigger,
  toStorageQueueTrigger,
} from '../../src/testing/queue-triggers.js';

describe('queue trigger builders', () => {
  it('toStorageQueueTrigger: the library-parsed body, camel-cased metadata, queueTrigger binding', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    const { trigger, context } = toStorageQueueTrigger(
      { id: 'abc', body: '{"x":1}', deliveryCount: 2, publishedAt: at },
      'jobs',
    );
    expect(trigger).toEqual({ x: 1 });
    expect(context.options.trigger).toMatchObject({ type: 'queueTrigger', queueName: 'jobs' });
    expect(context.triggerMetadata).toMatchObject({
      id: 'abc',
      dequeueCount: 2,
      insertionTime: at.toISOString(),
      queueTrigger: { x: 1 },
    });
  });

  it('toServiceBusTrigger: bytes as a Buffer, application properties and session', () => {
    const { trigger, context } = toServiceBusTrigger(
      { id: 'm', body: 'hi', attributes: { a: '1' }, groupId: 'g' },
      { queueName: 'q' },
    );
    expect(Buffer.isBuffer(trigger) && trigger.toString()).toBe('hi');
    expect(context.triggerMetadata).toMatchObject({
      messageId: 'm',
      applicationProperties: { a: '1' },
      sessionId: 'g',
      deliveryCount: 1,
    });
  });

  it('serviceBusBatchDelivery: a bytes collection and one array entry per message', () => {
    const d = serviceBusBatchDelivery(
      [
        { id: 'a', body: 'x' },
        { id: 'b', body: 'y', groupId: 's' },
      ],
      { topicName: 't', subscriptionName: 's' },
    );
    expect(d.binding).toMatchObject({ type: 'serviceBusTrigger', cardinality: 'many', topicName: 't' });
    expect(d.input.collectionBytes?.bytes).toHaveLength(2);
    expect(JSON.parse(d.triggerMetadata.MessageIdArray?.json ?? '')).toEqual(['a', 'b']);
    expect(JSON.parse(d.triggerMetadata.SessionIdArray?.json ?? '')).toEqual([null, 's']);
  });
});
