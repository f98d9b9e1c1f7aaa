export type { CloudFunctionTransportOptions } from './transport.js';
export { cloudFunctionTransport } from './transport.js';
