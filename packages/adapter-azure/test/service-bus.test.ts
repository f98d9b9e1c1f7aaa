import { type Message, queue, topic } from '@faasport/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventFailedError } from '../src/errors.js';
import { fromServiceBusMessage } from '../src/service-bus.js';
import { toServiceBusBatchTrigger, toServiceBusTrigger } from '../src/testing/queue-triggers.js';
import { qtySchema, runTrigger } from './helpers.js';

const queueEntity = { queueName: 'orders' };

describe('fromServiceBusMessage', () => {
  it('maps messageId, deliveryCount, enqueuedTimeUtc, applicationProperties (stringified) and sessionId', async () => {
    const publishedAt = new Date('2026-01-02T03:04:05.000Z');
    const { trigger, context } = toServiceBusTrigger(
      {
        id: 'sb-1',
        body: new Uint8Array([1, 2, 250]),
        deliveryCount: 2,
        publishedAt,
        groupId: 'sess',
        attributes: { k: 'v' },
      },
      queueEntity,
    );
    (context.triggerMetadata as { applicationProperties: object }).applicationProperties = { k: 'v', n: 3, b: true };
    const msg = await fromServiceBusMessage(trigger, context);
    expect([...msg.body]).toEqual([1, 2, 250]);
    expect(msg).toMatchObject({ id: 'sb-1', deliveryCount: 2, groupId: 'sess', source: 'orders' });
    expect(msg.publishedAt).toEqual(publishedAt);
    expect(msg.attributes).toEqual({ k: 'v', n: '3', b: 'true' });
  });

  it('names a topic subscription as topic/subscription', async () => {
    const { trigger, context } = toServiceBusTrigger(
      { id: 'sb-2', body: 'x' },
      { topicName: 't', subscriptionName: 's' },
    );
    expect((await fromServiceBusMessage(trigger, context)).source).toBe('t/s');
  });

  it('reads the per-message arrays of a batch by index', async () => {
    const { trigger, context } = toServiceBusBatchTrigger(
      [
        { id: 'a', body: 'one', groupId: 'g1' },
        { id: 'b', body: 'two', deliveryCount: 5 },
      ],
      queueEntity,
    );
    const second = await fromServiceBusMessage((trigger as unknown[])[1], context, 1);
    expect([second.id, second.text(), second.deliveryCount, second.groupId]).toEqual(['b', 'two', 5, undefined]);
  });

  it('a message without messageId is malformed; a schema mismatch fails it', async () => {
    const { trigger, context } = toServiceBusTrigger({ id: 'sb-3', body: '{"qty":"no"}' }, queueEntity);
    await expect(fromServiceBusMessage(trigger, context, undefined, qtySchema)).rejects.toThrow(
      /sb-3 failed schema validation/,
    );
    delete (context.triggerMetadata as Record<string, unknown>).messageId;
    await expect(fromServiceBusMessage(trigger, context)).rejects.toThrow(/has no messageId/);
  });
});

describe('Service Bus through toAzureHandler', () => {
  it('cardinality one: a failure rejects (the message is abandoned and redelivered, then dead-lettered)', async () => {
    const seen: Message[] = [];
    const def = topic((msg) => {
      seen.push(msg);
      throw new Error('nope');
    });
    const out = await runTrigger(
      def,
      toServiceBusTrigger({ id: 'x', body: 'x' }, { topicName: 't', subscriptionName: 's' }),
      seen,
    );
    expect((out.error as Error).message).toBe('nope');
  });

  it('cardinality many: undecodable or invalid messages fail alone, the batch rejects with EventFailedError', async () => {
    const seen: string[] = [];
    const def = queue({ schema: qtySchema }, (msg) => {
      seen.push(msg.id);
    });
    const call = toServiceBusBatchTrigger(
      [
        { id: 'ok1', body: '{"qty":1}' },
        { id: 'bad-json', body: 'nope' },
        { id: 'bad-schema', body: '{"qty":"1"}' },
        { id: 'ok2', body: '{"qty":2}' },
      ],
      queueEntity,
    );
    const out = await runTrigger(def, call, seen);
    expect(seen).toEqual(['ok1', 'ok2']);
    expect(out.error).toBeInstanceOf(EventFailedError);
    expect((out.error as EventFailedError).failed).toEqual(['bad-json', 'bad-schema']);
  });

  it('property: for random batches and failure sets, exactly the failed ids are reported, every message runs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 10 }),
        fc.func(fc.boolean()),
        async (ids, shouldFail) => {
          const failing = new Set(ids.filter((id) => shouldFail(id)));
          const seen: string[] = [];
          const def = queue((msg) => {
            seen.push(msg.id);
            if (failing.has(msg.id)) throw new Error('x');
          });
          const call = toServiceBusBatchTrigger(
            ids.map((id) => ({ id, body: id })),
            queueEntity,
          );
          const out = await runTrigger(def, call, seen);
          expect(seen).toEqual(ids);
          if (failing.size === 0) expect(out.error).toBeUndefined();
          else expect((out.error as EventFailedError).failed).toEqual(ids.filter((id) => failing.has(id)));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('a batch trigger that delivered a single value is malformed', async () => {
    const call = toServiceBusBatchTrigger([{ id: 'a', body: 'x' }], queueEntity);
    const out = await runTrigger(
      queue(() => {}),
      { trigger: 'not-an-array', context: call.context },
      [],
    );
    expect((out.error as Error).message).toMatch(/cardinality 'many' but delivered a single value/);
  });
});
