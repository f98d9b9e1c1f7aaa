import type { Context } from '@faasport/core';
import { type BatchItem, type BatchMode, readableError, runBatch } from '@faasport/core/adapter';
import { EventFailedError, HandlerFailedError } from './errors.js';

/**
 * Runs one delivered item (cardinality one): normalizing it and its handler either succeed, or the
 * error is logged and rethrown so the invocation fails and the platform's own retry rule applies
 * (Storage Queue dequeue count → poison queue, Service Bus delivery count → dead-letter, Event Grid
 * retry policy). Whatever was thrown, the rejection is a readable Error (`HandlerFailedError` when
 * the thrown value was not one).
 *
 * @example
 * await settleOne(() => fromTimer(t, context, Date.now()), (ev) => def.handler(ev, ctx), ctx)
 */
export async function settleOne<V>(
  load: () => V | Promise<V>,
  handle: (value: V) => void | Promise<void>,
  ctx: Context,
): Promise<undefined> {
  try {
    await handle(await load());
  } catch (error) {
    ctx.log.error('Invocation failed; the platform will retry or dead-letter it', { error });
    throw readableError(error) ?? new HandlerFailedError({ cause: error });
  }
  return undefined;
}

/**
 * Runs a delivered batch item by item (`independent` for Service Bus, `stop-at-first` for streams) and,
 * if any item failed, throws an `EventFailedError`: Azure settles a batch invocation as a whole, so
 * acknowledging the successful items alone is impossible.
 *
 * @example
 * await settleBatch(items, (msg) => def.handler(msg, ctx), 'independent', ctx, 'Service Bus batch')
 */
export async function settleBatch<V>(
  items: readonly BatchItem<V>[],
  handle: (value: V) => void | Promise<void>,
  mode: BatchMode,
  ctx: Context,
  what: string,
): Promise<undefined> {
  const result = await runBatch(items, handle, mode, ctx);
  if (result.failed.length > 0)
    throw new EventFailedError(what, result.failed, items.length, { skipped: result.skipped });
  return undefined;
}
