import { createLogger, runShutdown } from '@faasport/core/adapter';
import { azure } from './azure-functions.js';

// The worker awaits appTerminate hooks before it exits; Azure documents no bound, so faasport keeps
// them within 10 s. https://learn.microsoft.com/azure/azure-functions/functions-reference-node?pivots=nodejs-model-v4#hooks
const SHUTDOWN_TIMEOUT_MS = 10_000;
const KEY = Symbol.for('faasport.azure.appTerminate');

/**
 * Maps faasport's `onShutdown` hooks to Azure: one `app.hook.appTerminate` registered through the
 * library (once per process, on the first `register`), which runs them bounded by 10 s; a host that
 * refuses hooks gets a warning, never a failed registration. Azure
 * functions get no SIGTERM of their own; the worker calls the hook when the host stops it.
 *
 * @example
 * installAzureShutdown()
 */
export function installAzureShutdown(): void {
  const holder = globalThis as { [KEY]?: true };
  if (holder[KEY]) return;
  holder[KEY] = true;
  try {
    azure.app.hook.appTerminate(terminate);
  } catch (error) {
    // A host stand-in without hooks must not cost the function its registration.
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(`faasport: the host refused the appTerminate hook (${reason}); onShutdown hooks will not run`);
  }
}

async function terminate(): Promise<void> {
  await runShutdown({
    timeoutMs: SHUTDOWN_TIMEOUT_MS,
    log: createLogger({ invocationId: 'shutdown' }),
  });
}
