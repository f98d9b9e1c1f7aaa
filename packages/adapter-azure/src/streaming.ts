import { azure } from './azure-functions.js';
import { setHttpStreamEnabled } from './stream-mode.js';

/**
 * Turns on HTTP streaming for the whole app: request and response bodies flow as streams through
 * the library's local HTTP proxy instead of being buffered into the host's RPC message. Call it
 * once, at the top of the entry file, before the host finishes starting the worker (the library
 * locks its setup then). Needs Functions host 4.28 or later; the library throws on older hosts.
 * https://learn.microsoft.com/azure/azure-functions/functions-reference-node?pivots=nodejs-model-v4#http-streams
 *
 * @example
 * import { enableHttpStreaming } from '@faasport/adapter-azure/streaming'
 * enableHttpStreaming()
 * register('api', api)
 */
export function enableHttpStreaming(): void {
  azure.app.setup({ enableHttpStream: true });
  setHttpStreamEnabled(true);
}
