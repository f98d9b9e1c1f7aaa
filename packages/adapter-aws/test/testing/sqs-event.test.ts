import { createHash } from 'node:crypto';
import { DefinitionError, MalformedInputError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { isSqsEvent, isSqsFifoEvent } from '../../src/detect.js';
import { toSqsEvent } from '../../src/testing/sqs-event.js';

describe('toSqsEvent', () => {
  it('builds one record per message with the fields Lambda sends', () => {
    const publishedAt = new Date('2026-02-01T10:00:00.123Z');
    const event = toSqsEvent([
      { id: 'm1', body: 'héllo', attributes: { kind: 'order' }, deliveryCount: 3, publishedAt },
    ]);
    expect(isSqsEvent(event)).toBe(true);
    expect(isSqsFifoEvent(event)).toBe(false);
    const record = event.Records[0];
    expect(record).toMatchObject({
      messageId: 'm1',
      body: 'héllo',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:faasport-queue',
      attributes: { ApproximateReceiveCount: '3', SentTimestamp: '1769940000123' },
      messageAttributes: { kind: { stringValue: 'order', dataType: 'String' } },
      md5OfBody: createHash('md5').update('héllo').digest('hex'),
    });
    expect(record?.attributes.MessageGroupId).toBeUndefined();
  });

  it('FIFO: .fifo ARN, MessageGroupId (default "default"), dedup id, increasing sequence numbers', () => {
    const event = toSqsEvent(
      [
        { id: 'a', body: '', groupId: 'g' },
        { id: 'b', body: '' },
      ],
      { fifo: true },
    );
    expect(isSqsFifoEvent(event)).toBe(true);
    const [a, b] = event.Records;
    expect(a?.attributes).toMatchObject({ MessageGroupId: 'g', MessageDeduplicationId: 'a' });
    expect(b?.attributes.MessageGroupId).toBe('default');
    expect(BigInt(b?.attributes.SequenceNumber as string) > BigInt(a?.attributes.SequenceNumber as string)).toBe(true);
  });

  it('bytes must be UTF-8 (SQS carries text); the ARN must match the queue type', () => {
    expect(toSqsEvent([{ id: 'u', body: new Uint8Array([104, 105]) }]).Records[0]?.body).toBe('hi');
    expect(() => toSqsEvent([{ id: 'b', body: new Uint8Array([0xff, 0xfe]) }])).toThrow(MalformedInputError);
    expect(() => toSqsEvent([], { fifo: true, queueArn: 'arn:aws:sqs:us-east-1:1:q' })).toThrow(DefinitionError);
  });
});
