export { fromBlobTrigger } from './blob.js';
export { capabilities } from './capabilities.js';
export { fromCosmosDocument } from './cosmos-db.js';
export type { AzureSource, EventGridSchemaEvent } from './detect.js';
export { isBatchTrigger, isEventGridSchemaEvent, sourceOf, validationCodeOf } from './detect.js';
export { BatchFailedError, HandlerFailedError } from './errors.js';
export { fromEventGridBlob, fromEventGridMessage, toCloudEventFromEventGrid } from './event-grid.js';
export { fromEventHubsEvent } from './event-hubs.js';
export { toAzureHandler } from './handler.js';
export { toNcrontab } from './ncrontab.js';
export { register, toRoute } from './register.js';
export type { AzureEventFunctionOptions } from './register-events.js';
export { fromServiceBusMessage } from './service-bus.js';
export { fromStorageQueueMessage } from './storage-queue.js';
export { fromTimer } from './timer.js';
export type {
  AzureBindings,
  AzureEventBindings,
  AzureEventRaw,
  AzureHttpBindings,
  AzureHttpHandler,
  AzureHttpRaw,
  AzureQueueBindings,
  AzureRetryOptions,
  AzureStorageBindings,
  AzureStreamBindings,
  AzureTopicBindings,
  AzureTriggerHandler,
  BlobBindings,
  CosmosDbBindings,
  EventGridBindings,
  EventGridWebhookBindings,
  EventHubBindings,
  ServiceBusQueueBindings,
  ServiceBusTopicBindings,
  StorageQueueBindings,
  TimerBindings,
} from './types.js';
