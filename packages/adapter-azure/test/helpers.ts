import { gzipSync } from 'node:zlib';
import type { HttpResponseInit, InvocationContext } from '@azure/functions';
import type { Definition } from '@faasport/core';
import { toAzureHandler } from '../src/handler.js';
import { toHttpRequest } from '../src/testing/http-request.js';
import { fromHttpResponse } from '../src/testing/http-response.js';
import { createInvocationContext, type InvocationContextOptions } from '../src/testing/invocation-context.js';
import type { AzureHttpHandler, AzureTriggerHandler } from '../src/types.js';

/** Bytes of every value 0–255 twice: any text decoding on the way corrupts them. */
export const BINARY = Uint8Array.from({ length: 512 }, (_, i) => i % 256);
/** A gzip body flagged as JSON: must stay bytes. */
export const GZIP_JSON = new Uint8Array(gzipSync(JSON.stringify({ hello: 'wörld' })));
/** UTF-8 text with multi-byte characters. */
export const UTF8_TEXT = 'Grüße, 東京 🌍';

/**
 * Calls `toAzureHandler(def)` directly with the library's real `HttpRequest` and `InvocationContext`.
 *
 * @example
 * const { init, response, logs } = await invokeDirect(def, new Request('http://localhost/x'))
 */
export async function invokeDirect(def: Definition, req: Request, options: InvocationContextOptions = {}) {
  const request = await toHttpRequest(req);
  const { context, logs } = createInvocationContext(options);
  const init: HttpResponseInit = await (toAzureHandler(def) as AzureHttpHandler)(request, context);
  const response = await fromHttpResponse(init);
  return { init, response, logs, request, context };
}

/**
 * Reads a stream's first chunk while the source is still open: proof that nothing buffered it.
 *
 * @example
 * const { stream, push, close } = controlledStream()
 */
export function controlledStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
  });
  return {
    stream,
    push: (text: string) => controller.enqueue(new TextEncoder().encode(text)),
    close: () => controller.close(),
  };
}

/** Bytes of a body as a plain array, for exact comparisons. */
export async function bytesOf(body: Response | Request): Promise<number[]> {
  return [...new Uint8Array(await body.arrayBuffer())];
}

/** What an event handler saw and how the invocation ended. */
export interface TriggerOutcome<V> {
  readonly seen: V[];
  readonly error: unknown;
  readonly result: unknown;
}

/**
 * Calls an event definition's Azure handler with a builder's `(trigger, context)` and collects what the
 * handler received (`record` is called from inside the definition's handler).
 *
 * @example
 * const out = await runTrigger(def, toStorageQueueTrigger(msg), seen)
 */
export async function runTrigger<V>(
  def: Definition,
  call: { trigger: unknown; context: InvocationContext },
  seen: V[],
): Promise<TriggerOutcome<V>> {
  try {
    const result = await (toAzureHandler(def) as AzureTriggerHandler)(call.trigger, call.context);
    return { seen, error: undefined, result };
  } catch (error) {
    return { seen, error, result: undefined };
  }
}

export { qtySchema } from '../../core/test/helpers/context.js';
