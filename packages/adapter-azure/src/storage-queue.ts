import type { InvocationContext } from '@azure/functions';
import { MalformedInputError, type Message, type Schema } from '@faasport/core';
import { createMessage } from '@faasport/core/adapter';
import { metadataOf, stringOf, toBytes, toDate } from './payload.js';
import type { AzureEventRaw } from './types.js';

/** CloudEvents `type` of a Storage Queue message. */
export const STORAGE_QUEUE_MESSAGE = 'Microsoft.Storage.QueueMessage';

/**
 * Turns a Storage Queue trigger invocation into a `Message`: id = `triggerMetadata.id`, body = the
 * message (see `toBytes` for JSON the library parsed), deliveryCount = `dequeueCount`, publishedAt =
 * `insertionTime`, source = the binding's `queueName`, no attributes (Storage Queue has none).
 * Rejects with `MalformedInputError` naming a missing id or a bad timestamp.
 * https://learn.microsoft.com/azure/azure-functions/functions-bindings-storage-queue-trigger#message-metadata
 *
 * @example
 * const msg = await fromStorageQueueMessage(queueEntry, context)
 */
export async function fromStorageQueueMessage<T>(
  trigger: unknown,
  context: InvocationContext,
  schema?: Schema<T>,
): Promise<Message<T, AzureEventRaw>> {
  const meta = metadataOf(context);
  const id = stringOf(meta.id);
  if (!id) throw new MalformedInputError('Storage Queue message: triggerMetadata has no id');
  const what = `Storage Queue message ${id}`;
  const dequeueCount = meta.dequeueCount;
  return createMessage(
    {
      id,
      body: toBytes(trigger, what),
      attributes: {},
      deliveryCount: typeof dequeueCount === 'number' ? dequeueCount : 1,
      publishedAt: toDate(meta.insertionTime, `${what}: insertionTime`),
      source: stringOf(context.options.trigger.queueName) ?? 'storage-queue',
      type: STORAGE_QUEUE_MESSAGE,
      raw: { trigger, context },
    },
    schema,
  );
}
