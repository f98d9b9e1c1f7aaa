import { randomUUID } from 'node:crypto';
import type { Trace } from '@faasport/core';
import {
  type ContextHandle,
  coldStartFlag,
  createContext,
  createLogger,
  type LogSink,
  parseTraceparent,
} from '@faasport/core/adapter';
import { cloudLoggingFormat } from './log-format.js';
import { fromCloudTraceContext } from './trace.js';
import type { CloudFunctionRequest, CloudFunctionResponse, GcpCloudEvent, GcpEventRaw, GcpRaw } from './types.js';

const isColdStart = coldStartFlag();

/**
 * What stays the same for every invocation of one wrapped function.
 *
 * @example
 * const settings: FunctionSettings = { functionName: 'api', timeoutMs: 60_000 }
 */
export interface FunctionSettings {
  readonly functionName: string;
  /** The declared timeout; GCP does not tell the function its deadline. */
  readonly timeoutMs?: number;
  /** How long before the deadline `ctx.signal` aborts. */
  readonly abortMarginMs?: number;
  readonly logSink?: LogSink;
}

/**
 * Builds the faasport context of one Functions Framework invocation: invocation id from FF's
 * execution id, else the `function-execution-id` header, else the trace id, else a random UUID;
 * trace from `traceparent`, else `X-Cloud-Trace-Context`; deadline only when one was declared.
 *
 * @example
 * const ctx = createInvocationContext(req, res, { functionName: 'api' })
 */
export function createInvocationContext(
  req: CloudFunctionRequest,
  res: CloudFunctionResponse,
  settings: FunctionSettings,
): ContextHandle<GcpRaw> {
  const trace = traceOf(req);
  const invocationId = invocationIdOf(req, trace);
  const log = createLogger({
    format: cloudLoggingFormat,
    invocationId,
    functionName: settings.functionName,
    trace,
    sink: settings.logSink,
  });
  return createContext<GcpRaw>({
    provider: 'gcp',
    functionName: settings.functionName,
    invocationId,
    deadline: settings.timeoutMs === undefined ? undefined : Date.now() + settings.timeoutMs,
    coldStart: isColdStart(),
    log,
    trace,
    raw: { req, res },
    abortMarginMs: settings.abortMarginMs,
  });
}

/**
 * Builds the context of one CloudEvent function invocation. FF passes a CloudEvent function only the
 * event, so the invocation id is the event id (stable across the platform's retries, the key for
 * idempotency), the trace comes from the event's `traceparent` (FF copies the header there), and
 * `raw` is `{ cloudEvent }`.
 *
 * @example
 * const ctx = createCloudEventContext(cloudEvent, { functionName: 'orders' })
 */
export function createCloudEventContext(
  cloudEvent: GcpCloudEvent,
  settings: FunctionSettings,
): ContextHandle<GcpEventRaw> {
  const traceparent = typeof cloudEvent?.traceparent === 'string' ? cloudEvent.traceparent : undefined;
  const trace = parseTraceparent(traceparent);
  const invocationId = typeof cloudEvent?.id === 'string' && cloudEvent.id !== '' ? cloudEvent.id : randomUUID();
  const log = createLogger({
    format: cloudLoggingFormat,
    invocationId,
    functionName: settings.functionName,
    trace,
    sink: settings.logSink,
  });
  return createContext<GcpEventRaw>({
    provider: 'gcp',
    functionName: settings.functionName,
    invocationId,
    deadline: settings.timeoutMs === undefined ? undefined : Date.now() + settings.timeoutMs,
    coldStart: isColdStart(),
    log,
    trace,
    raw: { cloudEvent },
    abortMarginMs: settings.abortMarginMs,
  });
}

function traceOf(req: CloudFunctionRequest): Trace | undefined {
  const h = req.headers;
  return (
    parseTraceparent(single(h.traceparent), single(h.tracestate)) ??
    fromCloudTraceContext(single(h['x-cloud-trace-context']))
  );
}

// FF always sets executionId (execution_context.js); the rest covers use outside the framework.
function invocationIdOf(req: CloudFunctionRequest, trace: Trace | undefined): string {
  return req.executionId || single(req.headers['function-execution-id']) || trace?.traceId || randomUUID();
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
