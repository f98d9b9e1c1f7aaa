export type { ForwardTarget } from './forward.js';
export { forwardRequest } from './forward.js';
export type { CloudFunctionTransportOptions } from './transport.js';
export { cloudFunctionTransport } from './transport.js';
