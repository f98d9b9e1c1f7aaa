import type { InvocationContext } from '@azure/functions';
import { MalformedInputError, type Message, type Schema } from '@faasport/core';
import { createMessage } from '@faasport/core/adapter';
import { itemOf, type Metadata, metadataOf, stringOf, toAttributes, toBytes, toDate } from './payload.js';
import type { AzureEventRaw } from './types.js';

/** CloudEvents `type` of a Service Bus message. */
export const SERVICE_BUS_MESSAGE = 'Microsoft.ServiceBus.Message';

/**
 * Turns one Service Bus message into a `Message`. With `index` (cardinality `many`) every field comes
 * from the per-message metadata arrays (`messageIdArray[index]`…), otherwise from the single fields.
 * id = `messageId`, deliveryCount, publishedAt = `enqueuedTimeUtc`, attributes = `applicationProperties`
 * (extension v5; `userProperties` on older extensions), non-strings JSON-encoded, groupId = `sessionId`,
 * source = the binding's queue or `topic/subscription` (else the receiver's entity path).
 * https://learn.microsoft.com/azure/azure-functions/functions-bindings-service-bus-trigger#message-metadata
 *
 * @example
 * const msg = await fromServiceBusMessage(messages[2], context, 2)
 */
export async function fromServiceBusMessage<T>(
  body: unknown,
  context: InvocationContext,
  index?: number,
  schema?: Schema<T>,
): Promise<Message<T, AzureEventRaw>> {
  const meta = metadataOf(context);
  const field = (name: string) => (index === undefined ? meta[name] : itemOf(meta, `${name}Array`, index));
  const id = stringOf(field('messageId'));
  const where = index === undefined ? '' : ` #${index}`;
  if (!id) throw new MalformedInputError(`Service Bus message${where}: triggerMetadata has no messageId`);
  const what = `Service Bus message ${id}`;
  const deliveryCount = field('deliveryCount');
  const sessionId = stringOf(field('sessionId'));
  return createMessage(
    {
      id,
      body: toBytes(body, what),
      attributes: toAttributes(field('applicationProperties') ?? field('userProperties')),
      deliveryCount: typeof deliveryCount === 'number' ? deliveryCount : 1,
      publishedAt: toDate(field('enqueuedTimeUtc'), `${what}: enqueuedTimeUtc`),
      source: entityOf(context, meta),
      ...(sessionId !== undefined && { groupId: sessionId }),
      type: SERVICE_BUS_MESSAGE,
      raw: { trigger: body, context },
    },
    schema,
  );
}

function entityOf(context: InvocationContext, meta: Metadata): string {
  const { queueName, topicName, subscriptionName } = context.options.trigger;
  if (typeof queueName === 'string') return queueName;
  if (typeof topicName === 'string') return `${topicName}/${String(subscriptionName)}`;
  const receiver = meta.messageReceiver as { path?: unknown } | undefined;
  return stringOf(receiver?.path) ?? 'service-bus';
}
