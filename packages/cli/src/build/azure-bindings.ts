import { DefinitionError } from '@faasport/core';
import { toEnvName } from './names.js';
import type { PlannedFunction } from './plan.js';

/** The bindings passed to `register` for one function, and the app settings they refer to. */
export interface AzureFunctionBindings {
  readonly bindings: Readonly<Record<string, unknown>> | undefined;
  /** App settings to put in local.settings.json / the Function App, with example values. */
  readonly settings: Readonly<Record<string, string>>;
}

// The sources `register` accepts per kind (packages/adapter-azure/src/register-events.ts).
const SOURCES: Readonly<Record<string, readonly string[]>> = {
  queue: ['storage-queue', 'service-bus'],
  topic: ['service-bus', 'event-grid', 'event-grid-webhook'],
  storage: ['blob', 'event-grid', 'event-grid-webhook'],
  stream: ['event-hubs', 'cosmos-db'],
  event: ['event-grid', 'event-grid-webhook'],
};

/**
 * The bindings of one function: its `azure` settings from `faasport.config.json` as given, else a
 * default per kind whose names are `%SETTING%` app-setting expressions the host resolves at startup
 * (queue → Storage Queue `%<NAME>_QUEUE%`, topic → Service Bus topic `%<NAME>_TOPIC%` /
 * `%<NAME>_SUBSCRIPTION%`, storage → Blob `%<NAME>_CONTAINER%/{name}`, stream → Event Hubs
 * `%<NAME>_EVENT_HUB%`, event → Event Grid; http and schedule need none).
 * https://learn.microsoft.com/azure/azure-functions/functions-bindings-expressions-patterns#binding-expressions---app-settings
 *
 * @example
 * azureBindings({ name: 'orders', definition: orders, config: {} }).bindings // { source: 'storage-queue', queueName: '%ORDERS_QUEUE%' }
 */
export function azureBindings(fn: PlannedFunction): AzureFunctionBindings {
  const kind = fn.definition.kind;
  const given = fn.config.azure;
  if (given) {
    const allowed = SOURCES[kind];
    if (allowed && !allowed.includes(given.source as string)) {
      throw new DefinitionError(
        `a ${kind} definition needs azure.source, one of ${allowed.join(', ')} (got ${JSON.stringify(given.source)})`,
      );
    }
    return { bindings: given, settings: {} };
  }
  const env = toEnvName(fn.name);
  switch (kind) {
    case 'http':
    case 'schedule':
      return { bindings: undefined, settings: {} };
    case 'queue':
      return {
        bindings: { source: 'storage-queue', queueName: `%${env}_QUEUE%` },
        settings: { [`${env}_QUEUE`]: toQueueName(fn.name) },
      };
    case 'topic':
      return {
        bindings: {
          source: 'service-bus',
          topicName: `%${env}_TOPIC%`,
          subscriptionName: `%${env}_SUBSCRIPTION%`,
          connection: 'ServiceBusConnection',
        },
        settings: {
          [`${env}_TOPIC`]: toQueueName(fn.name),
          [`${env}_SUBSCRIPTION`]: toQueueName(fn.name),
          ServiceBusConnection: '<Service Bus connection string>',
        },
      };
    case 'storage':
      return {
        bindings: { source: 'blob', path: `%${env}_CONTAINER%/{name}` },
        settings: { [`${env}_CONTAINER`]: toQueueName(fn.name) },
      };
    case 'stream':
      return {
        bindings: { source: 'event-hubs', eventHubName: `%${env}_EVENT_HUB%`, connection: 'EventHubConnection' },
        settings: { [`${env}_EVENT_HUB`]: toQueueName(fn.name), EventHubConnection: '<Event Hubs connection string>' },
      };
    case 'event':
      return { bindings: { source: 'event-grid' }, settings: {} };
  }
}

// Storage queue and container names: lowercase letters, digits and single hyphens.
function toQueueName(name: string): string {
  return toEnvName(name).toLowerCase().replaceAll('_', '-');
}
