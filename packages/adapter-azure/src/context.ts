import type { InvocationContext } from '@azure/functions';
import {
  type ContextHandle,
  coldStartFlag,
  createContext,
  createLogger,
  type LogSink,
  parseTraceparent,
} from '@faasport/core/adapter';

const isColdStart = coldStartFlag();

/**
 * The faasport context of one Azure invocation: name and id from the `InvocationContext`, trace from
 * its `traceContext`, JSON log lines through `context.debug/info/warn/error` (Azure indexes the level),
 * a deadline only when the definition declares `timeoutSeconds` (Azure does not tell the function).
 *
 * @example
 * const ctx = createInvocationContext({ trigger, context }, context, undefined, 500)
 */
export function createInvocationContext<Raw>(
  raw: Raw,
  context: InvocationContext,
  timeoutMs: number | undefined,
  abortMarginMs?: number,
): ContextHandle<Raw> {
  const trace = parseTraceparent(context.traceContext?.traceParent, context.traceContext?.traceState);
  const sink: LogSink = (level, line) => context[level](line);
  const log = createLogger({
    invocationId: context.invocationId,
    functionName: context.functionName,
    sink,
    ...(trace && { trace }),
  });
  return createContext<Raw>({
    provider: 'azure',
    functionName: context.functionName,
    invocationId: context.invocationId,
    coldStart: isColdStart(),
    log,
    raw,
    abortMarginMs,
    ...(timeoutMs !== undefined && { deadline: Date.now() + timeoutMs }),
    ...(trace && { trace }),
  });
}
