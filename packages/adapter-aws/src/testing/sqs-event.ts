import { createHash, randomUUID } from 'node:crypto';
import { DefinitionError } from '@faasport/core';
import type { MessageInput } from '@faasport/core/adapter';
import type { SqsEvent, SqsMessageAttribute, SqsRecord } from '../event-types.js';
import { messageText } from './message-text.js';

/** Options of `toSqsEvent`. */
export interface SqsEventOptions {
  /** A FIFO queue: `.fifo` ARN, MessageGroupId (the input's `groupId`, default `default`), sequence numbers. */
  readonly fifo?: boolean;
  /** Default `arn:aws:sqs:us-east-1:123456789012:faasport-queue` (`.fifo` added for FIFO). */
  readonly queueArn?: string;
}

function attributesOf(attributes: Record<string, string> | undefined): Record<string, SqsMessageAttribute> {
  const out: Record<string, SqsMessageAttribute> = {};
  for (const [name, value] of Object.entries(attributes ?? {})) {
    out[name] = { stringValue: value, stringListValues: [], binaryListValues: [], dataType: 'String' };
  }
  return out;
}

/**
 * Builds the SQS batch Lambda's event source mapping delivers for these messages (one record each,
 * in order), with the fields Lambda really sends. https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
 *
 * @example
 * const event = toSqsEvent([{ id: 'm1', body: '{"qty":1}', groupId: 'g' }], { fifo: true })
 */
export function toSqsEvent(messages: readonly MessageInput[], options: SqsEventOptions = {}): SqsEvent {
  const fifo = options.fifo === true;
  const arn = options.queueArn ?? `arn:aws:sqs:us-east-1:123456789012:faasport-queue${fifo ? '.fifo' : ''}`;
  if (fifo !== arn.endsWith('.fifo')) {
    throw new DefinitionError(
      `toSqsEvent: queue ARN ${arn} ${fifo ? 'must' : 'must not'} end in .fifo for this queue type`,
    );
  }
  const region = arn.split(':')[3] ?? 'us-east-1';
  const records = messages.map((message, i): SqsRecord => {
    const body = messageText(message, 'SQS');
    const sent = String((message.publishedAt ?? new Date()).getTime());
    return {
      messageId: message.id,
      receiptHandle: `AQEB${Buffer.from(randomUUID()).toString('base64')}`,
      body,
      attributes: {
        ApproximateReceiveCount: String(message.deliveryCount ?? 1),
        SentTimestamp: sent,
        SenderId: 'AIDAIENQZJOLO23YVJ4VO',
        ApproximateFirstReceiveTimestamp: sent,
        ...(fifo
          ? {
              MessageGroupId: message.groupId ?? 'default',
              MessageDeduplicationId: message.id,
              SequenceNumber: String(18_849_496_460_467_696_128n + BigInt(i)),
            }
          : {}),
      },
      messageAttributes: attributesOf(message.attributes),
      md5OfBody: createHash('md5').update(body).digest('hex'),
      eventSource: 'aws:sqs',
      eventSourceARN: arn,
      awsRegion: region,
    };
  });
  return { Records: records };
}
