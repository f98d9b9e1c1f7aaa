export { BodyUnavailableError } from './errors.js';
export { toCloudFunction } from './handler.js';
export { register } from './register.js';
export type {
  CloudFunctionOptions,
  CloudFunctionRequest,
  CloudFunctionResponse,
  CloudHttpFunction,
  GcpRaw,
} from './types.js';
