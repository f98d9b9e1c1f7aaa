import type { Context } from './context.js';

/** One item of a delivered batch; `load` builds the normalized value and may throw (bad base64, schema). */
export interface BatchItem<V> {
  /** The identifier the platform wants back for a failure (SQS messageId, stream sequence number). */
  readonly id: string;
  /** FIFO message group / ordering key; items of one group run in order. */
  readonly group?: string;
  load(): V | Promise<V>;
}

/**
 * How a batch settles:
 * - `independent`: every item runs; each failure is reported alone (SQS standard).
 * - `fifo`: items run in order; after a failure, later items of the same group are not run and are
 *   reported failed too, so the group's order survives the retry (SQS FIFO).
 * - `stop-at-first`: items run in order; the first failure stops the batch and is the only one
 *   reported: the platform resumes there (Kinesis, DynamoDB Streams).
 */
export type BatchMode = 'independent' | 'fifo' | 'stop-at-first';

/** What happened to a batch. */
export interface BatchResult {
  /** Ids to report as failed, in batch order. */
  readonly failed: string[];
  /** Ids whose handler succeeded. */
  readonly succeeded: string[];
  /** Ids never handed to the handler (FIFO groups after a failure, records after a stream failure). */
  readonly skipped: string[];
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

function fail(item: BatchItem<unknown>, error: unknown, ctx: Context): false {
  // itemId: the SQS messageId or the stream sequence number, whichever the platform wants back.
  ctx.log.error('Batch item failed', { itemId: item.id, error });
  return false;
}

function finish<V>(
  item: BatchItem<V>,
  handle: (value: V) => void | Promise<void>,
  value: V,
  ctx: Context,
): boolean | Promise<boolean> {
  let result: void | Promise<void>;
  try {
    result = handle(value);
  } catch (error) {
    return fail(item, error, ctx);
  }
  return isThenable(result) ? Promise.resolve(result).then(succeed, (error) => fail(item, error, ctx)) : true;
}

function succeed(): true {
  return true;
}

// Synchronous when load and handler are: a batch of sync handlers costs no promise per item.
function attempt<V>(
  item: BatchItem<V>,
  handle: (value: V) => void | Promise<void>,
  ctx: Context,
): boolean | Promise<boolean> {
  let loaded: V | Promise<V>;
  try {
    loaded = item.load();
  } catch (error) {
    return fail(item, error, ctx);
  }
  if (!isThenable(loaded)) return finish(item, handle, loaded, ctx);
  return Promise.resolve(loaded).then(
    (value) => finish(item, handle, value, ctx),
    (error) => fail(item, error, ctx),
  );
}

/**
 * Runs a batch one item at a time, in order, and says which ids failed. Never throws: a failure is
 * a reported id, so no message is ever acknowledged without its handler having succeeded.
 *
 * @example
 * const { failed } = await runBatch(items, (msg) => def.handler(msg, ctx), 'independent', ctx)
 */
export async function runBatch<V>(
  items: readonly BatchItem<V>[],
  handle: (value: V) => void | Promise<void>,
  mode: BatchMode,
  ctx: Context,
): Promise<BatchResult> {
  const result: BatchResult = { failed: [], succeeded: [], skipped: [] };
  const failedGroups = new Set<string | undefined>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as BatchItem<V>;
    if (mode === 'fifo' && failedGroups.has(item.group)) {
      result.failed.push(item.id);
      result.skipped.push(item.id);
      continue;
    }
    const outcome = attempt(item, handle, ctx);
    if (outcome === true || (outcome !== false && (await outcome))) {
      result.succeeded.push(item.id);
      continue;
    }
    result.failed.push(item.id);
    if (mode === 'fifo') failedGroups.add(item.group);
    if (mode === 'stop-at-first') {
      for (const rest of items.slice(i + 1)) result.skipped.push(rest.id);
      break;
    }
  }
  return result;
}
