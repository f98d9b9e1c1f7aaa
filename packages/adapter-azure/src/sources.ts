import type { DefinitionKind } from '@faasport/core';
import type { SettleRule } from '@faasport/core/capabilities';
import type { AzureSource } from './detect.js';

/** One native source of the Azure adapter: the one place its id, kinds, name, trigger and settle rule are written. */
export interface SourceEntry {
  /** The id in capabilities' `triggers.*.sources` and the `./testing` transport's source names. */
  readonly id: string;
  /** Definition kinds that take it. */
  readonly kinds: readonly DefinitionKind[];
  /** Display name, in error messages and the CLI. */
  readonly name: string;
  /** The binding type the library registers (`@azure/functions` src/trigger.ts); the host compares it case-insensitively. */
  readonly trigger: string;
  /** What runs it at run time: the trigger's source, told by `context.options.trigger.type` (detect.ts `sourceOf`). */
  readonly runs: AzureSource;
  /** Delivered as an array (`cardinality: 'many'`). */
  readonly many?: true;
  /** How a failure settles (capabilities' delivery rule); absent for HTTP. */
  readonly settle?: SettleRule;
}

/**
 * Every source the adapter takes. The runtime dispatch (event-invoke.ts), the trigger detection (detect.ts),
 * the `./testing` transport's source lists and the CLI's detector are derived from it; a test holds the
 * capability tables to it.
 *
 * @example
 * sources.find((s) => s.id === 'timer')?.kinds // ['schedule']
 */
export const sources: readonly SourceEntry[] = [
  { id: 'http', kinds: ['http'], name: 'HTTP trigger', trigger: 'httpTrigger', runs: 'http' },
  {
    id: 'event-grid-webhook',
    kinds: ['topic', 'storage', 'event'],
    name: 'Event Grid webhook',
    trigger: 'httpTrigger',
    runs: 'http',
    settle: 'whole-batch',
  },
  {
    id: 'storage-queue',
    kinds: ['queue'],
    name: 'Storage Queue',
    trigger: 'queueTrigger',
    runs: 'storage-queue',
    settle: 'per-message',
  },
  {
    id: 'service-bus',
    kinds: ['queue'],
    name: 'Service Bus queue',
    trigger: 'serviceBusTrigger',
    runs: 'service-bus',
    settle: 'per-message',
  },
  {
    id: 'service-bus-many',
    kinds: ['queue'],
    name: 'Service Bus queue',
    trigger: 'serviceBusTrigger',
    runs: 'service-bus',
    many: true,
    settle: 'whole-batch',
  },
  {
    id: 'service-bus-topic',
    kinds: ['topic'],
    name: 'Service Bus topic',
    trigger: 'serviceBusTrigger',
    runs: 'service-bus',
    settle: 'per-message',
  },
  {
    id: 'event-grid',
    kinds: ['topic', 'event'],
    name: 'Event Grid',
    trigger: 'eventGridTrigger',
    runs: 'event-grid',
    settle: 'per-message',
  },
  { id: 'blob', kinds: ['storage'], name: 'Blob trigger', trigger: 'blobTrigger', runs: 'blob', settle: 'per-message' },
  {
    id: 'event-grid-blob',
    kinds: ['storage'],
    name: 'Blob events through Event Grid',
    trigger: 'eventGridTrigger',
    runs: 'event-grid',
    settle: 'per-message',
  },
  {
    id: 'timer',
    kinds: ['schedule'],
    name: 'Timer trigger',
    trigger: 'timerTrigger',
    runs: 'timer',
    settle: 'per-message',
  },
  {
    id: 'event-hubs',
    kinds: ['stream'],
    name: 'Event Hubs',
    trigger: 'eventHubTrigger',
    runs: 'event-hubs',
    many: true,
    settle: 'whole-batch-at-first',
  },
  {
    id: 'cosmos-db',
    kinds: ['stream'],
    name: 'Cosmos DB change feed',
    trigger: 'cosmosDBTrigger',
    runs: 'cosmos-db',
    many: true,
    settle: 'whole-batch-at-first',
  },
  {
    id: 'event-grid-cloudevents',
    kinds: ['event'],
    name: 'Event Grid',
    trigger: 'eventGridTrigger',
    runs: 'event-grid',
    settle: 'per-message',
  },
];

const KIND_ORDER: readonly DefinitionKind[] = ['http', 'queue', 'topic', 'storage', 'schedule', 'stream', 'event'];

function kindsWhere(test: (entry: SourceEntry) => boolean): readonly DefinitionKind[] {
  const kinds = new Set<DefinitionKind>();
  for (const entry of sources) if (test(entry)) for (const kind of entry.kinds) kinds.add(kind);
  return KIND_ORDER.filter((kind) => kinds.has(kind));
}

/**
 * The definition kinds a run-time source feeds, derived from `sources`.
 *
 * @example
 * kindsOf('service-bus') // ['queue', 'topic']
 */
export function kindsOf(runs: AzureSource): readonly DefinitionKind[] {
  return kindsWhere((entry) => entry.runs === runs);
}

/**
 * The definition kinds a binding type (`queueTrigger`, …) feeds, derived from `sources`; HTTP-run entries
 * (the HTTP trigger, Event Grid webhooks) are not trigger captures.
 *
 * @example
 * kindsOfTrigger('eventGridTrigger') // ['topic', 'storage', 'event']
 */
export function kindsOfTrigger(trigger: string): readonly DefinitionKind[] {
  return kindsWhere((entry) => entry.trigger === trigger && entry.runs !== 'http');
}

/** Every run-time source, in list order (for adapter code that builds tables per source). */
export const SOURCE_NAMES: readonly AzureSource[] = [...new Set(sources.map((entry) => entry.runs))];
