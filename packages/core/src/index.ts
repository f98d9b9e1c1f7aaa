export type { Context, Provider } from './context.js';
export type {
  BaseDefinition,
  Definition,
  DefinitionKind,
  FetchHandler,
  HttpDefinition,
  HttpOptions,
} from './definition.js';
export { isDefinition } from './definition.js';
export {
  DefinitionError,
  FaasportError,
  HttpError,
  MalformedInputError,
  ResponseError,
  UnrecognizedEventError,
} from './errors.js';
export type { FetchApp } from './http.js';
export { http } from './http.js';
export type { Logger, LogLevel } from './logger.js';
export type { Trace } from './trace.js';
