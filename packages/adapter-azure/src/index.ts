export { toAzureHandler } from './handler.js';
export { register, toRoute } from './register.js';
export type { AzureHttpBindings, AzureHttpHandler, AzureHttpRaw } from './types.js';
