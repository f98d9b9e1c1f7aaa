import { randomBytes, randomUUID } from 'node:crypto';
import { type CloudEvent, type Definition, type HttpDefinition, UnsupportedEventError } from '@faasport/core';
import type { DeliveryReport, EventInput, EventTransport, MessageInput } from '@faasport/core/adapter';
import { register } from '../register.js';
import type { AzureBindings, TimerBindings } from '../types.js';
import { eventGridDelivery, toEventGridBlobEvent, toEventGridSchema } from './event-grid-triggers.js';
import { captureRegistration, type FunctionsCore, type Registration, type WorkerLogLine } from './functions-core.js';
import { bytesOf, type HostDelivery } from './host-data.js';
import { serviceBusBatchDelivery, serviceBusDelivery, storageQueueDelivery } from './queue-triggers.js';
import { blobDelivery, timerDelivery } from './schedule-storage-triggers.js';
import { cosmosDbDelivery, eventHubsDelivery } from './stream-triggers.js';
import { invokeRegistered } from './worker.js';

type EventKindDefinition = Exclude<Definition, HttpDefinition>;
type Kind = EventKindDefinition['kind'];

/** Sources `eventTransport` builds, by trigger kind. */
export const AZURE_EVENT_SOURCES = {
  queue: ['storage-queue', 'service-bus', 'service-bus-many'],
  topic: ['service-bus-topic', 'event-grid'],
  storage: ['blob', 'event-grid-blob'],
  schedule: ['timer'],
  stream: ['event-hubs', 'cosmos-db'],
  event: ['event-grid', 'event-grid-cloudevents'],
} as const satisfies Record<Kind, readonly string[]>;

/** One host invocation and the input ids it carries. */
interface Planned {
  readonly delivery: HostDelivery;
  readonly ids: readonly string[];
}

// Timer, Event Hubs and Cosmos DB run a failure again only under a retry policy: register() sets one
// by default (DEFAULT_TIMER_RETRY, DEFAULT_STREAM_RETRY), so the transport relies on those defaults.
// https://learn.microsoft.com/azure/azure-functions/functions-bindings-error-pages#retry-policies
const NEEDS_RETRY_POLICY = new Set(['timer', 'event-hubs', 'cosmos-db']);
const SB = { source: 'service-bus', connection: 'ServiceBusConnection' } as const;
const BINDINGS: Readonly<Record<string, AzureBindings | TimerBindings>> = {
  'storage-queue': { source: 'storage-queue', queueName: 'faasport-queue' },
  'service-bus': { ...SB, queueName: 'faasport-queue' },
  'service-bus-many': { ...SB, queueName: 'faasport-queue', cardinality: 'many' },
  'service-bus-topic': { ...SB, topicName: 'faasport-topic', subscriptionName: 'faasport-sub' },
  'event-grid': { source: 'event-grid' },
  'event-grid-cloudevents': { source: 'event-grid' },
  'event-grid-blob': { source: 'event-grid' },
  blob: { source: 'blob', path: 'faasport-container/{name}' },
  timer: {},
  'event-hubs': { source: 'event-hubs', eventHubName: 'faasport-hub', connection: 'EventHubConnection' },
  'cosmos-db': {
    source: 'cosmos-db',
    connection: 'CosmosDBConnection',
    databaseName: 'faasport',
    containerName: 'items',
  },
};

/**
 * Azure's `EventTransport`: `deliver(def, input, source)` registers the definition through the
 * library's real `app.*` (against the `@azure/functions-core` stand-in), builds the host's delivery
 * for `source`, invokes it the way the Node worker does, and settles as Azure does: cardinality one →
 * a failed invocation redelivers that message; Service Bus many, Event Hubs and Cosmos DB → a failed
 * invocation redelivers the whole batch. Timer, Event Hubs and Cosmos DB run a failure again only
 * under a retry policy (`register` sets one by default); without one the failure counts as settled.
 *
 * @example
 * const report = await eventTransport().deliver(orders, { kind: 'message', messages }, 'service-bus-many')
 */
