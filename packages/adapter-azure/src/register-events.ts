import type {
  CosmosDBFunctionOptions,
  EventGridFunctionOptions,
  EventHubFunctionOptions,
  HttpFunctionOptions,
  HttpHandler,
  ServiceBusQueueFunctionOptions,
  ServiceBusTopicFunctionOptions,
  StorageBlobFunctionOptions,
  StorageQueueFunctionOptions,
  TimerFunctionOptions,
} from '@azure/functions';
import { type Definition, DefinitionError, type HttpDefinition, type ScheduleDefinition } from '@faasport/core';
import { azure } from './azure-functions.js';
import { invokeEvent } from './event-invoke.js';
import { toNcrontab } from './ncrontab.js';
import type { AzureTriggerHandler, TimerBindings } from './types.js';

// Without a retry policy Azure does not run a failed timer tick again, and an Event Hubs or Cosmos DB
// checkpoint moves past a failed batch: the events are lost to the function. So a policy is on by
// default; pass your own `retry` to change it.
// https://learn.microsoft.com/azure/azure-functions/functions-bindings-error-pages#retry-policies
/** Default retry of a stream batch: like Lambda's stream sources, retry until it succeeds (in order). */
export const DEFAULT_STREAM_RETRY = {
  strategy: 'exponentialBackoff',
  maxRetryCount: -1,
  minimumInterval: 1_000,
  maximumInterval: 900_000,
} as const;
/** Default retry of a failed timer tick. */
export const DEFAULT_TIMER_RETRY = { strategy: 'fixedDelay', maxRetryCount: 3, delayInterval: 30_000 } as const;

/** What `register` passed to the `app.*` call of an event definition. */
export type AzureEventFunctionOptions =
  | StorageQueueFunctionOptions
  | ServiceBusQueueFunctionOptions
  | ServiceBusTopicFunctionOptions
  | EventGridFunctionOptions
  | HttpFunctionOptions
  | StorageBlobFunctionOptions
  | TimerFunctionOptions
  | EventHubFunctionOptions
  | CosmosDBFunctionOptions;

type EventKindDefinition = Exclude<Definition, HttpDefinition>;
type Bag = Readonly<Record<string, unknown>>;
// Sources each kind may be registered with (DESIGN.md, Events table).
const SOURCES: Readonly<Record<EventKindDefinition['kind'], readonly string[]>> = {
  queue: ['storage-queue', 'service-bus'],
  topic: ['service-bus', 'event-grid', 'event-grid-webhook'],
  storage: ['blob', 'event-grid', 'event-grid-webhook'],
  schedule: [],
  stream: ['event-hubs', 'cosmos-db'],
  event: ['event-grid', 'event-grid-webhook'],
};
const STORAGE_CONNECTION = 'AzureWebJobsStorage';
// Bytes as sent: without it the host JSON-deserializes batches and fails on non-JSON bodies
// (https://github.com/Azure/azure-functions-nodejs-library/issues/187,
// https://github.com/Azure/azure-functions-eventhubs-extension/issues/118).
const BINARY = { dataType: 'binary' } as const;

/**
 * Registers an event definition with the `app.*` call its bindings' `source` names, and returns the
 * options it passed. A missing or unknown source, or a missing required option, is a
 * `DefinitionError` naming it.
 *
 * @example
 * registerEvent('orders', orders, { source: 'storage-queue', queueName: 'orders' })
 */
export function registerEvent(name: string, def: EventKindDefinition, bindings: unknown): AzureEventFunctionOptions {
  const handler = invokeEvent(def);
  const b = (typeof bindings === 'object' && bindings !== null ? bindings : {}) as Bag;
  if (def.kind === 'schedule') return registerTimer(name, def, b as TimerBindings, handler);
  const source = b.source;
  if (typeof source !== 'string' || !SOURCES[def.kind].includes(source)) {
    throw new DefinitionError(
      `register('${name}'): a ${def.kind} definition needs bindings.source, one of ${SOURCES[def.kind].join(', ')} (got ${JSON.stringify(source)})`,
    );
  }
  const need = (key: string) => required(name, source, b, key);
  switch (source) {
    case 'storage-queue': {
      const options = {
        queueName: need('queueName'),
        connection: optional(b.connection) ?? STORAGE_CONNECTION,
        handler,
      };
      azure.app.storageQueue(name, options);
      return options;
    }
    case 'service-bus':
      return def.kind === 'topic'
        ? registerServiceBusTopic(name, b, need, handler)
        : registerServiceBusQueue(name, b, need, handler);
    case 'event-grid': {
      const options = { handler };
      azure.app.eventGrid(name, options);
      return options;
    }
    case 'event-grid-webhook': {
      const options: HttpFunctionOptions = {
        methods: ['POST', 'OPTIONS'],
        authLevel: (optional(b.authLevel) as HttpFunctionOptions['authLevel']) ?? 'function',
        route: optional(b.route) ?? name,
        handler: handler as HttpHandler,
      };
      azure.app.http(name, options);
      return options;
    }
    case 'blob': {
      const options: StorageBlobFunctionOptions = {
        path: need('path'),
        connection: optional(b.connection) ?? STORAGE_CONNECTION,
        ...(b.eventGrid === true && { source: 'EventGrid' as const }),
        handler,
      };
      azure.app.storageBlob(name, options);
      return options;
    }
    case 'event-hubs':
      return registerEventHub(name, b, need, handler);
    default:
      return registerCosmosDb(name, b, need, handler);
  }
}

