import { describe, expect, it } from 'vitest';
import { isKinesisEvent } from '../../src/detect.js';
import { toKinesisEvent } from '../../src/testing/kinesis-event.js';

describe('toKinesisEvent', () => {
  it('base64-encodes data (text or bytes), keeps the partition key, numbers records in order', () => {
    const event = toKinesisEvent([
      { id: 'a', partitionKey: 'p1', data: 'héllo', time: new Date('2026-01-01T00:00:00.250Z') },
      { id: 'b', partitionKey: 'p2', data: new Uint8Array([0, 255]) },
    ]);
    expect(isKinesisEvent(event)).toBe(true);
    const [a, b] = event.Records;
    expect(Buffer.from(a?.kinesis.data as string, 'base64').toString()).toBe('héllo');
    expect(b?.kinesis.data).toBe('AP8=');
    expect(a?.kinesis.approximateArrivalTimestamp).toBe(1767225600.25);
    expect(a?.eventID).toBe(`shardId-000000000000:${a?.kinesis.sequenceNumber}`);
    expect(BigInt(b?.kinesis.sequenceNumber as string) > BigInt(a?.kinesis.sequenceNumber as string)).toBe(true);
  });
});

describe('toKinesisEvent firstSequence', () => {
  it('offsets sequence numbers so a redelivered tail keeps its original numbers', () => {
    const all = toKinesisEvent([
      { id: 'a', partitionKey: 'p', data: '1' },
      { id: 'b', partitionKey: 'p', data: '2' },
    ]);
    const tail = toKinesisEvent([{ id: 'b', partitionKey: 'p', data: '2' }], { firstSequence: 1 });
    expect(tail.Records[0]?.kinesis.sequenceNumber).toBe(all.Records[1]?.kinesis.sequenceNumber);
  });
});
