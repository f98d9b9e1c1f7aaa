import { type CloudEvent, MalformedInputError } from '@faasport/core';
import type { StorageInput } from '@faasport/core/adapter';
import type { EventBridgeEvent, EventBridgeS3Event, ScheduledEvent } from '../event-types.js';

/** Where an EventBridge event comes from: account and region of the bus. */
export interface EventBridgeOptions {
  readonly account?: string;
  readonly region?: string;
}

/** Options of `toScheduledEvent`. */
export interface ScheduledEventOptions extends EventBridgeOptions {
  /** Default `arn:aws:events:<region>:<account>:rule/faasport-schedule`. */
  readonly ruleArn?: string;
  readonly id?: string;
}

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const S3_DETAIL_TYPES = { created: 'Object Created', deleted: 'Object Deleted', updated: 'Object Tags Added' } as const;

// EventBridge times have second precision: https://docs.aws.amazon.com/eventbridge/latest/ref/overiew-event-structure.html
function secondsIso(time: Date): string {
  return `${time.toISOString().slice(0, 19)}Z`;
}

/**
 * Builds the EventBridge event a rule delivers for a CloudEvent: id, source, `detail-type` = type,
 * time, resources = [subject] when there is one, detail = data (EventBridge requires a JSON object).
 *
 * @example
 * const event = toEventBridgeEvent({ specversion: '1.0', id: '1', source: 'orders', type: 'OrderPlaced', data: { id: 7 } })
 */
export function toEventBridgeEvent(ce: CloudEvent, options: EventBridgeOptions = {}): EventBridgeEvent {
  const detail = ce.data ?? {};
  if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) {
    throw new MalformedInputError(
      `EventBridge detail must be a JSON object; CloudEvent ${ce.id} has ${JSON.stringify(detail)}`,
    );
  }
  return {
    version: '0',
    id: ce.id,
    'detail-type': ce.type,
    source: ce.source,
    account: options.account ?? ACCOUNT,
    time: ce.time ?? secondsIso(new Date()),
    region: options.region ?? REGION,
    resources: ce.subject === undefined ? [] : [ce.subject],
    detail,
  };
}

/**
 * Builds the `Scheduled Event` an EventBridge schedule rule sends at `time`.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-run-lambda-schedule.html
 *
 * @example
 * const event = toScheduledEvent(new Date('2026-01-01T03:00:00Z'))
 */
export function toScheduledEvent(time: Date, options: ScheduledEventOptions = {}): ScheduledEvent {
  const account = options.account ?? ACCOUNT;
  const region = options.region ?? REGION;
  return {
    version: '0',
    id: options.id ?? `schedule-${time.getTime()}`,
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account,
    time: secondsIso(time),
    region,
    resources: [options.ruleArn ?? `arn:aws:events:${region}:${account}:rule/faasport-schedule`],
    detail: {},
  };
}

/**
 * Builds the EventBridge event S3 sends for an object change (key NOT URL-encoded in this form; time
 * to the second, as EventBridge has it):
 * created → `Object Created`, deleted → `Object Deleted`, updated → `Object Tags Added`.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
 *
 * @example
 * const event = toEventBridgeS3Event({ id: 'e1', kind: 'created', bucket: 'photos', key: 'a b.jpg' })
 */
export function toEventBridgeS3Event(input: StorageInput, options: EventBridgeOptions = {}): EventBridgeS3Event {
  const account = options.account ?? ACCOUNT;
  return {
    version: '0',
    id: input.id,
    'detail-type': S3_DETAIL_TYPES[input.kind],
    source: 'aws.s3',
    account,
    time: secondsIso(input.time ?? new Date()),
    region: options.region ?? REGION,
    resources: [`arn:aws:s3:::${input.bucket}`],
    detail: {
      version: '0',
      bucket: { name: input.bucket },
      object: {
        key: input.key,
        ...(input.size === undefined ? {} : { size: input.size }),
        ...(input.etag === undefined ? {} : { etag: input.etag }),
        sequencer: '617f0837b476e463',
      },
      'request-id': input.id,
      requester: account,
      reason: input.kind === 'deleted' ? 'DeleteObject' : 'PutObject',
    },
  };
}
