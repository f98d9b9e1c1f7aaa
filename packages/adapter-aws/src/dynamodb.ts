import {
  type Context,
  type JsonValue,
  MalformedInputError,
  type StreamDefinition,
  type StreamRecord,
} from '@faasport/core';
import { type BatchItem, createStreamRecord, runBatch } from '@faasport/core/adapter';
import { fromAttributeMap } from './dynamodb-value.js';
import type { DynamoDbRecord, DynamoDbStreamEvent, LambdaBatchResponse } from './event-types.js';
import { requireSequence } from './kinesis.js';
import { toBatchResponse } from './settle.js';

const CHANGES = { INSERT: 'insert', MODIFY: 'modify', REMOVE: 'remove' } as const;

// The item's primary key as one string: the single key's value, or for a composite key the JSON of
// the key attributes in name order (DynamoDB orders a shard's records per item).
function partitionKeyOf(keys: { [key: string]: JsonValue } | undefined): string {
  if (!keys) return '';
  const names = Object.keys(keys).sort();
  if (names.length === 1) {
    const only = keys[names[0] as string];
    return typeof only === 'string' ? only : JSON.stringify(only);
  }
  return JSON.stringify(names.map((name) => [name, keys[name]]));
}

/**
 * Normalizes one DynamoDB Streams record: id = eventID, sequence = SequenceNumber, change from
 * eventName, keys / newImage / oldImage unmarshalled to plain JSON, time =
 * ApproximateCreationDateTime (epoch seconds; the invocation start when a hand-written sample omits
 * it), partitionKey = the item's key, source = stream ARN.
 *
 * @example
 * const rec = fromDynamoDbRecord(event.Records[0], new Date())
 */
export function fromDynamoDbRecord(record: DynamoDbRecord, now: Date): StreamRecord<DynamoDbRecord> {
  const ddb = record.dynamodb;
  if (typeof ddb !== 'object' || ddb === null || typeof ddb.SequenceNumber !== 'string') {
    throw new MalformedInputError(
      `DynamoDB record ${JSON.stringify(record.eventID)}: dynamodb must be an object with a SequenceNumber string`,
    );
  }
  const name = record.eventName;
  const change = typeof name === 'string' && Object.hasOwn(CHANGES, name) ? CHANGES[name] : undefined;
  if (!change)
    throw new MalformedInputError(
      `DynamoDB record ${ddb?.SequenceNumber}: eventName ${JSON.stringify(record.eventName)} is not INSERT, MODIFY or REMOVE`,
    );
  const keys = ddb.Keys === undefined ? undefined : fromAttributeMap(ddb.Keys, 'Keys');
  const seconds = ddb.ApproximateCreationDateTime;
  return createStreamRecord(
    {
      id: typeof record.eventID === 'string' ? record.eventID : ddb.SequenceNumber,
      sequence: ddb.SequenceNumber,
      partitionKey: partitionKeyOf(keys),
      time: typeof seconds === 'number' ? secondsToDate(seconds, ddb.SequenceNumber) : now,
      change,
      ...(keys ? { keys } : {}),
      ...(ddb.NewImage === undefined ? {} : { newImage: fromAttributeMap(ddb.NewImage, 'NewImage') }),
      ...(ddb.OldImage === undefined ? {} : { oldImage: fromAttributeMap(ddb.OldImage, 'OldImage') }),
      source: record.eventSourceARN,
      raw: record,
    },
    `aws:dynamodb:${record.eventName}`,
  );
}

function secondsToDate(seconds: number, sequence: string): Date {
  const time = new Date(Math.round(seconds * 1000));
  if (Number.isNaN(time.getTime())) {
    throw new MalformedInputError(`DynamoDB record ${sequence}: ApproximateCreationDateTime ${seconds} is not a time`);
  }
  return time;
}

class DynamoDbItem implements BatchItem<StreamRecord<DynamoDbRecord>> {
  readonly id: string;
  readonly #record: DynamoDbRecord;
  readonly #now: Date;
  constructor(record: DynamoDbRecord, id: string, now: Date) {
    this.id = id;
    this.#record = record;
    this.#now = now;
  }
  load(): StreamRecord<DynamoDbRecord> {
    return fromDynamoDbRecord(this.#record, this.#now);
  }
}

/**
 * Runs a stream definition over a DynamoDB Streams batch in order; the first failure stops it and is
 * reported by sequence number, so Lambda resumes there.
 * https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html
 *
 * @example
 * const result = await invokeDynamoDb(changes, event, ctx)
 */
export async function invokeDynamoDb(
  def: StreamDefinition,
  event: DynamoDbStreamEvent,
  ctx: Context,
): Promise<LambdaBatchResponse> {
  const records = event.Records;
  const now = new Date();
  const items: DynamoDbItem[] = new Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as DynamoDbRecord;
    items[i] = new DynamoDbItem(record, requireSequence(record?.dynamodb?.SequenceNumber, 'DynamoDB', i), now);
  }
  const { failed } = await runBatch(items, (rec) => def.handler(rec, ctx), 'stop-at-first', ctx);
  return toBatchResponse(failed);
}
