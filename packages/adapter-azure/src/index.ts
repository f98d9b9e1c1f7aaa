export { EventFailedError, HandlerFailedError } from './errors.js';
export { toAzureHandler } from './handler.js';
export { toNcrontab } from './ncrontab.js';
export { register } from './register.js';
export type { AzureEventFunctionOptions } from './register-events.js';
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
