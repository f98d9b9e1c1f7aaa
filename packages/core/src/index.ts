export type { CloudEvent, Normalized } from './cloud-event.js';
export type { Context, Provider } from './context.js';
export { currentContext } from './current-context.js';
export type { TimingOptions } from './deadline.js';
export type {
  BaseDefinition,
  Definition,
  DefinitionKind,
  FetchHandler,
  HttpDefinition,
  HttpOptions,
} from './definition.js';
export {
  DefinitionError,
  FaasportError,
  HttpError,
  InitError,
  InvocationTimeoutError,
  MalformedInputError,
  PayloadTooLargeError,
  ResponseError,
  UnrecognizedEventError,
  UnsupportedEventError,
  ValidationError,
  type ValidationIssue,
} from './errors.js';
export type { JsonValue, ScheduleEvent, StorageEvent, StreamRecord } from './events.js';
export type { FetchApp } from './http.js';
export { http } from './http.js';
export type { LifecycleHook } from './lifecycle.js';
export { onInit, onShutdown } from './lifecycle.js';
export type { Logger, LogLevel } from './logger.js';
export type { Message } from './message.js';
export type { RequestLogMode } from './request-log.js';
export type { ScheduleSpec } from './schedule-expression.js';
export type { Schema } from './schema.js';
export type { Trace } from './trace.js';
export type {
  EventDefinition,
  EventHandler,
  EventOptions,
  MessageHandler,
  MessageOptions,
  QueueDefinition,
  ScheduleDefinition,
  ScheduleHandler,
  StorageDefinition,
  StorageHandler,
  StorageOptions,
  StreamDefinition,
  StreamHandler,
  StreamOptions,
  TopicDefinition,
} from './triggers.js';
export { event, queue, schedule, storage, stream, topic } from './triggers.js';
