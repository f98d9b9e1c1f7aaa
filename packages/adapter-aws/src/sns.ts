import { type Context, MalformedInputError, type Message, type Schema, type TopicDefinition } from '@faasport/core';
import { type BatchItem, createMessage } from '@faasport/core/adapter';
import type { SnsEvent, SnsRecord } from './event-types.js';
import { setOwn } from './own-property.js';
import { settleEach } from './settle.js';

const SNS_TYPE = 'aws:sns:notification';

function attributesOf(map: SnsRecord['Sns']['MessageAttributes']): Record<string, string> {
  const out: Record<string, string> = {};
  if (!map) return out;
  for (const name in map) {
    // Binary attributes arrive as base64 text and stay so. https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html
    const value = map[name]?.Value;
    if (typeof value === 'string') setOwn(out, name, value);
  }
  return out;
}

function publishedAtOf(sns: SnsRecord['Sns']): Date {
  const time = typeof sns.Timestamp === 'string' ? new Date(sns.Timestamp) : undefined;
  if (time === undefined || Number.isNaN(time.getTime())) {
    throw new MalformedInputError(
      `SNS message ${sns.MessageId}: Timestamp ${JSON.stringify(sns.Timestamp)} is not a date`,
    );
  }
  return time;
}

/**
 * Normalizes one SNS record: id = MessageId, body = UTF-8 bytes of `Message`, attributes =
 * `MessageAttributes[k].Value`, deliveryCount = 1 (SNS does not count), publishedAt = Timestamp,
 * source = TopicArn. `Subject` and the signature fields stay in `raw.Sns`.
 *
 * @example
 * const msg = await fromSnsRecord(event.Records[0])
 */
export async function fromSnsRecord<T = unknown>(
  record: SnsRecord,
  schema?: Schema<T>,
): Promise<Message<T, SnsRecord>> {
  const sns = record.Sns;
  if (typeof sns?.MessageId !== 'string' || typeof sns.Message !== 'string' || typeof sns.TopicArn !== 'string') {
    throw new MalformedInputError('SNS record: Sns.MessageId, Sns.Message and Sns.TopicArn must be strings');
  }
  return createMessage(
    {
      id: sns.MessageId,
      text: sns.Message,
      attributes: attributesOf(sns.MessageAttributes),
      deliveryCount: 1,
      publishedAt: publishedAtOf(sns),
      source: sns.TopicArn,
      type: SNS_TYPE,
      raw: record,
    },
    schema,
  );
}

class SnsItem<T> implements BatchItem<Message<T, SnsRecord>> {
  readonly id: string;
  readonly #record: SnsRecord;
  readonly #schema: Schema<T> | undefined;
  constructor(record: SnsRecord, schema: Schema<T> | undefined) {
    const id = record?.Sns?.MessageId;
    this.id = typeof id === 'string' ? id : '(no Sns.MessageId)';
    this.#record = record;
    this.#schema = schema;
  }
  load(): Promise<Message<T, SnsRecord>> {
    return fromSnsRecord(this.#record, this.#schema);
  }
}

/**
 * Runs a topic definition for an SNS invocation (one record). A failure rejects the invocation so
 * Lambda's asynchronous retry (two retries, then the on-failure destination or DLQ) applies.
 * https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html
 *
 * @example
 * await invokeSns(alerts, event, ctx)
 */
export function invokeSns<T>(def: TopicDefinition<T>, event: SnsEvent, ctx: Context): Promise<void> {
  const items = event.Records.map((record) => new SnsItem(record, def.options.schema));
  return settleEach(items, (msg) => def.handler(msg, ctx), ctx, 'SNS message');
}
