import type { Definition, HttpDefinition } from '@faasport/core';
import type { EventInput } from '@faasport/core/adapter';
import { EventRefusedError } from './errors.js';

type EventKindDefinition = Exclude<Definition, HttpDefinition>;
type Cloud = 'aws' | 'gcp' | 'azure';

const DEFAULTS: Readonly<Record<Cloud, Readonly<Record<EventKindDefinition['kind'], string>>>> = {
  aws: {
    queue: 'sqs',
    topic: 'sns',
    storage: 's3',
    schedule: 'eventbridge-schedule',
    stream: 'kinesis',
    event: 'eventbridge',
  },
  gcp: {
    queue: 'pubsub',
    topic: 'pubsub',
    storage: 'gcs',
    schedule: 'scheduler-pubsub',
    stream: 'firestore',
    event: 'eventarc',
  },
  azure: {
    queue: 'storage-queue',
    topic: 'service-bus-topic',
    storage: 'blob',
    schedule: 'timer',
    stream: 'event-hubs',
    event: 'event-grid',
  },
};

// Change records (DynamoDB, Firestore, Cosmos DB) and data records (Kinesis, Event Hubs) are different streams.
const CHANGE_FEED: Readonly<Record<Cloud, string>> = { aws: 'dynamodb', gcp: 'firestore', azure: 'cosmos-db' };
const DATA_STREAM: Readonly<Record<Cloud, string | undefined>> = {
  aws: 'kinesis',
  gcp: undefined,
  azure: 'event-hubs',
};

/**
 * The native source a provider delivers neutral input through when none is asked for: SQS, Pub/Sub,
 * Storage Queue for queues…; for streams, a change feed when the records are changes, else a data stream
 * (GCP has none: `EventRefusedError`).
 *
 * @example
 * defaultSource('azure', orders, input) // 'storage-queue'
 */
export function defaultSource(provider: Cloud, def: EventKindDefinition, input: EventInput): string {
  if (def.kind !== 'stream' || input.kind !== 'stream') return DEFAULTS[provider][def.kind];
  if (input.records.every((r) => r.change !== undefined)) return CHANGE_FEED[provider];
  const source = DATA_STREAM[provider];
  if (!source) {
    throw new EventRefusedError(
      `${provider} has no data stream for records without 'change': its stream source is a Firestore change feed`,
    );
  }
  return source;
}
