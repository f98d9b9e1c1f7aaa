import { createLogger, shutdownOnSignal } from '@faasport/core/adapter';
import { lambdaLogFormat } from './log-format.js';

// Lambda sends SIGTERM only when an extension is registered, and leaves the runtime 300 ms (500 ms
// with an internal extension) before SIGKILL:
// https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html#runtimes-lifecycle-shutdown
const SHUTDOWN_TIMEOUT_MS = 250;

/**
 * Maps faasport's `onShutdown` hooks to Lambda: run them on SIGTERM, bounded by the time Lambda
 * leaves the runtime, then exit. Without a registered extension Lambda never sends SIGTERM and the
 * hooks do not run. Idempotent; adds no listener until an `onShutdown` hook exists.
 *
 * @example
 * installLambdaShutdown()
 */
export function installLambdaShutdown(): void {
  shutdownOnSignal('SIGTERM', {
    timeoutMs: SHUTDOWN_TIMEOUT_MS,
    log: createLogger({ format: lambdaLogFormat, invocationId: 'shutdown' }),
  });
}
