import { MalformedInputError, type Message, queue, ValidationError } from '@faasport/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../test/helpers/fixtures.js';
import type { SqsRecord } from '../src/event-types.js';
import { toLambda } from '../src/handler.js';
import { fromSqsRecord, invokeSqs } from '../src/sqs.js';
import { createLambdaContext } from '../src/testing/lambda-context.js';
import { toSqsEvent } from '../src/testing/sqs-event.js';
import { captureLogs, eventContext, qtySchema } from './helpers.js';

type Event = { Records: SqsRecord[] };

describe('fromSqsRecord', () => {
  it('normalizes every field from the record (standard-batch-of-two)', async () => {
    const [record, second] = ownFixture<Event>('aws/queue-sqs/standard-batch-of-two.json').Records as [
      SqsRecord,
      SqsRecord,
    ];
    const msg = await fromSqsRecord(record);
    expect(msg).toMatchObject({
      id: '059f36b4-87a3-44ab-83d2-661975830a7d',
      deliveryCount: 1,
      source: 'arn:aws:sqs:us-east-2:123456789012:orders',
      attributes: { tenant: 'acme', priority: '5' },
    });
    expect((await fromSqsRecord(second)).deliveryCount).toBe(3);
    expect(msg.publishedAt.getTime()).toBe(1545082649183);
    expect(msg.text()).toBe('{"orderId":"o-1001","qty":2}');
    expect(msg.data).toEqual({ orderId: 'o-1001', qty: 2 });
    expect([...msg.body]).toEqual([...Buffer.from('{"orderId":"o-1001","qty":2}')]);
    expect(msg.groupId).toBeUndefined();
    expect(msg.raw).toBe(record);
    expect(msg.toCloudEvent()).toMatchObject({
      id: '059f36b4-87a3-44ab-83d2-661975830a7d',
      type: 'aws:sqs:message',
      source: record.eventSourceARN,
    });
  });

  it('keeps a Binary attribute as its base64 text (standard-batch-of-two)', async () => {
    const record = ownFixture<Event>('aws/queue-sqs/standard-batch-of-two.json').Records[0] as SqsRecord;
    expect((await fromSqsRecord(record)).attributes).toEqual({
      tenant: 'acme',
      priority: '5',
      checksum: 'MTEwMA==',
    });
  });

  it('FIFO: groupId from MessageGroupId; an SNS envelope body stays as delivered', async () => {
    const record = ownFixture<Event>('aws/queue-sqs/fifo-sns-envelope.json').Records[0] as SqsRecord;
    const msg = await fromSqsRecord(record);
    expect(msg.groupId).toBe('order-o-3001');
    const envelope = msg.json<{ Type: string; Message: string }>();
    expect(envelope.Type).toBe('Notification');
    expect(JSON.parse(envelope.Message)).toEqual({ orderId: 'o-3001', status: 'shipped' });
  });

  it('UTF-8 bodies come through byte-exact', async () => {
    const event = toSqsEvent([{ id: 'u', body: 'zürich ☃ 𝄞' }]);
    const msg = await fromSqsRecord(event.Records[0] as SqsRecord);
    expect(msg.text()).toBe('zürich ☃ 𝄞');
    expect(Buffer.from(msg.body).equals(Buffer.from('zürich ☃ 𝄞'))).toBe(true);
  });

  it('a body that is not JSON fails only when json() is called or a schema needs JSON', async () => {
    const record = toSqsEvent([{ id: 'x', body: 'not json' }]).Records[0] as SqsRecord;
    const msg = await fromSqsRecord(record);
    expect(msg.data).toBe('not json');
    expect(() => msg.json()).toThrow(MalformedInputError);
    await expect(fromSqsRecord(record, qtySchema)).rejects.toThrow(/message x: body is not valid JSON/);
  });

  it('validates data with a schema; a mismatch is a ValidationError naming the field', async () => {
    const [ok, bad] = toSqsEvent([
      { id: 'ok', body: '{"qty":2}' },
      { id: 'bad', body: '{"qty":"two"}' },
    ]).Records as SqsRecord[];
    expect((await fromSqsRecord(ok as SqsRecord, qtySchema)).data).toEqual({ qty: 2 });
    await expect(fromSqsRecord(bad as SqsRecord, qtySchema)).rejects.toThrow(ValidationError);
    await expect(fromSqsRecord(bad as SqsRecord, qtySchema)).rejects.toThrow(/qty: expected a number/);
  });

  it('rejects a record whose required fields are garbage, naming the field', async () => {
    const record = toSqsEvent([{ id: 'g', body: 'x' }]).Records[0] as SqsRecord;
    await expect(fromSqsRecord({ ...record, body: 42 as never })).rejects.toThrow(/body is number/);
    const noCount = { ...record, attributes: { ...record.attributes, ApproximateReceiveCount: 'many' } };
    await expect(fromSqsRecord(noCount)).rejects.toThrow(/ApproximateReceiveCount is "many"/);
    const { SentTimestamp: _, ...rest } = record.attributes;
    await expect(fromSqsRecord({ ...record, attributes: rest })).rejects.toThrow(/SentTimestamp is undefined/);
  });

  it('an attribute named __proto__ is an own property, not the prototype', async () => {
    const record = toSqsEvent([{ id: 'p', body: 'x' }]).Records[0] as SqsRecord;
    const attrs = JSON.parse('{"__proto__": {"stringValue": "evil", "dataType": "String"}}');
    const msg = await fromSqsRecord({ ...record, messageAttributes: attrs });
    expect(Object.getPrototypeOf(msg.attributes)).toBe(Object.prototype);
    expect(Object.keys(msg.attributes)).toEqual(['__proto__']);
  });
});

