import { MalformedInputError, stream } from '@faasport/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../test/helpers/fixtures.js';
import type { KinesisEvent, KinesisRecord } from '../src/event-types.js';
import { fromKinesisRecord, invokeKinesis, requireSequence } from '../src/kinesis.js';
import { toKinesisEvent } from '../src/testing/kinesis-event.js';
import { eventContext } from './helpers.js';

describe('fromKinesisRecord', () => {
  it('decodes data, keeps sequence, partition key, time (two-records)', () => {
    const rec = ownFixture<KinesisEvent>('aws/stream-kinesis/two-records.json').Records[1] as KinesisRecord;
    const out = fromKinesisRecord(rec);
    expect(out).toMatchObject({
      id: 'shardId-000000000006:49590338271490256608559692540925702759324208523137515618',
      sequence: '49590338271490256608559692540925702759324208523137515618',
      partitionKey: 'device-9',
      source: 'arn:aws:kinesis:us-east-2:123456789012:stream/lambda-stream',
    });
    expect(Buffer.from(out.data as Uint8Array).toString()).toBe('Hello, this is a test.');
    expect(out.time.toISOString()).toBe('2018-12-17T22:11:51.166Z');
    expect(out.raw).toBe(rec);
    expect(out.toCloudEvent()).toMatchObject({ type: 'aws:kinesis:record', data_base64: rec.kinesis.data });
  });

  it('keeps milliseconds of approximateArrivalTimestamp', () => {
    const rec = ownFixture<KinesisEvent>('aws/stream-kinesis/two-records.json').Records[0] as KinesisRecord;
    expect(fromKinesisRecord(rec).time.toISOString()).toBe('2018-12-17T22:10:50.987Z');
  });

  it('undecodable base64 is a MalformedInputError naming the record', () => {
    const rec = toKinesisEvent([{ id: 'r', partitionKey: 'p', data: 'x' }]).Records[0] as KinesisRecord;
    const bad = { ...rec, kinesis: { ...rec.kinesis, data: 'not base64!' } };
    expect(() => fromKinesisRecord(bad)).toThrow(MalformedInputError);
    expect(() => fromKinesisRecord(bad)).toThrow(new RegExp(`Kinesis record ${rec.kinesis.sequenceNumber} data`));
  });
});

describe('invokeKinesis', () => {
  it('stops at the first failure and reports only its sequence number', async () => {
    const seen: string[] = [];
    const def = stream((rec) => {
      seen.push(rec.partitionKey);
      if (rec.partitionKey === 'b') throw new Error('x');
    });
    const event = toKinesisEvent(['a', 'b', 'c'].map((k) => ({ id: k, partitionKey: k, data: k })));
    const { ctx } = eventContext();
    const result = await invokeKinesis(def, event, ctx);
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: event.Records[1]?.kinesis.sequenceNumber }] });
    expect(seen).toEqual(['a', 'b']);
  });

  it('bad base64 in one record fails that record: earlier ones succeed, it is reported', async () => {
    const seen: string[] = [];
    const event = toKinesisEvent(['a', 'b'].map((k) => ({ id: k, partitionKey: k, data: k })));
    const second = event.Records[1] as KinesisRecord;
    const broken = { Records: [event.Records[0], { ...second, kinesis: { ...second.kinesis, data: '%%%' } }] };
    const { ctx } = eventContext();
    const result = await invokeKinesis(
      stream((r) => void seen.push(r.partitionKey)),
      broken as KinesisEvent,
      ctx,
    );
    expect(seen).toEqual(['a']);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: second.kinesis.sequenceNumber }]);
  });

  it('a record without a sequence number fails the whole invocation', () => {
    expect(() => requireSequence(undefined, 'Kinesis', 3)).toThrow(/Kinesis record 3 has no sequence number/);
  });

  it('property: the reported failure is the first failing record; nothing after it runs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), async (fails) => {
        const seen: number[] = [];
        const event = toKinesisEvent(fails.map((_, i) => ({ id: `${i}`, partitionKey: 'p', data: `${i}` })));
        const def = stream((rec) => {
          const i = Number(Buffer.from(rec.data as Uint8Array).toString());
          seen.push(i);
          if (fails[i]) throw new Error(`fail ${i}`);
        });
        const { ctx } = eventContext();
        const result = await invokeKinesis(def, event, ctx);
        const first = fails.indexOf(true);
        const expected = first === -1 ? [] : [{ itemIdentifier: event.Records[first]?.kinesis.sequenceNumber }];
        expect(result.batchItemFailures).toEqual(expected);
        expect(seen).toEqual(fails.map((_, i) => i).slice(0, first === -1 ? fails.length : first + 1));
      }),
      { numRuns: 60 },
    );
  });
});

describe('hostile records found by the fuzz suite (test/fuzz)', () => {
  const base = () => toKinesisEvent([{ id: 'r', partitionKey: 'p', data: 'x' }]).Records[0] as KinesisRecord;

  it('an eventID that is not a string falls back to the sequence number', () => {
    const rec = fromKinesisRecord({ ...base(), eventID: JSON.parse('{"toJSON":[]}') as never });
    expect(rec.id).toBe(rec.sequence);
    expect(() => rec.json()).toThrow(MalformedInputError);
  });

  it('an arrival time out of range and a missing sequence number are MalformedInputErrors', () => {
    const record = base();
    expect(() =>
      fromKinesisRecord({ ...record, kinesis: { ...record.kinesis, approximateArrivalTimestamp: 1e300 } }),
    ).toThrow(/approximateArrivalTimestamp 1e\+300 is not a time/);
    expect(() => fromKinesisRecord({ ...record, kinesis: { ...record.kinesis, sequenceNumber: {} as never } })).toThrow(
      MalformedInputError,
    );
  });
});
