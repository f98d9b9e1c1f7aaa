import { randomUUID } from 'node:crypto';
import type { MessageInput } from '@faasport/core/adapter';
import {
  type AzureTriggerCall,
  bytesOf,
  type HostDelivery,
  toBodyData,
  toHostMetadata,
  toTriggerCall,
} from './host-data.js';

/** Where a Service Bus message comes from: a queue, or a topic subscription. */
export type ServiceBusEntity =
  | { readonly queueName: string }
  | { readonly topicName: string; readonly subscriptionName: string };

const DAY_MS = 86_400_000;

/**
 * The host's delivery of one Storage Queue message: the body as text (bytes when not UTF-8), and
 * `Id`, `DequeueCount`, `InsertionTime`, `ExpirationTime`, `NextVisibleTime`, `PopReceipt`, `QueueTrigger`.
 *
 * @example
 * storageQueueDelivery({ id: '1', body: '{"qty":1}' }, 'orders')
 */
export function storageQueueDelivery(message: MessageInput, queueName = 'faasport-queue'): HostDelivery {
  const body = toBodyData(bytesOf(message.body));
  const inserted = message.publishedAt ?? new Date();
  return {
    binding: { type: 'queueTrigger', queueName, connection: 'AzureWebJobsStorage' },
    input: body,
    triggerMetadata: {
      ...toHostMetadata({
        Id: message.id,
        DequeueCount: message.deliveryCount ?? 1,
        InsertionTime: inserted.toISOString(),
        ExpirationTime: new Date(inserted.getTime() + 7 * DAY_MS).toISOString(),
        NextVisibleTime: new Date(Date.now() + 600_000).toISOString(),
        PopReceipt: randomUUID(),
      }),
      QueueTrigger: body,
    },
  };
}

/**
 * A Storage Queue trigger call: `(queueEntry, context)` as `@azure/functions` hands them over.
 *
 * @example
 * const { trigger, context } = toStorageQueueTrigger({ id: '1', body: 'hello' })
 */
export function toStorageQueueTrigger(message: MessageInput, queueName?: string): AzureTriggerCall {
  return toTriggerCall(storageQueueDelivery(message, queueName));
}

/**
 * The host's delivery of one Service Bus message (cardinality one, `dataType: 'binary'` as `register`
 * sets it): body bytes, `MessageId`, `DeliveryCount`, `EnqueuedTimeUtc`, `SequenceNumber`,
 * `ApplicationProperties`, `SessionId`.
 *
 * @example
 * serviceBusDelivery({ id: 'm1', body: 'hi', groupId: 's1' }, { queueName: 'orders' })
 */
export function serviceBusDelivery(message: MessageInput, entity: ServiceBusEntity, sequence = 1): HostDelivery {
  return {
    binding: {
      type: 'serviceBusTrigger',
      ...entity,
      connection: 'ServiceBusConnection',
      cardinality: 'one',
      dataType: 'binary',
    },
    input: { bytes: bytesOf(message.body) },
    triggerMetadata: toHostMetadata(messageFields(message, sequence)),
  };
}

/**
 * A Service Bus trigger call with cardinality one.
 *
 * @example
 * const { trigger, context } = toServiceBusTrigger({ id: 'm1', body: 'hi' }, { queueName: 'orders' })
 */
export function toServiceBusTrigger(message: MessageInput, entity: ServiceBusEntity): AzureTriggerCall {
  return toTriggerCall(serviceBusDelivery(message, entity));
}

/**
 * The host's delivery of a Service Bus batch (cardinality many): the bodies as a bytes collection and
 * each metadata field as an array (`MessageIdArray`, `DeliveryCountArray`, …), one entry per message.
 *
 * @example
 * serviceBusBatchDelivery(messages, { queueName: 'orders' })
 */
export function serviceBusBatchDelivery(messages: readonly MessageInput[], entity: ServiceBusEntity): HostDelivery {
  const fields = messages.map((m, i) => messageFields(m, i + 1));
  const arrays: Record<string, unknown[]> = {};
  for (const key of [
    'MessageId',
    'DeliveryCount',
    'EnqueuedTimeUtc',
    'SequenceNumber',
    'ApplicationProperties',
    'SessionId',
  ]) {
    arrays[`${key}Array`] = fields.map((f) => f[key] ?? null);
  }
  return {
    binding: {
      type: 'serviceBusTrigger',
      ...entity,
      connection: 'ServiceBusConnection',
      cardinality: 'many',
      dataType: 'binary',
    },
    input: { collectionBytes: { bytes: messages.map((m) => bytesOf(m.body)) } },
    triggerMetadata: Object.fromEntries(Object.entries(arrays).map(([k, v]) => [k, { json: JSON.stringify(v) }])),
  };
}

/**
 * A Service Bus trigger call with cardinality many.
 *
 * @example
 * const { trigger, context } = toServiceBusBatchTrigger(messages, { queueName: 'orders' })
 */
export function toServiceBusBatchTrigger(
  messages: readonly MessageInput[],
  entity: ServiceBusEntity,
): AzureTriggerCall {
  return toTriggerCall(serviceBusBatchDelivery(messages, entity));
}

function messageFields(message: MessageInput, sequence: number): Record<string, unknown> {
  return {
    MessageId: message.id,
    DeliveryCount: message.deliveryCount ?? 1,
    EnqueuedTimeUtc: (message.publishedAt ?? new Date()).toISOString(),
    SequenceNumber: sequence,
    ApplicationProperties: message.attributes ?? {},
    SessionId: message.groupId,
    LockToken: randomUUID(),
  };
}
