import type { Context } from '@faasport/core';
import type { BatchItem } from '@faasport/core/adapter';
import { EventFailedError } from './errors.js';
import type { LambdaBatchResponse } from './event-types.js';

/**
 * The partial-batch answer Lambda reads (`ReportBatchItemFailures`): the failed ids, or an empty list.
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html#services-sqs-batchfailurereporting
 *
 * @example
 * toBatchResponse(['m2']) // { batchItemFailures: [{ itemIdentifier: 'm2' }] }
 */
export function toBatchResponse(failed: readonly string[]): LambdaBatchResponse {
  const batchItemFailures: { itemIdentifier: string }[] = new Array(failed.length);
  for (let i = 0; i < failed.length; i++) batchItemFailures[i] = { itemIdentifier: failed[i] as string };
  return { batchItemFailures };
}

/**
 * Runs every item of a one-invocation event (SNS, S3, EventBridge) and rejects with
 * `EventFailedError` (cause: the handler's error) when any failed, so Lambda retries the event:
 * these sources have no partial acknowledgement.
 *
 * @example
 * await settleEach(items, (ev) => def.handler(ev, ctx), ctx, 'S3 record')
 */
export async function settleEach<V>(
  items: readonly BatchItem<V>[],
  handle: (value: V) => void | Promise<void>,
  ctx: Context,
  what: string,
): Promise<void> {
  const failed: string[] = [];
  const errors: unknown[] = [];
  for (const item of items) {
    try {
      await handle(await item.load());
    } catch (error) {
      ctx.log.error(`${what} failed`, { id: item.id, error });
      failed.push(item.id);
      errors.push(error);
    }
  }
  if (failed.length === 0) return;
  const cause = errors.length === 1 ? errors[0] : new AggregateError(errors, `${failed.length} ${what}s failed`);
  throw new EventFailedError(what, failed, items.length, { cause });
}
