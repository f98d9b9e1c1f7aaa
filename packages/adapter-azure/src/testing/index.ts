export { kindsOfTrigger, type SourceEntry, sources } from '../sources.js';
export {
  eventGridDelivery,
  toEventGridBlobEvent,
  toEventGridSchema,
  toEventGridTrigger,
  toEventGridWebhookRequest,
  toSubscriptionValidationRequest,
} from './event-grid-triggers.js';
export { AZURE_EVENT_SOURCES, eventTransport } from './event-transport.js';
export type { FunctionMetadata, HookRegistration, Registration, WorkerLogLine } from './functions-core.js';
export { captureRegistration, fireHooks } from './functions-core.js';
export type { AzureTriggerCall, HostDelivery, RpcTypedData } from './host-data.js';
export { toTriggerCall } from './host-data.js';
export { toHeaderRecord, toHttpRequest, toQueryRecord } from './http-request.js';
export { fromHttpResponse } from './http-response.js';
export type { AzureLogLine, InvocationContextOptions, RecordingContext } from './invocation-context.js';
export { createInvocationContext } from './invocation-context.js';
export type { ServiceBusEntity } from './queue-triggers.js';
export {
  serviceBusBatchDelivery,
  serviceBusDelivery,
  storageQueueDelivery,
  toServiceBusBatchTrigger,
  toServiceBusTrigger,
  toStorageQueueTrigger,
} from './queue-triggers.js';
export type { TimerTickOptions } from './schedule-storage-triggers.js';
export { blobDelivery, timerDelivery, toBlobTrigger, toTimerTrigger } from './schedule-storage-triggers.js';
export { toSetCookieHeader } from './set-cookie.js';
export type { EventHubsOptions } from './stream-triggers.js';
export { cosmosDbDelivery, eventHubsDelivery, toCosmosDbTrigger, toEventHubsTrigger } from './stream-triggers.js';
export type { AzureTransport, AzureTransportOptions } from './transport.js';
export { azureTransport } from './transport.js';
export type { HttpInvoker } from './worker.js';
export { createHttpInvoker, invokeRegistered } from './worker.js';
