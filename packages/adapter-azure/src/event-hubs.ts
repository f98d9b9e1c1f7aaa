import type { InvocationContext } from '@azure/functions';
import { MalformedInputError, type StreamRecord } from '@faasport/core';
import { createStreamRecord } from '@faasport/core/adapter';
import { itemOf, type Metadata, metadataOf, stringOf, toBytes, toDate } from './payload.js';
import type { AzureEventRaw } from './types.js';

/** CloudEvents `type` of an Event Hubs event. */
export const EVENT_HUBS_EVENT = 'Microsoft.EventHub.Event';

type SystemProperties = Readonly<Record<string, unknown>>;

/**
 * Turns one Event Hubs event into a `StreamRecord`. With `index` (cardinality `many`) fields come from
 * the per-event arrays (`sequenceNumberArray`, `partitionKeyArray`, `enqueuedTimeUtcArray`, else
 * `systemPropertiesArray[index]`), otherwise from the single fields. data = the event body bytes
 * (see `toBytes`); sequence = the sequence number (required: `MalformedInputError` without one);
 * partitionKey ('' when the sender set none); id = `<partitionId>:<sequence>` when the partition is known.
 * https://learn.microsoft.com/azure/azure-functions/functions-bindings-event-hubs-trigger#event-metadata
 *
 * @example
 * const rec = fromEventHubsEvent(events[0], context, 0)
 */
export function fromEventHubsEvent(
  body: unknown,
  context: InvocationContext,
  index?: number,
): StreamRecord<AzureEventRaw> {
  const meta = metadataOf(context);
  const system = systemPropertiesOf(meta, index);
  const field = (name: string) =>
    (index === undefined ? meta[name] : itemOf(meta, `${name}Array`, index)) ?? system[name];
  const where = index === undefined ? 'Event Hubs event' : `Event Hubs event #${index}`;
  const sequence = stringOf(field('sequenceNumber') ?? system['x-opt-sequence-number']);
  if (!sequence) throw new MalformedInputError(`${where}: triggerMetadata has no sequence number`);
  const partition = meta.partitionContext as { partitionId?: unknown; eventHubPath?: unknown } | undefined;
  const partitionId = stringOf(partition?.partitionId);
  return createStreamRecord<AzureEventRaw>(
    {
      id: partitionId === undefined ? sequence : `${partitionId}:${sequence}`,
      sequence,
      partitionKey: stringOf(field('partitionKey')) ?? '',
      data: toBytes(body, `${where} ${sequence}`),
      time: toDate(field('enqueuedTimeUtc') ?? system['x-opt-enqueued-time'], `${where} ${sequence}: enqueuedTimeUtc`),
      source: stringOf(context.options.trigger.eventHubName) ?? stringOf(partition?.eventHubPath) ?? 'event-hubs',
      raw: { trigger: body, context },
    },
    EVENT_HUBS_EVENT,
  );
}

function systemPropertiesOf(meta: Metadata, index: number | undefined): SystemProperties {
  const value = index === undefined ? meta.systemProperties : itemOf(meta, 'systemPropertiesArray', index);
  return typeof value === 'object' && value !== null ? (value as SystemProperties) : {};
}
