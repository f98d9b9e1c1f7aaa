import { type Context, MalformedInputError, type Message, type QueueDefinition, type Schema } from '@faasport/core';
import { type BatchItem, createMessage, type MessageInit, runBatch } from '@faasport/core/adapter';
import { isSqsFifoEvent } from './detect.js';
import type { LambdaBatchResponse, SqsEvent, SqsMessageAttribute, SqsRecord } from './event-types.js';
import { setOwn } from './own-property.js';
import { toBatchResponse } from './settle.js';

// CloudEvents `type` of an SQS message (AWS defines none; this one follows `eventSource`).
const SQS_TYPE = 'aws:sqs:message';
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

function attributesOf(map: SqsRecord['messageAttributes']): Readonly<Record<string, string>> {
  if (!map) return NO_ATTRIBUTES;
  let out: Record<string, string> | undefined;
  for (const name in map) {
    const value = attributeValueOf(map[name]);
    if (value === undefined) continue;
    out ??= {};
    setOwn(out, name, value);
  }
  return out ?? NO_ATTRIBUTES;
}

// String and Number attributes carry `stringValue`; Binary ones keep their base64 text as delivered.
// https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html
function attributeValueOf(attribute: SqsMessageAttribute | undefined): string | undefined {
  if (!attribute) return undefined;
  if (typeof attribute.stringValue === 'string') return attribute.stringValue;
  return typeof attribute.binaryValue === 'string' ? attribute.binaryValue : undefined;
}

// A hand-rolled digit loop: `Number()` on a 13-digit timestamp string takes V8's slow path, and this
// runs twice per message.
function integerOf(text: string | undefined, record: SqsRecord, name: string): number {
  let value = 0;
  const length = typeof text === 'string' ? text.length : 0;
  for (let i = 0; i < length; i++) {
    const digit = (text as string).charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) {
      value = -1;
      break;
    }
    value = value * 10 + digit;
  }
  if (length === 0 || length > 15 || value < 0) {
    throw new MalformedInputError(
      `SQS message ${record.messageId}: attributes.${name} is ${JSON.stringify(text)}, expected an integer`,
    );
  }
  return value;
}

// Synchronous, so a bad record throws inside the batch runner's try and fails that record only.
function toMessageInit(record: SqsRecord): MessageInit<SqsRecord> {
  if (typeof record.messageId !== 'string' || record.messageId === '') {
    throw new MalformedInputError(`SQS record: messageId is ${JSON.stringify(record.messageId)}, expected a string`);
  }
  const body = record.body;
  if (typeof body !== 'string') {
    throw new MalformedInputError(`SQS message ${record.messageId}: body is ${typeof body}, expected a string`);
  }
  const attributes = record.attributes ?? {};
  return {
    id: record.messageId,
    text: body,
    attributes: attributesOf(record.messageAttributes) as Record<string, string>,
    deliveryCount: integerOf(attributes.ApproximateReceiveCount, record, 'ApproximateReceiveCount'),
    publishedAt: new Date(integerOf(attributes.SentTimestamp, record, 'SentTimestamp')),
    source: record.eventSourceARN,
    groupId: attributes.MessageGroupId,
    type: SQS_TYPE,
    raw: record,
  };
}

/**
 * Normalizes one SQS record: id = messageId, body = UTF-8 bytes of `body`, attributes = message
 * attributes' string values (binary ones as their base64 text), deliveryCount =
 * ApproximateReceiveCount, publishedAt = SentTimestamp, source = queue ARN, groupId = MessageGroupId.
 * With a schema the body is parsed as JSON and validated (rejects with `MalformedInputError` / `ValidationError`).
 *
 * @example
 * const msg = await fromSqsRecord(event.Records[0], OrderSchema)
 */
export async function fromSqsRecord<T = unknown>(
  record: SqsRecord,
  schema?: Schema<T>,
): Promise<Message<T, SqsRecord>> {
  return createMessage(toMessageInit(record), schema);
}

class SqsItem<T> implements BatchItem<Message<T, SqsRecord>> {
  readonly id: string;
  readonly group: string | undefined;
  readonly #record: SqsRecord;
  readonly #schema: Schema<T> | undefined;

  constructor(record: SqsRecord, schema: Schema<T> | undefined) {
    this.id = record.messageId;
    this.group = record.attributes?.MessageGroupId;
    this.#record = record;
    this.#schema = schema;
  }

  load(): Promise<Message<T, SqsRecord>> {
    return createMessage(toMessageInit(this.#record), this.#schema);
  }
}

/**
 * Runs a queue definition over an SQS batch: one handler call per message, in order; standard queues
 * report each failed message, FIFO queues (`.fifo` ARN) also every later message of a failed group
 * (never run). Resolves to `{ batchItemFailures }`; rejects only when a record has no messageId
 * (it could not be reported, so the whole batch must be retried).
 *
 * @example
 * const result = await invokeSqs(orders, event, ctx)
 */
export async function invokeSqs<T>(
  def: QueueDefinition<T>,
  event: SqsEvent,
  ctx: Context,
): Promise<LambdaBatchResponse> {
  const records = event.Records;
  const items: SqsItem<T>[] = new Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as SqsRecord;
    if (typeof record?.messageId !== 'string' || record.messageId === '') {
      throw new MalformedInputError(`SQS record ${i} has no messageId: it could not be reported, failing the batch`);
    }
    items[i] = new SqsItem(record, def.options.schema);
  }
  const mode = isSqsFifoEvent(event) ? 'fifo' : 'independent';
  const { failed } = await runBatch(items, (msg) => def.handler(msg, ctx), mode, ctx);
  return toBatchResponse(failed);
}
