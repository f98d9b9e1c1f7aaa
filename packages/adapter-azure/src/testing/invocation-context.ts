import { format } from 'node:util';
import type { InvocationContext, LogLevel, TraceContext } from '@azure/functions';
import { azure } from '../azure-functions.js';

/** One line written through the context's log methods. */
export interface AzureLogLine {
  /** Azure's level: `information`, `warning`, `error`, `debug`, `trace`… */
  readonly level: LogLevel;
  readonly message: string;
}

/** Options of `createInvocationContext`. */
export interface InvocationContextOptions {
  readonly functionName?: string;
  readonly invocationId?: string;
  readonly traceContext?: TraceContext;
}

/** A real `InvocationContext` and the lines its log handler recorded. */
export interface RecordingContext {
  readonly context: InvocationContext;
  readonly logs: AzureLogLine[];
}

let counter = 0;

/**
 * Creates the library's real `InvocationContext` whose log handler records every line (formatted
 * as the worker formats them, with `util.format`).
 *
 * @example
 * const { context, logs } = createInvocationContext({ functionName: 'api' })
 */
export function createInvocationContext(options: InvocationContextOptions = {}): RecordingContext {
  const logs: AzureLogLine[] = [];
  counter += 1;
  const context = new azure.InvocationContext({
    functionName: options.functionName ?? 'api',
    invocationId: options.invocationId ?? `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    logHandler: (level, ...args) => logs.push({ level, message: format(...args) }),
    ...(options.traceContext && { traceContext: options.traceContext }),
  });
  return { context, logs };
}