describe('invokeSqs', () => {
  it('reports exactly the failed messages; the others succeed (standard queue)', async () => {
    const seen: string[] = [];
    const def = queue((msg: Message) => {
      seen.push(msg.id);
      if (msg.text() === 'boom') throw new Error('nope');
    });
    const event = toSqsEvent([
      { id: 'a', body: 'ok' },
      { id: 'b', body: 'boom' },
      { id: 'c', body: 'ok' },
    ]);
    const { ctx, lines } = eventContext();
    expect(await invokeSqs(def, event, ctx)).toEqual({ batchItemFailures: [{ itemIdentifier: 'b' }] });
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'ERROR', itemId: 'b' }));
  });

  it('a schema mismatch or bad JSON fails that message only', async () => {
    const handled: number[] = [];
    const def = queue({ schema: qtySchema }, (msg) => {
      handled.push(msg.data.qty);
    });
    const event = toSqsEvent([
      { id: '1', body: '{"qty":1}' },
      { id: '2', body: '{"qty":"x"}' },
      { id: '3', body: '{oops' },
      { id: '4', body: '{"qty":4}' },
    ]);
    const { ctx } = eventContext();
    const result = await invokeSqs(def, event, ctx);
    expect(result.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(['2', '3']);
    expect(handled).toEqual([1, 4]);
  });

  it('FIFO: after a failure, later messages of that group are not run and are reported', async () => {
    const seen: string[] = [];
    const def = queue((msg) => {
      seen.push(msg.id);
      if (msg.id === 'a1') throw new Error('fail');
    });
    const event = toSqsEvent(
      [
        { id: 'a1', body: '', groupId: 'A' },
        { id: 'b1', body: '', groupId: 'B' },
        { id: 'a2', body: '', groupId: 'A' },
        { id: 'b2', body: '', groupId: 'B' },
      ],
      { fifo: true },
    );
    const { ctx } = eventContext();
    const result = await invokeSqs(def, event, ctx);
    expect(result.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(['a1', 'a2']);
    expect(seen).toEqual(['a1', 'b1', 'b2']);
  });

  it('a record without messageId fails the whole invocation (it could not be reported)', async () => {
    const event = toSqsEvent([{ id: 'a', body: '' }]);
    const broken = { Records: [{ ...event.Records[0], messageId: undefined }] } as never;
    const { ctx } = eventContext();
    await expect(
      invokeSqs(
        queue(() => {}),
        broken,
        ctx,
      ),
    ).rejects.toThrow(/has no messageId/);
  });

  it('all succeeded: an empty batchItemFailures list', async () => {
    const { ctx } = eventContext();
    const event = toSqsEvent([{ id: 'a', body: '' }]);
    expect(
      await invokeSqs(
        queue(() => {}),
        event,
        ctx,
      ),
    ).toEqual({ batchItemFailures: [] });
  });
});

describe('SQS batches: property', () => {
  const batch = fc
    .array(fc.record({ group: fc.constantFrom('g1', 'g2', 'g3'), fails: fc.boolean() }), {
      minLength: 1,
      maxLength: 10,
    })
    .map((items) => items.map((item, i) => ({ ...item, id: `m${i}` })));

  async function run(items: { id: string; group: string; fails: boolean }[], fifo: boolean) {
    const processed: string[] = [];
    const def = queue((msg) => {
      processed.push(msg.id);
      if (items.find((i) => i.id === msg.id)?.fails) throw new Error(`fail ${msg.id}`);
    });
    const event = toSqsEvent(
      items.map((i) => ({ id: i.id, body: 'x', groupId: i.group })),
      { fifo },
    );
    const { value } = await captureLogs(() => toLambda(def)(event, createLambdaContext()));
    return { processed, reported: value.batchItemFailures.map((f) => f.itemIdentifier) };
  }

  it('standard: reported failures are exactly the failed messages, and every message ran', async () => {
    await fc.assert(
      fc.asyncProperty(batch, async (items) => {
        const { processed, reported } = await run(items, false);
        expect(reported).toEqual(items.filter((i) => i.fails).map((i) => i.id));
        expect(processed).toEqual(items.map((i) => i.id));
      }),
      { numRuns: 60 },
    );
  });

  it('FIFO: failures plus the later messages of their group; nothing after a failure runs', async () => {
    await fc.assert(
      fc.asyncProperty(batch, async (items) => {
        const { processed, reported } = await run(items, true);
        const broken = new Set<string>();
        const expected: string[] = [];
        for (const item of items) {
          if (broken.has(item.group) || item.fails) expected.push(item.id);
          if (item.fails) broken.add(item.group);
        }
        expect(reported).toEqual(expected);
        for (const [index, item] of items.entries()) {
          const earlierFailure = items.slice(0, index).some((e) => e.group === item.group && e.fails);
          if (earlierFailure) {
            expect(processed).not.toContain(item.id);
            expect(reported).toContain(item.id);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('hostile records found by the fuzz suite (test/fuzz)', () => {
  it('fromSqsRecord refuses a messageId that is not a string', async () => {
    const record = toSqsEvent([{ id: 'u', body: 'x' }]).Records[0] as SqsRecord;
    await expect(fromSqsRecord({ ...record, messageId: JSON.parse('{"toString":1}') })).rejects.toThrow(
      /messageId is \{"toString":1\}, expected a string/,
    );
  });
});
