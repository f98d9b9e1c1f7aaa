import { createLogger, shutdownOnSignal } from '@faasport/core/adapter';
import { cloudLoggingFormat } from './log-format.js';

// Cloud Run sends SIGTERM and kills the instance 10 s later:
// https://cloud.google.com/run/docs/container-contract#instance-shutdown
const SHUTDOWN_TIMEOUT_MS = 9_000;

/**
 * Maps faasport's `onShutdown` hooks to Cloud Run: run them on SIGTERM within the 10 s grace period.
 * The Functions Framework installs its own SIGTERM handler that exits at once (functions-framework-nodejs
 * issue #704); core's handler runs first and holds that exit until the hooks are done. Idempotent.
 *
 * @example
 * installCloudRunShutdown()
 */
export function installCloudRunShutdown(): void {
  shutdownOnSignal('SIGTERM', {
    timeoutMs: SHUTDOWN_TIMEOUT_MS,
    log: createLogger({ format: cloudLoggingFormat, invocationId: 'shutdown' }),
  });
}
