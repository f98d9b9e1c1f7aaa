import { MalformedInputError, stream } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../test/helpers/fixtures.js';
import { fromDynamoDbRecord, invokeDynamoDb } from '../src/dynamodb.js';
import type { DynamoDbRecord, DynamoDbStreamEvent } from '../src/event-types.js';
import { toDynamoDbStreamEvent } from '../src/testing/dynamodb-event.js';
import { eventContext } from './helpers.js';

const now = new Date('2026-01-01T00:00:00Z');

describe('fromDynamoDbRecord', () => {
  it('MODIFY: change, keys, images as plain JSON, time from seconds (insert-modify-remove)', () => {
    const rec = ownFixture<DynamoDbStreamEvent>('aws/stream-dynamodb/insert-modify-remove.json')
      .Records[1] as DynamoDbRecord;
    const out = fromDynamoDbRecord(rec, now);
    expect(out).toMatchObject({
      id: 'c81e728d9d4c2f636f067f89cc14862c',
      sequence: '4421584500000000017450439092',
      change: 'modify',
      keys: { Id: 101 },
      partitionKey: '101',
      newImage: { Message: 'This item has changed', Id: 101, Active: true },
      oldImage: { Message: 'New item!', Id: 101, Active: true, Note: null },
    });
    expect(out.time.toISOString()).toBe('2024-01-13T03:10:07.000Z');
    expect(out.data).toBeUndefined();
    expect(out.raw).toBe(rec);
    expect(out.toCloudEvent()).toMatchObject({ type: 'aws:dynamodb:MODIFY', datacontenttype: 'application/json' });
  });

  it('composite keys: partitionKey is the JSON of the key attributes in name order', () => {
    const rec = ownFixture<DynamoDbStreamEvent>('aws/stream-dynamodb/composite-key-sample.json')
      .Records[0] as DynamoDbRecord;
    expect(fromDynamoDbRecord(rec, now).partitionKey).toBe('[["customerId","c-42"],["orderId","o-1001"]]');
  });

  it('a sample without ApproximateCreationDateTime gets the invocation start (as in the Lambda docs sample)', () => {
    const rec = ownFixture<DynamoDbStreamEvent>('aws/stream-dynamodb/composite-key-sample.json')
      .Records[0] as DynamoDbRecord;
    expect(rec.dynamodb).not.toHaveProperty('ApproximateCreationDateTime');
    expect(fromDynamoDbRecord(rec, now).time).toBe(now);
  });

  it('an unknown eventName or attribute type is malformed', () => {
    const rec = toDynamoDbStreamEvent([{ id: 'c', partitionKey: 'k' }]).Records[0] as DynamoDbRecord;
    expect(() => fromDynamoDbRecord({ ...rec, eventName: 'UPSERT' as never }, now)).toThrow(
      /not INSERT, MODIFY or REMOVE/,
    );
    const badImage = { ...rec, dynamodb: { ...rec.dynamodb, NewImage: { a: { Q: '1' } } as never } };
    expect(() => fromDynamoDbRecord(badImage, now)).toThrow(MalformedInputError);
  });
});

describe('invokeDynamoDb', () => {
  it('stops at the first failure (a malformed image fails its record only) and reports its sequence', async () => {
    const seen: string[] = [];
    const event = toDynamoDbStreamEvent([
      { id: '1', partitionKey: 'a', change: 'insert', newImage: { v: 1 } },
      { id: '2', partitionKey: 'b', change: 'modify', newImage: { v: 2 }, oldImage: { v: 1 } },
      { id: '3', partitionKey: 'c', change: 'remove', oldImage: { v: 2 } },
    ]);
    const second = event.Records[1] as DynamoDbRecord;
    const broken = {
      Records: [
        event.Records[0],
        { ...second, dynamodb: { ...second.dynamodb, NewImage: { v: { N: 'x' } } } },
        event.Records[2],
      ],
    } as DynamoDbStreamEvent;
    const { ctx } = eventContext();
    const result = await invokeDynamoDb(
      stream((r) => void seen.push(r.id)),
      broken,
      ctx,
    );
    expect(seen).toEqual(['1']);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: second.dynamodb.SequenceNumber }]);
  });
});

describe('hostile records found by the fuzz suite (test/fuzz)', () => {
  const base = () => toDynamoDbStreamEvent([{ id: 'c', partitionKey: 'k' }]).Records[0] as DynamoDbRecord;

  it('an eventName that is an object is a MalformedInputError, not a TypeError from Object.hasOwn', () => {
    const bad = { ...base(), eventName: JSON.parse('{"toString":1}') as never };
    expect(() => fromDynamoDbRecord(bad, new Date())).toThrow(/is not INSERT, MODIFY or REMOVE/);
  });

  it('a record without dynamodb or its SequenceNumber is a MalformedInputError', () => {
    const { dynamodb: _, ...rest } = base();
    expect(() => fromDynamoDbRecord(rest as never, new Date())).toThrow(/SequenceNumber string/);
    const record = base();
    expect(() =>
      fromDynamoDbRecord({ ...record, dynamodb: { ...record.dynamodb, SequenceNumber: {} as never } }, new Date()),
    ).toThrow(MalformedInputError);
  });

  it('an ApproximateCreationDateTime out of range is a MalformedInputError (no Invalid Date downstream)', () => {
    const record = base();
    const bad = { ...record, dynamodb: { ...record.dynamodb, ApproximateCreationDateTime: 1e300 } };
    expect(() => fromDynamoDbRecord(bad, new Date())).toThrow(/ApproximateCreationDateTime 1e\+300 is not a time/);
  });
});