type Need = (key: string) => string;

function registerServiceBusQueue(name: string, b: Bag, need: Need, handler: AzureTriggerHandler) {
  const options: ServiceBusQueueFunctionOptions & typeof BINARY = {
    queueName: need('queueName'),
    connection: need('connection'),
    cardinality: cardinalityOf(name, b.cardinality),
    ...(typeof b.isSessionsEnabled === 'boolean' && { isSessionsEnabled: b.isSessionsEnabled }),
    ...BINARY,
    handler,
  };
  azure.app.serviceBusQueue(name, options);
  return options;
}

function registerServiceBusTopic(name: string, b: Bag, need: Need, handler: AzureTriggerHandler) {
  const options: ServiceBusTopicFunctionOptions & typeof BINARY = {
    topicName: need('topicName'),
    subscriptionName: need('subscriptionName'),
    connection: need('connection'),
    cardinality: cardinalityOf(name, b.cardinality),
    ...(typeof b.isSessionsEnabled === 'boolean' && { isSessionsEnabled: b.isSessionsEnabled }),
    ...BINARY,
    handler,
  };
  azure.app.serviceBusTopic(name, options);
  return options;
}

function registerEventHub(name: string, b: Bag, need: Need, handler: AzureTriggerHandler) {
  const options: EventHubFunctionOptions & typeof BINARY = {
    eventHubName: need('eventHubName'),
    connection: need('connection'),
    cardinality: 'many',
    ...(optional(b.consumerGroup) !== undefined && { consumerGroup: optional(b.consumerGroup) as string }),
    retry: (b.retry ?? DEFAULT_STREAM_RETRY) as EventHubFunctionOptions['retry'],
    ...BINARY,
    handler,
  };
  azure.app.eventHub(name, options);
  return options;
}

function registerCosmosDb(name: string, b: Bag, need: Need, handler: AzureTriggerHandler) {
  const options: CosmosDBFunctionOptions = {
    connection: need('connection'),
    databaseName: need('databaseName'),
    containerName: need('containerName'),
    ...(typeof b.createLeaseContainerIfNotExists === 'boolean' && {
      createLeaseContainerIfNotExists: b.createLeaseContainerIfNotExists,
    }),
    ...(optional(b.leaseContainerName) !== undefined && {
      leaseContainerName: optional(b.leaseContainerName) as string,
    }),
    retry: (b.retry ?? DEFAULT_STREAM_RETRY) as EventHubFunctionOptions['retry'],
    handler,
  };
  azure.app.cosmosDB(name, options);
  return options;
}

function registerTimer(name: string, def: ScheduleDefinition, b: TimerBindings, handler: AzureTriggerHandler) {
  const options: TimerFunctionOptions = {
    schedule: toNcrontab(def.schedule),
    ...(b.runOnStartup !== undefined && { runOnStartup: b.runOnStartup }),
    ...(b.useMonitor !== undefined && { useMonitor: b.useMonitor }),
    retry: b.retry ?? DEFAULT_TIMER_RETRY,
    handler,
  };
  azure.app.timer(name, options);
  return options;
}

function required(name: string, source: string, b: Bag, key: string): string {
  const value = optional(b[key]);
  if (value === undefined)
    throw new DefinitionError(`register('${name}'): bindings.${key} is required for a ${source} trigger`);
  return value;
}

function optional(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function cardinalityOf(name: string, value: unknown): 'one' | 'many' {
  if (value === undefined || value === 'one' || value === 'many') return value ?? 'one';
  throw new DefinitionError(
    `register('${name}'): bindings.cardinality must be 'one' or 'many' (got ${JSON.stringify(value)})`,
  );
}
