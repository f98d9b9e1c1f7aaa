// How each native source settles a delivery, as data, and what that rule makes of a batch with
// failures: which inputs reach the handler, which the platform acknowledges, which come back.
import type { EventInput } from '@faasport/core/adapter';
import type { SourceKey } from './events/shared.js';

/**
 * - `per-message`: one invocation per input; a failure redelivers that input alone (SNS, S3,
 *   EventBridge, Storage Queue, Service Bus one, Event Grid, Timer; the local transport).
 * - `partial-batch`: one invocation per batch; `batchItemFailures` lists exactly the failures (SQS).
 * - `fifo-partial`: in order; after a failure the later inputs of its group are not run and come back
 *   too; inputs without a group form one group (SQS FIFO, where every message has a group).
 * - `ordered-key`: as `fifo-partial`, but inputs without an ordering key are independent (Pub/Sub).
 * - `resume-at-first`: in order; the first failure stops the batch, it and everything after it come
 *   back (Kinesis, DynamoDB Streams).
 * - `whole-batch`: every input runs; any failure redelivers the whole batch (Service Bus many).
 * - `whole-batch-at-first`: in order, stopping at the first failure; any failure redelivers the
 *   whole batch (Event Hubs, Cosmos DB with a retry policy).
 */
export type SettleRule =
  | 'per-message'
  | 'partial-batch'
  | 'fifo-partial'
  | 'ordered-key'
  | 'resume-at-first'
  | 'whole-batch'
  | 'whole-batch-at-first';

/** The settle rule of every source the suite runs. A source missing here fails the suite. */
export const SETTLE_RULES: Readonly<Record<SourceKey, SettleRule>> = {
  'local:queue': 'per-message',
  'local:topic': 'per-message',
  'local:storage': 'per-message',
  'local:schedule': 'per-message',
  'local:stream': 'per-message',
  'local:event': 'per-message',
  // https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html#services-sqs-batchfailurereporting
  'aws:sqs': 'partial-batch',
  'aws:sqs-fifo': 'fifo-partial',
  'aws:sns': 'per-message',
  'aws:s3': 'per-message',
  'aws:s3-eventbridge': 'per-message',
  'aws:eventbridge-schedule': 'per-message',
  'aws:eventbridge': 'per-message',
  // https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-batchfailurereporting.html
  'aws:kinesis': 'resume-at-first',
  'aws:dynamodb': 'resume-at-first',
  // https://cloud.google.com/pubsub/docs/ordering
  'gcp:pubsub': 'ordered-key',
  'gcp:pubsub-push': 'ordered-key',
  'gcp:gcs': 'per-message',
  'gcp:scheduler-pubsub': 'per-message',
  'gcp:scheduler-http': 'per-message',
  'gcp:firestore': 'per-message',
  'gcp:eventarc': 'per-message',
  'azure:storage-queue': 'per-message',
  'azure:service-bus': 'per-message',
  // https://learn.microsoft.com/azure/azure-functions/functions-bindings-service-bus-trigger
  'azure:service-bus-many': 'whole-batch',
  'azure:service-bus-topic': 'per-message',
  'azure:event-grid': 'per-message',
  'azure:event-grid-cloudevents': 'per-message',
  'azure:event-grid-blob': 'per-message',
  'azure:blob': 'per-message',
  'azure:timer': 'per-message',
  // https://learn.microsoft.com/azure/azure-functions/functions-bindings-error-pages#retries
  'azure:event-hubs': 'whole-batch-at-first',
  'azure:cosmos-db': 'whole-batch-at-first',
};

/** One input as the settle rules see it. */
export interface SettleItem {
  readonly id: string;
  readonly group?: string;
}

/** What a rule makes of a delivery: ids in input order. */
export interface Outcome {
  readonly called: string[];
  readonly acknowledged: string[];
  readonly redelivered: string[];
}

/**
 * The id of every input of a delivery, in order: a schedule's id is its time in ISO form.
 *
 * @example
 * itemsOf({ kind: 'message', messages: [{ id: 'a', body: '', groupId: 'g' }] }) // [{ id: 'a', group: 'g' }]
 */
export function itemsOf(input: EventInput): SettleItem[] {
  switch (input.kind) {
    case 'message':
      return input.messages.map((m) => (m.groupId === undefined ? { id: m.id } : { id: m.id, group: m.groupId }));
    case 'storage':
      return input.events.map((e) => ({ id: e.id }));
    case 'schedule':
      return [{ id: input.time.toISOString() }];
    case 'stream':
      return input.records.map((r) => ({ id: r.id }));
    case 'event':
      return input.events.map((e) => ({ id: e.id }));
  }
}

function grouped(
  items: readonly SettleItem[],
  failing: ReadonlySet<string>,
  refused: ReadonlySet<string>,
  loose: boolean,
) {
  const out: Outcome = { called: [], acknowledged: [], redelivered: [] };
  const blocked = new Set<string>();
  for (const item of items) {
    const group = item.group ?? (loose ? undefined : '');
    if (group !== undefined && blocked.has(group)) {
      out.redelivered.push(item.id);
      continue;
    }
    if (!refused.has(item.id)) out.called.push(item.id);
    if (!failing.has(item.id)) {
      out.acknowledged.push(item.id);
      continue;
    }
    out.redelivered.push(item.id);
    if (group !== undefined) blocked.add(group);
  }
  return out;
}

function atFirst(items: readonly SettleItem[], failing: ReadonlySet<string>, refused: ReadonlySet<string>) {
  const out: Outcome = { called: [], acknowledged: [], redelivered: [] };
  let stopped = false;
  for (const item of items) {
    if (stopped) {
      out.redelivered.push(item.id);
      continue;
    }
    if (!refused.has(item.id)) out.called.push(item.id);
    stopped = failing.has(item.id);
    (stopped ? out.redelivered : out.acknowledged).push(item.id);
  }
  return out;
}

function wholeBatch(outcome: Outcome, items: readonly SettleItem[], failed: ReadonlySet<string>): Outcome {
  if (!items.some((i) => failed.has(i.id))) return outcome;
  return { called: outcome.called, acknowledged: [], redelivered: items.map((i) => i.id) };
}

/**
 * What `rule` makes of a delivery of `items` where `failing` fail (refused ones before the handler).
 *
 * @example
 * expectedOutcome('resume-at-first', [{ id: 'a' }, { id: 'b' }], new Set(['a']))
 * // { called: ['a'], acknowledged: [], redelivered: ['a', 'b'] }
 */
export function expectedOutcome(
  rule: SettleRule,
  items: readonly SettleItem[],
  failing: ReadonlySet<string>,
  refused: ReadonlySet<string> = new Set(),
): Outcome {
  const all = new Set([...failing, ...refused]);
  const independent = items.map(({ id }) => ({ id }));
  switch (rule) {
    case 'per-message':
    case 'partial-batch':
      return grouped(independent, all, refused, true);
    case 'fifo-partial':
      return grouped(items, all, refused, false);
    case 'ordered-key':
      return grouped(items, all, refused, true);
    case 'resume-at-first':
      return atFirst(items, all, refused);
    case 'whole-batch':
      return wholeBatch(grouped(independent, all, refused, true), items, all);
    case 'whole-batch-at-first':
      return wholeBatch(atFirst(items, all, refused), items, all);
  }
}
