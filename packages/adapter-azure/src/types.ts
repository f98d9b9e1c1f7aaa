import type { HttpMethod, HttpRequest, HttpResponseInit, InvocationContext, RetryOptions } from '@azure/functions';

/** What `toAzureHandler` returns for an `http` definition: an `app.http` handler. */
export type AzureHttpHandler = (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;

/** `ctx.raw` on Azure: the library's own request and invocation context, untouched. */
export interface AzureHttpRaw {
  readonly request: HttpRequest;
  readonly context: InvocationContext;
}

/**
 * Binding settings `register` passes to `app.http`; each one overrides faasport's default.
 * https://learn.microsoft.com/azure/azure-functions/functions-bindings-http-webhook-trigger#configuration
 */
export interface AzureHttpBindings {
  /** Default `'anonymous'`. */
  readonly authLevel?: 'anonymous' | 'function' | 'admin';
  /** An Azure route template (after the host's `routePrefix`). Default: `<route or name>/{*path}`. */
  readonly route?: string;
  /** Default: the definition's `options.methods`, else GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS. */
  readonly methods?: readonly HttpMethod[];
}

/** Per-invocation choices of the request/response converters. */
export interface ConvertOptions {
  /** HTTP streaming is on (`app.setup({ enableHttpStream: true })`): pass body streams through. */
  readonly stream?: boolean;
}

/** What `toAzureHandler` returns for an event definition: `(trigger, context) => Promise<result>`. */
export type AzureTriggerHandler = (
  trigger: unknown,
  context: InvocationContext,
) => Promise<HttpResponseInit | undefined>;

/** `ctx.raw` for event triggers: the first handler argument and the invocation context, untouched. */
export interface AzureEventRaw {
  readonly trigger: unknown;
  readonly context: InvocationContext;
}

/** A retry policy (`retry` on timer, Event Hubs and Cosmos DB registrations), as `@azure/functions` takes it. */
export type AzureRetryOptions = RetryOptions;

/**
 * Storage Queue trigger (`app.storageQueue`). `connection` defaults to `AzureWebJobsStorage`.
 * https://learn.microsoft.com/azure/azure-functions/functions-bindings-storage-queue-trigger
 */
export interface StorageQueueBindings {
  readonly source: 'storage-queue';
  readonly queueName: string;
  readonly connection?: string;
}

/** Options every Service Bus registration shares. */
interface ServiceBusCommon {
  readonly source: 'service-bus';
  readonly connection: string;
  /** `many`: one invocation per batch; a failed message fails (and redelivers) the whole batch. Default `one`. */
  readonly cardinality?: 'one' | 'many';
  readonly isSessionsEnabled?: boolean;
}

/** Service Bus queue trigger (`app.serviceBusQueue`). */
export interface ServiceBusQueueBindings extends ServiceBusCommon {
  readonly queueName: string;
}

/** Service Bus topic subscription trigger (`app.serviceBusTopic`). */
export interface ServiceBusTopicBindings extends ServiceBusCommon {
  readonly topicName: string;
  readonly subscriptionName: string;
}

/** Event Grid trigger (`app.eventGrid`): the host answers the subscription handshake itself. */
export interface EventGridBindings {
  readonly source: 'event-grid';
}

/**
 * Event Grid delivering to an HTTP webhook (`app.http`, POST and OPTIONS): the function answers the
 * subscription-validation handshake. Default route: the function name; default auth level `function`.
 */
export interface EventGridWebhookBindings {
  readonly source: 'event-grid-webhook';
  readonly route?: string;
  readonly authLevel?: 'anonymous' | 'function' | 'admin';
}

/** Blob trigger (`app.storageBlob`): `path` like `uploads/{name}`; `eventGrid: true` sets `source: 'EventGrid'`. */
export interface BlobBindings {
  readonly source: 'blob';
  readonly path: string;
  readonly connection?: string;
  readonly eventGrid?: boolean;
}

/** Timer trigger (`app.timer`); the schedule comes from the definition. */
export interface TimerBindings {
  readonly runOnStartup?: boolean;
  readonly useMonitor?: boolean;
  readonly retry?: AzureRetryOptions;
}

/** Event Hubs trigger (`app.eventHub`, always `cardinality: 'many'`). */
export interface EventHubBindings {
  readonly source: 'event-hubs';
  readonly eventHubName: string;
  readonly connection: string;
  readonly consumerGroup?: string;
  /** Without a retry policy a failed batch is NOT redelivered: the checkpoint moves on. */
  readonly retry?: AzureRetryOptions;
}

/** Cosmos DB change feed trigger (`app.cosmosDB`, latest-version mode). */
export interface CosmosDbBindings {
  readonly source: 'cosmos-db';
  readonly connection: string;
  readonly databaseName: string;
  readonly containerName: string;
  readonly createLeaseContainerIfNotExists?: boolean;
  readonly leaseContainerName?: string;
  readonly retry?: AzureRetryOptions;
}

/** Bindings `register` takes for a `queue` definition. */
export type AzureQueueBindings = StorageQueueBindings | ServiceBusQueueBindings;
/** Bindings `register` takes for a `topic` definition. */
export type AzureTopicBindings = ServiceBusTopicBindings | EventGridBindings | EventGridWebhookBindings;
/** Bindings `register` takes for a `storage` definition. */
export type AzureStorageBindings = BlobBindings | EventGridBindings | EventGridWebhookBindings;
/** Bindings `register` takes for a `stream` definition. */
export type AzureStreamBindings = EventHubBindings | CosmosDbBindings;
/** Bindings `register` takes for an `event` definition. */
export type AzureEventBindings = EventGridBindings | EventGridWebhookBindings;
/** Every binding shape `register` takes. */
export type AzureBindings =
  | AzureHttpBindings
  | AzureQueueBindings
  | AzureTopicBindings
  | AzureStorageBindings
  | TimerBindings
  | AzureStreamBindings
  | AzureEventBindings;
