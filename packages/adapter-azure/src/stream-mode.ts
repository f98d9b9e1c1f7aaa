// Shared through globalThis because the ESM and CJS builds (and the `./streaming` entry) each
// carry their own copy of this module; the library's own flag is not exported.
const KEY = Symbol.for('faasport.azure.enableHttpStream');
type FlagHolder = { [KEY]?: boolean };

/**
 * Whether `enableHttpStreaming()` was called in this process.
 *
 * @example
 * const stream = isHttpStreamEnabled()
 */
export function isHttpStreamEnabled(): boolean {
  return (globalThis as FlagHolder)[KEY] === true;
}

/**
 * Records that the library was set up for HTTP streaming (or not), so the converters pass body
 * streams through instead of buffering them.
 *
 * @example
 * setHttpStreamEnabled(true)
 */
export function setHttpStreamEnabled(enabled: boolean): void {
  (globalThis as FlagHolder)[KEY] = enabled;
}
