import { MalformedInputError, type Message, queue, ValidationError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { fromStorageQueueMessage } from '../src/storage-queue.js';
import { toStorageQueueTrigger } from '../src/testing/queue-triggers.js';
import { qtySchema, runTrigger } from './helpers.js';

const publishedAt = new Date('2026-02-03T04:05:06.000Z');

describe('fromStorageQueueMessage', () => {
  it('maps id, dequeueCount, insertionTime and the queue name; keeps raw', async () => {
    const { trigger, context } = toStorageQueueTrigger(
      { id: 'q-1', body: 'hello', deliveryCount: 4, publishedAt },
      'orders',
    );
    const msg = await fromStorageQueueMessage(trigger, context);
    expect([msg.id, msg.text(), msg.deliveryCount, msg.publishedAt.toISOString(), msg.source]).toEqual([
      'q-1',
      'hello',
      4,
      publishedAt.toISOString(),
      'orders',
    ]);
    expect(msg.attributes).toEqual({});
    expect(msg.raw.trigger).toBe(trigger);
    expect(msg.raw.context).toBe(context);
    expect(msg.toCloudEvent()).toMatchObject({ id: 'q-1', source: 'orders', type: 'Microsoft.Storage.QueueMessage' });
  });

  it('re-encodes a body the library JSON-parsed to the same JSON value', async () => {
    const { trigger, context } = toStorageQueueTrigger({ id: 'q-2', body: '{ "qty": 2 }' });
    expect(trigger).toEqual({ qty: 2 });
    const msg = await fromStorageQueueMessage(trigger, context);
    expect(msg.json()).toEqual({ qty: 2 });
    expect(msg.text()).toBe('{"qty":2}');
  });

  it('a body that is not JSON fails only when json() is called or a schema needs JSON', async () => {
    const { trigger, context } = toStorageQueueTrigger({ id: 'q-3', body: 'not json' });
    const msg = await fromStorageQueueMessage(trigger, context);
    expect(msg.data).toBe('not json');
    expect(() => msg.json()).toThrow(MalformedInputError);
    await expect(fromStorageQueueMessage(trigger, context, qtySchema)).rejects.toThrow(/q-3: body is not valid JSON/);
  });

  it('a schema mismatch is a ValidationError naming the message', async () => {
    const { trigger, context } = toStorageQueueTrigger({ id: 'q-4', body: '{"qty":"x"}' });
    await expect(fromStorageQueueMessage(trigger, context, qtySchema)).rejects.toThrow(ValidationError);
    const ok = toStorageQueueTrigger({ id: 'q-5', body: '{"qty":5}' });
    expect((await fromStorageQueueMessage(ok.trigger, ok.context, qtySchema)).data).toEqual({ qty: 5 });
  });

  it('a message without id or with a bad insertionTime is malformed', async () => {
    const { trigger, context } = toStorageQueueTrigger({ id: 'q-6', body: 'x' });
    const meta = context.triggerMetadata as Record<string, unknown>;
    meta.insertionTime = '2022-1-12T03:16:34Z';
    await expect(fromStorageQueueMessage(trigger, context)).rejects.toThrow(/q-6: insertionTime is not a timestamp/);
    delete meta.id;
    await expect(fromStorageQueueMessage(trigger, context)).rejects.toThrow(/has no id/);
  });

  it('through toAzureHandler: success resolves, a failed handler rejects so the host retries (then <queue>-poison)', async () => {
    const seen: Message[] = [];
    const def = queue((msg) => {
      seen.push(msg);
      if (msg.text() === 'fail') throw new Error('handler failed');
    });
    const ok = await runTrigger(def, toStorageQueueTrigger({ id: 'a', body: 'ok' }), seen);
    expect(ok.error).toBeUndefined();
    const bad = await runTrigger(def, toStorageQueueTrigger({ id: 'b', body: 'fail' }), seen);
    expect((bad.error as Error).message).toBe('handler failed');
    expect(seen.map((m) => m.id)).toEqual(['a', 'b']);
  });
});