export function eventTransport(): EventTransport & { readonly logs: WorkerLogLine[] } {
  const registered = new WeakMap<object, Map<string, { core: FunctionsCore; registration: Registration }>>();
  const logs: WorkerLogLine[] = [];
  let count = 0;
  const registrationFor = (def: EventKindDefinition, source: string) => {
    const bySource = registered.get(def) ?? new Map();
    registered.set(def, bySource);
    let entry = bySource.get(source);
    if (!entry) {
      count += 1;
      const bindings = BINDINGS[source] as AzureBindings;
      entry = captureRegistration(() => register(`faasport-event-${count}`, def, bindings));
      bySource.set(source, entry);
    }
    return entry;
  };
  return {
    name: 'azure',
    sources: AZURE_EVENT_SOURCES,
    logs,
    async deliver(def, input, source): Promise<DeliveryReport> {
      if (!(AZURE_EVENT_SOURCES[def.kind] as readonly string[]).includes(source)) {
        throw new UnsupportedEventError('azure', `no '${source}' source for ${def.kind} definitions`);
      }
      const { core, registration } = registrationFor(def, source);
      const report: DeliveryReport = { acknowledged: [], redelivered: [], results: [] };
      for (const { delivery, ids } of plan(source, input, registration)) {
        try {
          report.results.push(await invokeRegistered(core, registration, toRpcRequest(delivery, registration), logs));
          report.acknowledged.push(...ids);
        } catch (error) {
          report.results.push(error);
          // Without a registered retry policy these sources move on: the failure is not run again.
          if (NEEDS_RETRY_POLICY.has(source) && !registration.metadata.retryOptions) report.acknowledged.push(...ids);
          else report.redelivered.push(...ids);
        }
      }
      return report;
    },
    async close() {},
  };
}

function plan(source: string, input: EventInput, registration: Registration): Planned[] {
  const one = (delivery: HostDelivery, id: string): Planned => ({ delivery, ids: [id] });
  switch (input.kind) {
    case 'message':
      return planMessages(source, input.messages);
    case 'storage':
      return input.events.map((e) =>
        one(source === 'blob' ? blobDelivery(e) : eventGridDelivery(toEventGridBlobEvent(e)), e.id),
      );
    case 'schedule': {
      const schedule = String(triggerBinding(registration)[1].schedule);
      return [one(timerDelivery(input.time, { schedule }), input.time.toISOString())];
    }
    case 'stream': {
      const ids = input.records.map((r) => r.id);
      return [
        { delivery: source === 'cosmos-db' ? cosmosDbDelivery(input.records) : eventHubsDelivery(input.records), ids },
      ];
    }
    case 'event':
      return input.events.map((ce) =>
        one(eventGridDelivery(source === 'event-grid' ? toEventGridSchema(ce) : ce), ce.id),
      );
  }
}

function planMessages(source: string, messages: readonly MessageInput[]): Planned[] {
  if (source === 'service-bus-many') {
    return [
      { delivery: serviceBusBatchDelivery(messages, { queueName: 'faasport-queue' }), ids: messages.map((m) => m.id) },
    ];
  }
  return messages.map((m, i) => {
    if (source === 'storage-queue') return { delivery: storageQueueDelivery(m), ids: [m.id] };
    if (source === 'event-grid') return { delivery: eventGridDelivery(toTopicCloudEvent(m)), ids: [m.id] };
    const entity =
      source === 'service-bus'
        ? { queueName: 'faasport-queue' }
        : { topicName: 'faasport-topic', subscriptionName: 'faasport-sub' };
    return { delivery: serviceBusDelivery(m, entity, i + 1), ids: [m.id] };
  });
}

// A topic message through Event Grid: the CloudEvents schema with `data_base64` keeps its bytes exact.
function toTopicCloudEvent(message: MessageInput): CloudEvent {
  return {
    specversion: '1.0',
    id: message.id,
    source: '/faasport/topics/faasport-topic',
    type: 'faasport.message',
    time: (message.publishedAt ?? new Date()).toISOString(),
    datacontenttype: 'application/octet-stream',
    data_base64: Buffer.from(bytesOf(message.body)).toString('base64'),
  };
}

function triggerBinding(registration: Registration) {
  const found = Object.entries(registration.metadata.bindings).find(([, b]) => /trigger$/i.test(b.type));
  if (!found) throw new Error(`function ${registration.metadata.name} has no trigger binding`);
  return found;
}

function toRpcRequest(delivery: HostDelivery, registration: Registration) {
  const [name] = triggerBinding(registration);
  return {
    invocationId: randomUUID(),
    inputData: [{ name, data: delivery.input }],
    triggerMetadata: delivery.triggerMetadata,
    traceContext: {
      traceParent: `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`,
      attributes: {},
    },
  };
}
