export { BodyUnavailableError, EventFailedError } from './errors.js';
export { toCloudFunction } from './handler.js';
export { register } from './register.js';
export { toCloudSchedulerCron } from './schedule-expression.js';
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
