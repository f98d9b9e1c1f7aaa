import {
  type Definition,
  DefinitionError,
  type EventDefinition,
  type HttpDefinition,
  type QueueDefinition,
  type ScheduleDefinition,
  type StorageDefinition,
  type StreamDefinition,
  type TopicDefinition,
} from '@faasport/core';
import { abortMarginOf, isDefinition } from '@faasport/core/adapter';
import { invokeEvent } from './event-invoke.js';
import type { LambdaBatchHandler, LambdaEventHandler } from './event-types.js';
import { invokeHttp } from './http-invoke.js';
import { installLambdaShutdown } from './lifecycle.js';
import type { LambdaHandler } from './types.js';

/**
 * Checks that a value is an HTTP definition (for handlers that only serve HTTP, like streaming).
 *
 * @example
 * const def = requireHttpDefinition(api, 'toStreamingLambda')
 */
export function requireHttpDefinition(def: unknown, caller: string): HttpDefinition {
  if (!isDefinition(def)) {
    throw new DefinitionError(`${caller} expects a faasport definition (http(...)), got ${describe(def)}`);
  }
  if (def.kind !== 'http') {
    throw new DefinitionError(`${caller} only runs http definitions, got "${(def as { kind: string }).kind}"`);
  }
  return def;
}

/**
 * Wraps a definition as a Lambda handler. `http`: API Gateway REST / HTTP API, Function URL and ALB
 * events. `queue`: SQS; `stream`: Kinesis and DynamoDB Streams (both resolve to `{ batchItemFailures }`).
 * `topic`: SNS; `storage`: S3 (notification and EventBridge forms); `schedule`: EventBridge rules and
 * Scheduler; `event`: EventBridge (these reject when the handler fails, so Lambda retries).
 * `ctx.signal` aborts `abortMarginMs` (option, else `FAASPORT_ABORT_MARGIN_MS`, else 500) before
 * Lambda's deadline; `onShutdown` hooks run on SIGTERM (sent only when an extension is registered).
 *
 * @example
 * export const handler = toLambda(api)
 */
export function toLambda(def: HttpDefinition): LambdaHandler;
export function toLambda<T>(def: QueueDefinition<T> | StreamDefinition): LambdaBatchHandler;
export function toLambda<T>(
  def: TopicDefinition<T> | StorageDefinition | ScheduleDefinition | EventDefinition<T>,
): LambdaEventHandler;
export function toLambda(def: Definition): LambdaHandler | LambdaBatchHandler | LambdaEventHandler;
export function toLambda(def: Definition): LambdaHandler | LambdaBatchHandler | LambdaEventHandler {
  if (!isDefinition(def)) throw new DefinitionError(`toLambda expects a faasport definition, got ${describe(def)}`);
  const margin = abortMarginOf(def.options);
  installLambdaShutdown();
  if (def.kind === 'http') return (event, context) => invokeHttp(def, event, context, margin);
  return (event, context) => invokeEvent(def, event, context, margin) as Promise<never>;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object that is not one' : typeof value;
}
