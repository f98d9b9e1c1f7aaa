// Building blocks for adapter authors: `@faasport/core/adapter`. Not needed in function code.

export { decodeBase64, encodeBase64, isBinaryBody, isTextContentType } from './body.js';
export type { ContextHandle, ContextInit } from './context.js';
export { coldStartFlag, createContext, DEFAULT_ABORT_MARGIN_MS } from './context.js';
export { DEFINITION } from './definition.js';
export { fromByteString, toByteString } from './headers.js';
export type { LogFormat, LoggerOptions, LogSink } from './logger.js';
export { createLogger } from './logger.js';
export { errorResponse, runHttp } from './run-http.js';
export { fromCloudTraceContext, fromXRayHeader, parseTraceparent } from './trace.js';

/**
 * A Web `fetch` through one provider's native shapes: what each adapter's `./testing` export returns.
 *
 * @example
 * const res = await transport.fetch(new Request('http://localhost/hello'))
 */
export interface Transport {
  /** e.g. `aws:apigw-v2`, `gcp`, `azure`. */
  readonly name: string;
  fetch(request: Request): Promise<Response>;
  close(): Promise<void>;
}
export type { BatchItem, BatchMode, BatchResult } from './batch.js';
export { runBatch } from './batch.js';
export type { EventOrigin } from './events.js';
export { createScheduleEvent, createStorageEvent, createStreamRecord } from './events.js';
export type { MessageInit } from './message.js';
export { createMessage } from './message.js';
export { parseSchedule } from './schedule-expression.js';
export { validate } from './schema.js';
