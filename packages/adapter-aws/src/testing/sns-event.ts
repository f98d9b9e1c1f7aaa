import { randomUUID } from 'node:crypto';
import type { MessageInput } from '@faasport/core/adapter';
import type { SnsEvent } from '../event-types.js';
import { messageText } from './message-text.js';

/** Options of `toSnsEvent`. */
export interface SnsEventOptions {
  /** Default `arn:aws:sns:us-east-1:123456789012:faasport-topic`. */
  readonly topicArn?: string;
  readonly subject?: string;
}

/**
 * Builds the event SNS invokes Lambda with for one message (SNS sends one record per invocation).
 * https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html
 *
 * @example
 * const event = toSnsEvent({ id: 'n1', body: 'hello', attributes: { kind: 'greeting' } })
 */
export function toSnsEvent(message: MessageInput, options: SnsEventOptions = {}): SnsEvent {
  const topicArn = options.topicArn ?? 'arn:aws:sns:us-east-1:123456789012:faasport-topic';
  const region = topicArn.split(':')[3] ?? 'us-east-1';
  const attributes: Record<string, { Type: string; Value: string }> = {};
  for (const [name, value] of Object.entries(message.attributes ?? {}))
    attributes[name] = { Type: 'String', Value: value };
  return {
    Records: [
      {
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn: `${topicArn}:${randomUUID()}`,
        Sns: {
          Type: 'Notification',
          MessageId: message.id,
          TopicArn: topicArn,
          Subject: options.subject ?? null,
          Message: messageText(message, 'SNS'),
          Timestamp: (message.publishedAt ?? new Date()).toISOString(),
          SignatureVersion: '1',
          Signature: 'EXAMPLE',
          SigningCertUrl: `https://sns.${region}.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem`,
          UnsubscribeUrl: `https://sns.${region}.amazonaws.com/?Action=Unsubscribe`,
          MessageAttributes: attributes,
        },
      },
    ],
  };
}
