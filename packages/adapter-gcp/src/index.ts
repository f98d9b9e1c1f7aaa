export { capabilities } from './capabilities.js';
export { fromCloudStorageEvent } from './cloud-storage.js';
export {
  firestoreAction,
  isBinaryCloudEventRequest,
  isCloudStorageCloudEvent,
  isGcpCloudEvent,
  isPubSubCloudEvent,
  isPubSubPushBody,
  isSchedulerCloudEvent,
  isSchedulerRequest,
  isStructuredCloudEventRequest,
  PUBSUB_PUBLISHED,
  SCHEDULER_EXECUTED,
} from './detect.js';
export { BodyUnavailableError, EventFailedError } from './errors.js';
export { fromEventarcCloudEvent } from './eventarc.js';
export { fromFirestoreCloudEvent } from './firestore.js';
export { fromFirestoreFields, fromFirestoreValue } from './firestore-value.js';
export { toCloudFunction } from './handler.js';
export { fromPubSubCloudEvent, fromPubSubPushBody } from './pubsub.js';
export { register } from './register.js';
export { toCloudSchedulerCron } from './schedule-expression.js';
export { fromPubSubSchedule, fromSchedulerCloudEvent, fromSchedulerRequest } from './scheduler.js';
export type {
  CloudEventHandlerFunction,
  CloudFunctionOptions,
  CloudFunctionRequest,
  CloudFunctionResponse,
  CloudHttpFunction,
  GcpCloudEvent,
  GcpEventRaw,
  GcpRaw,
  SignatureType,
} from './types.js';
