import { type Definition, DefinitionError, type HttpDefinition } from '@faasport/core';
import type { DeliveryReport, EventInput, EventTransport } from '@faasport/core/adapter';
import type { LambdaBatchResponse } from '../event-types.js';
import { toLambda } from '../handler.js';
import { toDynamoDbStreamEvent } from './dynamodb-event.js';
import { toEventBridgeEvent, toEventBridgeS3Event, toScheduledEvent } from './eventbridge-event.js';
import { toKinesisEvent } from './kinesis-event.js';
import { createLambdaContext } from './lambda-context.js';
import { toS3Event } from './s3-event.js';
import { toSnsEvent } from './sns-event.js';
import { toSqsEvent } from './sqs-event.js';

type EventKindDefinition = Exclude<Definition, HttpDefinition>;

/** The native sources `eventTransport` builds, by trigger kind. */
export const AWS_EVENT_SOURCES = {
  queue: ['sqs', 'sqs-fifo'],
  topic: ['sns'],
  storage: ['s3', 's3-eventbridge'],
  schedule: ['eventbridge-schedule'],
  stream: ['kinesis', 'dynamodb'],
  event: ['eventbridge'],
} as const satisfies EventTransport['sources'];

/** One Lambda invocation the transport made: the input ids it carried and what the handler gave back. */
export interface AwsDeliveryResult {
  readonly ids: readonly string[];
  /** The resolved value, after Lambda's JSON round trip (`{ batchItemFailures }` or `null`). */
  readonly result?: unknown;
  /** The rejection, when the invocation failed. */
  readonly error?: unknown;
}

/** Options of `eventTransport`. */
export interface AwsEventTransportOptions {
  readonly functionName?: string;
  /** The function timeout; default: the definition's `timeoutSeconds`, else 3 s. */
  readonly timeoutMs?: number;
}

/** One invocation to make: its event, the input ids in it, and how Lambda settles its outcome. */
interface Invocation {
  readonly ids: readonly string[];
  readonly event: unknown;
  /** Input ids Lambda delivers again for this resolved value (a rejection redelivers every id). */
  readonly redeliver: (result: unknown) => readonly string[];
}

const NONE = (): readonly string[] => [];
const INPUT_KINDS = {
  queue: 'message',
  topic: 'message',
  storage: 'storage',
  schedule: 'schedule',
  stream: 'stream',
  event: 'event',
} as const;

function failuresOf(result: unknown): string[] | undefined {
  const list = (result as Partial<LambdaBatchResponse> | null)?.batchItemFailures;
  if (!Array.isArray(list)) return undefined;
  const ids = list.map((f) => (f as { itemIdentifier?: unknown })?.itemIdentifier);
  return ids.every((id): id is string => typeof id === 'string' && id !== '') ? ids : undefined;
}

// SQS: the listed messages come back; an answer Lambda cannot read (a missing or unknown id) fails the whole batch.
// https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html#services-sqs-batchfailurereporting
function sqsRedelivery(ids: readonly string[]): (result: unknown) => readonly string[] {
  return (result) => {
    const failed = failuresOf(result);
    if (!failed || failed.some((id) => !ids.includes(id))) return ids;
    return ids.filter((id) => failed.includes(id));
  };
}

// Streams: Lambda resumes at the lowest reported sequence number, so it and every later record come back.
// https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-batchfailurereporting.html
function streamRedelivery(
  ids: readonly string[],
  sequences: readonly string[],
): (result: unknown) => readonly string[] {
  return (result) => {
    const failed = failuresOf(result);
    if (!failed || failed.some((seq) => !sequences.includes(seq))) return ids;
    if (failed.length === 0) return [];
    let lowest = BigInt(failed[0] as string);
    for (const seq of failed) if (BigInt(seq) < lowest) lowest = BigInt(seq);
    return ids.filter((_, i) => BigInt(sequences[i] as string) >= lowest);
  };
}

