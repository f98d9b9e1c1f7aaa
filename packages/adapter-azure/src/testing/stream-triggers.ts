import { UnsupportedEventError } from '@faasport/core';
import type { StreamInput } from '@faasport/core/adapter';
import { type AzureTriggerCall, bytesOf, type HostDelivery, toTriggerCall } from './host-data.js';

/** Where Event Hubs events come from. */
export interface EventHubsOptions {
  readonly eventHubName?: string;
  readonly partitionId?: string;
  /** Sequence number of the first record; default 1. */
  readonly firstSequence?: number;
}

/**
 * The host's delivery of an Event Hubs batch (cardinality many, `dataType: 'binary'` as `register` sets
 * it): bodies as a bytes collection and the per-event arrays `SequenceNumberArray`,
 * `PartitionKeyArray`, `OffsetArray`, `EnqueuedTimeUtcArray`, `PropertiesArray`, `SystemPropertiesArray`,
 * plus `PartitionContext`. Sequence numbers are assigned in order from `firstSequence`.
 *
 * @example
 * eventHubsDelivery([{ id: 'r1', partitionKey: 'dev-1', data: 'x' }])
 */
export function eventHubsDelivery(records: readonly StreamInput[], options: EventHubsOptions = {}): HostDelivery {
  const eventHubName = options.eventHubName ?? 'faasport-hub';
  const first = options.firstSequence ?? 1;
  const now = new Date().toISOString();
  const system = records.map((r, i) => ({
    SequenceNumber: first + i,
    Offset: String((first + i) * 100),
    PartitionKey: r.partitionKey === '' ? null : r.partitionKey,
    EnqueuedTimeUtc: r.time?.toISOString() ?? now,
  }));
  const column = (key: keyof (typeof system)[number]) => ({ json: JSON.stringify(system.map((s) => s[key])) });
  return {
    binding: {
      type: 'eventHubTrigger',
      eventHubName,
      connection: 'EventHubConnection',
      cardinality: 'many',
      dataType: 'binary',
    },
    input: { collectionBytes: { bytes: records.map((r) => bytesOf(r.data)) } },
    triggerMetadata: {
      SequenceNumberArray: column('SequenceNumber'),
      OffsetArray: column('Offset'),
      PartitionKeyArray: column('PartitionKey'),
      EnqueuedTimeUtcArray: column('EnqueuedTimeUtc'),
      PropertiesArray: { json: JSON.stringify(records.map(() => ({}))) },
      SystemPropertiesArray: { json: JSON.stringify(system) },
      PartitionContext: {
        json: JSON.stringify({
          EventHubName: eventHubName,
          ConsumerGroup: '$Default',
          PartitionId: options.partitionId ?? '0',
        }),
      },
    },
  };
}

/**
 * An Event Hubs trigger call with cardinality many: `(events, context)`.
 *
 * @example
 * const { trigger, context } = toEventHubsTrigger(records)
 */
export function toEventHubsTrigger(records: readonly StreamInput[], options?: EventHubsOptions): AzureTriggerCall {
  return toTriggerCall(eventHubsDelivery(records, options));
}

/**
 * The host's delivery of a Cosmos DB change-feed batch (latest-version mode): the changed documents as
 * JSON, each with `id` (the input's `keys.id`, else its id), its fields from `newImage`, and the
 * system properties `_lsn` (in order), `_ts`, `_etag`, `_rid`. A `remove` cannot be delivered in this
 * mode: `UnsupportedEventError`.
 *
 * @example
 * cosmosDbDelivery([{ id: 'c1', partitionKey: 'p', change: 'insert', newImage: { id: 'o1', qty: 2 } }])
 */
export function cosmosDbDelivery(
  records: readonly StreamInput[],
  databaseName = 'faasport',
  containerName = 'items',
): HostDelivery {
  const documents = records.map((r, i) => {
    if (r.change === 'remove') {
      throw new UnsupportedEventError('azure', 'the Cosmos DB change feed (latest version) does not deliver deletes');
    }
    const id = String(r.keys?.id ?? r.newImage?.id ?? r.id);
    const ts = Math.floor((r.time ?? new Date()).getTime() / 1000);
    return { ...r.newImage, id, _rid: `rid${i}`, _etag: `"etag-${r.id}"`, _ts: ts, _lsn: i + 1 };
  });
  return {
    binding: { type: 'cosmosDBTrigger', connection: 'CosmosDBConnection', databaseName, containerName },
    input: { json: JSON.stringify(documents) },
    triggerMetadata: {},
  };
}

/**
 * A Cosmos DB trigger call: `(documents, context)`.
 *
 * @example
 * const { trigger, context } = toCosmosDbTrigger(records)
 */
export function toCosmosDbTrigger(records: readonly StreamInput[]): AzureTriggerCall {
  return toTriggerCall(cosmosDbDelivery(records));
}
