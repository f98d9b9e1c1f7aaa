import {
  type Context,
  type Definition,
  type HttpDefinition,
  UnrecognizedEventError,
  UnsupportedEventError,
} from '@faasport/core';
import { invoke } from '@faasport/core/adapter';
import { createInvocationContext } from './context.js';
import { describeValue, sourceOf } from './event-sources.js';
import type { LambdaBatchResponse } from './event-types.js';
import { invokeSchedule } from './eventbridge-schedule.js';
import { LAMBDA_DEADLINE } from './http-invoke.js';
import { type AwsSource, sources } from './sources.js';
import type { LambdaContext } from './types.js';

/** Every definition kind but `http`. */
export type EventKindDefinition = Exclude<Definition, HttpDefinition>;

const TAKES: Readonly<Record<EventKindDefinition['kind'], string>> = {
  queue: 'SQS batches (standard and FIFO)',
  topic: 'SNS notifications',
  storage: 'S3 notifications and S3 events through EventBridge',
  schedule: 'EventBridge scheduled events and EventBridge Scheduler payloads',
  stream: 'Kinesis and DynamoDB Streams batches',
  event: 'EventBridge events',
};

// Per kind, the list's entries that take it, in the list's order (the more specific shape first).
const BY_KIND = {} as Record<EventKindDefinition['kind'], readonly AwsSource[]>;
for (const kind of Object.keys(TAKES) as EventKindDefinition['kind'][]) {
  BY_KIND[kind] = sources.filter((s) => s.run && s.kinds.includes(kind));
}

function run(
  def: EventKindDefinition,
  event: unknown,
  ctx: Context,
): Promise<LambdaBatchResponse | undefined> | undefined {
  const taking = BY_KIND[def.kind];
  for (let i = 0; i < taking.length; i++) {
    const source = taking[i] as AwsSource;
    if (source.detect(event)) return (source.run as NonNullable<AwsSource['run']>)(def, event, ctx);
  }
  // EventBridge Scheduler sends the schedule's own payload: anything no other source claims.
  if (def.kind === 'schedule' && sourceOf(event) === undefined) {
    return invokeSchedule(def, event, ctx, false).then(nothing);
  }
  return undefined;
}

function nothing(): undefined {
  return undefined;
}

function refusal(def: EventKindDefinition, event: unknown): Error {
  const found = sourceOf(event);
  if (found && !found.supported) return new UnsupportedEventError('aws', `${found.name} is not supported by faasport`);
  if (found) {
    return new UnsupportedEventError(
      'aws',
      `a '${def.kind}' definition cannot take ${found.name}; it takes ${TAKES[def.kind]}`,
    );
  }
  return new UnrecognizedEventError(
    'aws',
    `a '${def.kind}' definition takes ${TAKES[def.kind]}; got ${describeValue(event)}`,
  );
}

/**
 * Runs an event definition for one Lambda invocation: picks the source from the definition's kind
 * and the event's marker. Batch sources resolve to `{ batchItemFailures }`, the others to
 * `undefined`; an event that does not fit the kind rejects with `UnsupportedEventError` /
 * `UnrecognizedEventError`, a failed handler on a one-event source with `EventFailedError`.
 *
 * @example
 * const result = await invokeEvent(orders, event, context)
 */
export function invokeEvent(
  def: EventKindDefinition,
  event: unknown,
  context: LambdaContext,
  abortMarginMs?: number,
): Promise<LambdaBatchResponse | undefined> {
  let ctx: ReturnType<typeof createInvocationContext>;
  try {
    ctx = createInvocationContext(event, context, undefined, abortMarginMs);
  } catch (error) {
    return Promise.reject(error);
  }
  // No settle: a failure rejects, so Lambda's own retry and dead-letter rules apply.
  return invoke({ context: ctx, run: (c) => handle(def, event, c), deadline: LAMBDA_DEADLINE });
}

function handle(def: EventKindDefinition, event: unknown, ctx: Context): Promise<LambdaBatchResponse | undefined> {
  const pending = run(def, event, ctx);
  if (!pending) throw refusal(def, event);
  return pending;
}
