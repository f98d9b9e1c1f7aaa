import { type Context, MalformedInputError, type StreamDefinition, type StreamRecord } from '@faasport/core';
import { type BatchItem, createStreamRecord, decodeBase64, runBatch } from '@faasport/core/adapter';
import type { KinesisEvent, KinesisRecord, LambdaBatchResponse } from './event-types.js';
import { toBatchResponse } from './settle.js';

/**
 * Normalizes one Kinesis record: id = eventID, sequence = sequenceNumber, partitionKey, data = the
 * base64 `data` decoded strictly (bad base64 is a `MalformedInputError` for this record only), time =
 * approximateArrivalTimestamp (epoch seconds), source = stream ARN.
 *
 * @example
 * const rec = fromKinesisRecord(event.Records[0])
 */
export function fromKinesisRecord(record: KinesisRecord): StreamRecord<KinesisRecord> {
  const k = record.kinesis;
  if (
    typeof k?.data !== 'string' ||
    typeof k.sequenceNumber !== 'string' ||
    typeof k.partitionKey !== 'string' ||
    typeof k.approximateArrivalTimestamp !== 'number'
  ) {
    throw new MalformedInputError(
      `Kinesis record ${JSON.stringify(k?.sequenceNumber)}: kinesis.sequenceNumber, data, partitionKey and approximateArrivalTimestamp are required`,
    );
  }
  return createStreamRecord(
    {
      id: typeof record.eventID === 'string' ? record.eventID : k.sequenceNumber,
      sequence: k.sequenceNumber,
      partitionKey: k.partitionKey,
      data: decodeBase64(k.data, () => `Kinesis record ${k.sequenceNumber} data`),
      time: arrivalOf(k.approximateArrivalTimestamp, k.sequenceNumber),
      source: record.eventSourceARN,
      raw: record,
    },
    'aws:kinesis:record',
  );
}

function arrivalOf(seconds: number, sequence: string): Date {
  const time = new Date(Math.round(seconds * 1000));
  if (Number.isNaN(time.getTime())) {
    throw new MalformedInputError(`Kinesis record ${sequence}: approximateArrivalTimestamp ${seconds} is not a time`);
  }
  return time;
}

class KinesisItem implements BatchItem<StreamRecord<KinesisRecord>> {
  readonly id: string;
  readonly #record: KinesisRecord;
  constructor(record: KinesisRecord, id: string) {
    this.id = id;
    this.#record = record;
  }
  load(): StreamRecord<KinesisRecord> {
    return fromKinesisRecord(this.#record);
  }
}

/**
 * Sequence number of a stream record, required: a failure is reported by it, so a record without
 * one fails the whole invocation (Lambda then retries the batch).
 *
 * @example
 * const seq = requireSequence(record.kinesis?.sequenceNumber, 'Kinesis', 0)
 */
export function requireSequence(value: unknown, source: string, index: number): string {
  if (typeof value !== 'string' || value === '') {
    throw new MalformedInputError(
      `${source} record ${index} has no sequence number: it could not be reported, failing the batch`,
    );
  }
  return value;
}

/**
 * Runs a stream definition over a Kinesis batch in order; the first failure stops it and is
 * reported by sequence number, so Lambda resumes there: `{ batchItemFailures }`.
 * https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-batchfailurereporting.html
 *
 * @example
 * const result = await invokeKinesis(logs, event, ctx)
 */
export async function invokeKinesis(
  def: StreamDefinition,
  event: KinesisEvent,
  ctx: Context,
): Promise<LambdaBatchResponse> {
  const records = event.Records;
  const items: KinesisItem[] = new Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as KinesisRecord;
    items[i] = new KinesisItem(record, requireSequence(record?.kinesis?.sequenceNumber, 'Kinesis', i));
  }
  const { failed } = await runBatch(items, (rec) => def.handler(rec, ctx), 'stop-at-first', ctx);
  return toBatchResponse(failed);
}
