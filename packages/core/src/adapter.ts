// Building blocks for adapter authors: `@faasport/core/adapter`. Not needed in function code.

export type { BatchItem, BatchMode, BatchResult } from './batch.js';
export { runBatch } from './batch.js';
export {
  decodeBase64,
  encodeBase64,
  isBinaryBody,
  isBinaryContent,
  isTextContentType,
  readStreamBytes,
} from './body.js';
export { isCloudEvent } from './cloud-event.js';
export type { ContextHandle, ContextInit } from './context.js';
export { coldStartFlag, createContext, DEFAULT_ABORT_MARGIN_MS } from './context.js';
export { outsideContext, runWithContext } from './current-context.js';
export type { DeadlineOptions } from './deadline.js';
export { abortMarginOf, FAIL_AT_DEADLINE, watchDeadline } from './deadline.js';
export { DEFINITION, isDefinition } from './definition.js';
export { describeThrown, readableError } from './describe-thrown.js';
export type { EventOrigin } from './events.js';
export { createScheduleEvent, createStorageEvent, createStreamRecord } from './events.js';
export type { ResponseParts } from './fast-response.js';
export { installFastResponse, takeResponseParts } from './fast-response.js';
export { fromByteString, toByteString } from './headers.js';
export type { InvocationPlan } from './invoke.js';
export { invoke } from './invoke.js';
export type { LazyRequestInit } from './lazy-request.js';
export { createLazyRequest } from './lazy-request.js';
export type { ShutdownPlan } from './lifecycle.js';
export { initFor, pendingInit, runShutdown, shutdownOnSignal } from './lifecycle.js';
export type { LineFormat, LogFormat, LoggerOptions, LogLevel, LogSink } from './logger.js';
export { createLogger } from './logger.js';
export type { MessageInit } from './message.js';
export { createMessage } from './message.js';
export { setOwn } from './own-property.js';
export type { HeaderSource } from './redact.js';
export { REDACTED, redactHeaders } from './redact.js';
export { logRequest, parseRequestLogMode, requestLogMode } from './request-log.js';
export { errorResponse, runHttp } from './run-http.js';
export { parseSchedule } from './schedule-expression.js';
export { validate } from './schema.js';
export { createTrace, parseTraceparent } from './trace.js';
export type {
  DeliveryReport,
  EventInput,
  EventTransport,
  MessageInput,
  StorageInput,
  StreamInput,
  Transport,
} from './transport.js';
export type { Watch } from './watchdog.js';
