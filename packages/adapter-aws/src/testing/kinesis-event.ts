import type { StreamInput } from '@faasport/core/adapter';
import type { KinesisEvent, KinesisRecord } from '../event-types.js';

/** Options of `toKinesisEvent`. */
export interface KinesisEventOptions {
  /** Default `arn:aws:kinesis:us-east-1:123456789012:stream/faasport-stream`. */
  readonly streamArn?: string;
  readonly shardId?: string;
  /** Offset of the first record's sequence number, so a redelivered tail keeps its numbers (as Lambda resumes). */
  readonly firstSequence?: number;
}

// Kinesis sequence numbers are big decimal strings that grow within a shard.
const FIRST_SEQUENCE = 49_590_338_271_490_256_608_559_692_538_361_571_095_921_575_989_136_588_898n;

function bytesOf(data: string | Uint8Array | undefined): Buffer {
  if (data === undefined) return Buffer.alloc(0);
  return typeof data === 'string'
    ? Buffer.from(data, 'utf8')
    : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Builds a Kinesis batch (one shard) for these records, in order: data base64-encoded, increasing
 * sequence numbers (the n-th record gets the n-th; `sequenceOf` in the result maps them back).
 * https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html
 *
 * @example
 * const event = toKinesisEvent([{ id: 'r1', partitionKey: 'sensor-1', data: 'line 1' }])
 */
export function toKinesisEvent(records: readonly StreamInput[], options: KinesisEventOptions = {}): KinesisEvent {
  const arn = options.streamArn ?? 'arn:aws:kinesis:us-east-1:123456789012:stream/faasport-stream';
  const shard = options.shardId ?? 'shardId-000000000000';
  return {
    Records: records.map((input, i): KinesisRecord => {
      const sequenceNumber = String(FIRST_SEQUENCE + BigInt((options.firstSequence ?? 0) + i));
      return {
        kinesis: {
          kinesisSchemaVersion: '1.0',
          partitionKey: input.partitionKey,
          sequenceNumber,
          data: bytesOf(input.data).toString('base64'),
          approximateArrivalTimestamp: (input.time ?? new Date()).getTime() / 1000,
        },
        eventSource: 'aws:kinesis',
        eventVersion: '1.0',
        eventID: `${shard}:${sequenceNumber}`,
        eventName: 'aws:kinesis:record',
        invokeIdentityArn: 'arn:aws:iam::123456789012:role/faasport',
        awsRegion: arn.split(':')[3] ?? 'us-east-1',
        eventSourceARN: arn,
      };
    }),
  };
}
