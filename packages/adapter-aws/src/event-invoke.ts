import {
  type Context,
  type Definition,
  type HttpDefinition,
  UnrecognizedEventError,
  UnsupportedEventError,
} from '@faasport/core';
import { invoke } from '@faasport/core/adapter';
import { createInvocationContext } from './context.js';
import {
  isDynamoDbStreamEvent,
  isEventBridgeEvent,
  isEventBridgeS3Event,
  isKinesisEvent,
  isS3Event,
  isScheduledEvent,
  isSnsEvent,
  isSqsEvent,
} from './detect.js';
import { invokeDynamoDb } from './dynamodb.js';
import { describeValue, sourceOf } from './event-sources.js';
import type { LambdaBatchResponse } from './event-types.js';
import { invokeEventBridge } from './eventbridge.js';
import { invokeEventBridgeS3 } from './eventbridge-s3.js';
import { invokeSchedule } from './eventbridge-schedule.js';
import { LAMBDA_DEADLINE } from './http-invoke.js';
import { invokeKinesis } from './kinesis.js';
import { invokeS3 } from './s3.js';
import { invokeSns } from './sns.js';
import { invokeSqs } from './sqs.js';
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

function run(
  def: EventKindDefinition,
  event: unknown,
  ctx: Context,
): Promise<LambdaBatchResponse | undefined> | undefined {
  switch (def.kind) {
    case 'queue':
      return isSqsEvent(event) ? invokeSqs(def, event, ctx) : undefined;
    case 'topic':
      return isSnsEvent(event) ? invokeSns(def, event, ctx).then(nothing) : undefined;
    case 'storage':
      if (isS3Event(event)) return invokeS3(def, event, ctx).then(nothing);
      return isEventBridgeS3Event(event) ? invokeEventBridgeS3(def, event, ctx).then(nothing) : undefined;
    case 'schedule':
      if (isScheduledEvent(event)) return invokeSchedule(def, event, ctx, true).then(nothing);
      // EventBridge Scheduler sends the schedule's own payload: anything no other source claims.
      return sourceOf(event) === undefined ? invokeSchedule(def, event, ctx, false).then(nothing) : undefined;
    case 'stream':
      if (isKinesisEvent(event)) return invokeKinesis(def, event, ctx);
      return isDynamoDbStreamEvent(event) ? invokeDynamoDb(def, event, ctx) : undefined;
    case 'event':
      return isEventBridgeEvent(event) ? invokeEventBridge(def, event, ctx).then(nothing) : undefined;
  }
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