function invocationsOf(input: EventInput, source: string): Invocation[] {
  switch (input.kind) {
    case 'message': {
      if (source === 'sns') return input.messages.map((m) => ({ ids: [m.id], event: toSnsEvent(m), redeliver: NONE }));
      const ids = input.messages.map((m) => m.id);
      return [
        { ids, event: toSqsEvent(input.messages, { fifo: source === 'sqs-fifo' }), redeliver: sqsRedelivery(ids) },
      ];
    }
    case 'storage':
      return input.events.map((e) => ({
        ids: [e.id],
        event: source === 's3' ? toS3Event([e]) : toEventBridgeS3Event(e),
        redeliver: NONE,
      }));
    case 'schedule':
      return [{ ids: [input.time.toISOString()], event: toScheduledEvent(input.time), redeliver: NONE }];
    case 'stream': {
      const ids = input.records.map((r) => r.id);
      if (source === 'kinesis') {
        const event = toKinesisEvent(input.records);
        const sequences = event.Records.map((r) => r.kinesis.sequenceNumber);
        return [{ ids, event, redeliver: streamRedelivery(ids, sequences) }];
      }
      const event = toDynamoDbStreamEvent(input.records);
      const sequences = event.Records.map((r) => r.dynamodb.SequenceNumber);
      return [{ ids, event, redeliver: streamRedelivery(ids, sequences) }];
    }
    case 'event':
      return input.events.map((ce) => ({ ids: [ce.id], event: toEventBridgeEvent(ce), redeliver: NONE }));
  }
}

function check(def: EventKindDefinition, input: EventInput, source: string): void {
  const sources: readonly string[] = AWS_EVENT_SOURCES[def.kind];
  if (!sources.includes(source)) {
    throw new DefinitionError(
      `aws eventTransport: a '${def.kind}' definition takes sources ${sources.join(', ')}, not '${source}'`,
    );
  }
  if (INPUT_KINDS[def.kind] !== input.kind) {
    throw new DefinitionError(
      `aws eventTransport: a '${def.kind}' definition takes '${INPUT_KINDS[def.kind]}' input, not '${input.kind}'`,
    );
  }
}

/**
 * Fires AWS-native events at event definitions the way Lambda does, through `toLambda` and Lambda's
 * JSON round trip: one invocation per SQS, Kinesis or DynamoDB batch, one per SNS message, S3
 * change, scheduled tick or EventBridge event. Settle rules: SQS redelivers the `batchItemFailures`;
 * Kinesis and DynamoDB the lowest reported sequence number and everything after it; a rejected
 * invocation redelivers every id it carried; an unreadable batch answer fails the whole batch.
 *
 * @example
 * const report = await eventTransport().deliver(orders, { kind: 'message', messages: [{ id: '1', body: '{}' }] }, 'sqs')
 */
export function eventTransport(options: AwsEventTransportOptions = {}): EventTransport {
  return {
    name: 'aws',
    sources: AWS_EVENT_SOURCES,
    async deliver(def, input, source): Promise<DeliveryReport> {
      check(def, input, source);
      const handler = toLambda(def) as (event: unknown, context: unknown) => Promise<unknown>;
      const timeoutMs = options.timeoutMs ?? (def.options.timeoutSeconds ?? 3) * 1000;
      const report = { acknowledged: [] as string[], redelivered: [] as string[], results: [] as AwsDeliveryResult[] };
      for (const invocation of invocationsOf(input, source)) {
        const context = createLambdaContext({ functionName: options.functionName ?? 'faasport', timeoutMs });
        let again: readonly string[];
        try {
          const result = JSON.parse(
            JSON.stringify((await handler(JSON.parse(JSON.stringify(invocation.event)), context)) ?? null),
          );
          report.results.push({ ids: invocation.ids, result });
          again = invocation.redeliver(result);
        } catch (error) {
          report.results.push({ ids: invocation.ids, error });
          again = invocation.ids;
        }
        for (const id of invocation.ids) (again.includes(id) ? report.redelivered : report.acknowledged).push(id);
      }
      return report;
    },
    async close() {},
  };
}
