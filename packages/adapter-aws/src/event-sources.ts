import {
  isAlbEvent,
  isApiGatewayV1Event,
  isApiGatewayV2Event,
  isCloudFrontEvent,
  isCloudWatchLogsEvent,
  isDynamoDbStreamEvent,
  isEventBridgeEvent,
  isEventBridgeS3Event,
  isFirehoseEvent,
  isKinesisEvent,
  isS3Event,
  isScheduledEvent,
  isSesEvent,
  isSnsEvent,
  isSqsEvent,
  isSqsFifoEvent,
} from './detect.js';

/** What faasport makes of an event's source: mapped (`supported`) or recognised only to be refused. */
export interface EventSourceName {
  readonly name: string;
  readonly supported: boolean;
}

const RECORDS: readonly [(event: unknown) => boolean, EventSourceName][] = [
  [isSqsFifoEvent, { name: 'an SQS FIFO batch', supported: true }],
  [isSqsEvent, { name: 'an SQS batch', supported: true }],
  [isSnsEvent, { name: 'an SNS notification', supported: true }],
  [isS3Event, { name: 'an S3 notification', supported: true }],
  [isKinesisEvent, { name: 'a Kinesis batch', supported: true }],
  [isDynamoDbStreamEvent, { name: 'a DynamoDB Streams batch', supported: true }],
  [isScheduledEvent, { name: 'an EventBridge scheduled event', supported: true }],
  [isEventBridgeS3Event, { name: 'an S3 event through EventBridge', supported: true }],
  [isApiGatewayV2Event, { name: 'an HTTP API / Function URL request', supported: true }],
  [isAlbEvent, { name: 'an ALB request', supported: true }],
  [isApiGatewayV1Event, { name: 'an API Gateway REST request', supported: true }],
  [isCloudFrontEvent, { name: 'a CloudFront (Lambda@Edge) event', supported: false }],
  [isSesEvent, { name: 'an SES receipt event', supported: false }],
  [isFirehoseEvent, { name: 'a Kinesis Data Firehose transformation event', supported: false }],
  [isCloudWatchLogsEvent, { name: 'a CloudWatch Logs subscription event', supported: false }],
];

/**
 * Names the source of an event for error messages, or `undefined` when no detector knows it.
 * Only called on the error path and for the Scheduler fallback, never per record.
 *
 * @example
 * sourceOf({ Records: [{ eventSource: 'aws:sqs' }] }) // { name: 'an SQS batch', supported: true }
 */
export function sourceOf(event: unknown): EventSourceName | undefined {
  for (const [matches, source] of RECORDS) if (matches(event)) return source;
  if (isEventBridgeEvent(event)) {
    return {
      name: `an EventBridge event (source ${event.source}, detail-type ${event['detail-type']})`,
      supported: true,
    };
  }
  return undefined;
}

/**
 * Describes an unrecognised value by its type or top-level keys.
 *
 * @example
 * describeValue({ a: 1 }) // 'an object with keys [a]'
 */
export function describeValue(event: unknown): string {
  if (typeof event !== 'object' || event === null) return JSON.stringify(event) ?? String(event);
  if (Array.isArray(event)) return `an array of ${event.length}`;
  return `an object with keys [${Object.keys(event).slice(0, 12).join(', ')}]`;
}
