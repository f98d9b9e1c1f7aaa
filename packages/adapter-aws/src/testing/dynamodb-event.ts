import type { StreamInput } from '@faasport/core/adapter';
import type { DynamoDbRecord, DynamoDbStreamEvent } from '../event-types.js';
import { toAttributeMap } from './dynamodb-marshal.js';

/** Options of `toDynamoDbStreamEvent`. */
export interface DynamoDbStreamEventOptions {
  /** Default `arn:aws:dynamodb:us-east-1:123456789012:table/faasport/stream/2026-01-01T00:00:00.000`. */
  readonly streamArn?: string;
  /** Offset of the first record's sequence number, so a redelivered tail keeps its numbers (as Lambda resumes). */
  readonly firstSequence?: number;
}

const EVENT_NAMES = { insert: 'INSERT', modify: 'MODIFY', remove: 'REMOVE' } as const;
const FIRST_SEQUENCE = 4_421_584_500_000_000_017_450_439_091n;

function viewOf(input: StreamInput): string {
  if (input.newImage && input.oldImage) return 'NEW_AND_OLD_IMAGES';
  if (input.newImage) return 'NEW_IMAGE';
  return input.oldImage ? 'OLD_IMAGE' : 'KEYS_ONLY';
}

/**
 * Builds a DynamoDB Streams batch: change → eventName (default insert), keys / images marshalled to
 * attribute values, keys = `{ id: partitionKey }` when not given, increasing sequence numbers, time
 * to the second. https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html
 *
 * @example
 * const event = toDynamoDbStreamEvent([{ id: 'c1', partitionKey: 'o-1', change: 'insert', newImage: { id: 'o-1', qty: 2 } }])
 */
export function toDynamoDbStreamEvent(
  records: readonly StreamInput[],
  options: DynamoDbStreamEventOptions = {},
): DynamoDbStreamEvent {
  const arn =
    options.streamArn ?? 'arn:aws:dynamodb:us-east-1:123456789012:table/faasport/stream/2026-01-01T00:00:00.000';
  return {
    Records: records.map(
      (input, i): DynamoDbRecord => ({
        eventID: input.id,
        eventName: EVENT_NAMES[input.change ?? 'insert'],
        eventVersion: '1.1',
        eventSource: 'aws:dynamodb',
        awsRegion: arn.split(':')[3] ?? 'us-east-1',
        dynamodb: {
          ApproximateCreationDateTime: Math.floor((input.time ?? new Date()).getTime() / 1000),
          Keys: toAttributeMap(input.keys ?? { id: input.partitionKey }),
          ...(input.newImage ? { NewImage: toAttributeMap(input.newImage) } : {}),
          ...(input.oldImage ? { OldImage: toAttributeMap(input.oldImage) } : {}),
          SequenceNumber: String(FIRST_SEQUENCE + BigInt((options.firstSequence ?? 0) + i)),
          SizeBytes: 64,
          StreamViewType: viewOf(input),
        },
        eventSourceARN: arn,
      }),
    ),
  };
}
