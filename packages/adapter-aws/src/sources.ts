// The one list of the native sources the AWS adapter knows. The error naming (event-sources.ts), the
// CLI's detector (packages/cli/src/dev/detect-aws.ts, through ./testing) and the capability check
// (test/sources.test.ts) are derived from it.
import type {
  Context,
  Definition,
  DefinitionKind,
  EventDefinition,
  HttpDefinition,
  QueueDefinition,
  ScheduleDefinition,
  StorageDefinition,
  StreamDefinition,
  TopicDefinition,
} from '@faasport/core';
import type { SettleRule } from '@faasport/core/capabilities';
import {
  isAlbEvent,
  isAlbMultiValueEvent,
  isApiGatewayV1Event,
  isApiGatewayV2Event,
  isCloudFrontEvent,
  isCloudWatchLogsEvent,
  isDynamoDbStreamEvent,
  isEventBridgeEvent,
  isEventBridgeS3Event,
  isFirehoseEvent,
  isFunctionUrlEvent,
  isKinesisEvent,
  isS3Event,
  isScheduledEvent,
  isSesEvent,
  isSnsEvent,
  isSqsEvent,
  isSqsFifoEvent,
} from './detect.js';
import { invokeDynamoDb } from './dynamodb.js';
import type {
  DynamoDbStreamEvent,
  EventBridgeEvent,
  EventBridgeS3Event,
  KinesisEvent,
  LambdaBatchResponse,
  S3Event,
  SnsEvent,
  SqsEvent,
} from './event-types.js';
import { invokeEventBridge } from './eventbridge.js';
import { invokeEventBridgeS3 } from './eventbridge-s3.js';
import { invokeSchedule } from './eventbridge-schedule.js';
import { invokeKinesis } from './kinesis.js';
import { invokeS3 } from './s3.js';
import { invokeSns } from './sns.js';
import { invokeSqs } from './sqs.js';

/** Runs an event definition of one of the entry's kinds for an event its `detect` matched. */
export type SourceRunner = (
  def: Exclude<Definition, HttpDefinition>,
  event: unknown,
  ctx: Context,
) => Promise<LambdaBatchResponse | undefined>;

/** One native source: mapped (`kinds` not empty) or recognised only to be refused (`kinds` empty). */
export interface AwsSource {
  /** The id used by the capability tables' `triggers.*.sources` and the ./testing transports. */
  readonly id: string;
  /** The definition kinds that take it; empty for a source faasport refuses. */
  readonly kinds: readonly DefinitionKind[];
  /** The display name, in error messages and the CLI (`an SQS batch`). */
  readonly name: string;
  /** The event's marker (a predicate of detect.ts). */
  readonly detect: (event: unknown) => boolean;
  /** How a failure settles (events only), as in the capability tables' delivery rows. */
  readonly settle?: SettleRule;
  /** What runs it (events only; HTTP sources are http-sources.ts's converters). */
  readonly run?: SourceRunner;
}

function nothing(): undefined {
  return undefined;
}

const sqs: SourceRunner = (def, event, ctx) => invokeSqs(def as QueueDefinition<unknown>, event as SqsEvent, ctx);
const kinesis: SourceRunner = (def, event, ctx) => invokeKinesis(def as StreamDefinition, event as KinesisEvent, ctx);
const dynamodb: SourceRunner = (def, event, ctx) =>
  invokeDynamoDb(def as StreamDefinition, event as DynamoDbStreamEvent, ctx);

/**
 * Every source, the more specific shape first (FIFO before SQS, S3-through-EventBridge and scheduled
 * events before other EventBridge events, Function URL before HTTP API, multi-value before single-value
 * ALB): the first whose `detect` matches names an event. `function-url-stream` is the Function URL event
 * served by `toStreamingLambda`, so the Function URL entry always names the event first.
 *
 * @example
 * sources.find((s) => s.detect(event))?.name // 'an SQS batch'
 */
export const sources: readonly AwsSource[] = [
  {
    id: 'sqs-fifo',
    kinds: ['queue'],
    name: 'an SQS FIFO batch',
    detect: isSqsFifoEvent,
    settle: 'fifo-partial',
    run: sqs,
  },
  { id: 'sqs', kinds: ['queue'], name: 'an SQS batch', detect: isSqsEvent, settle: 'partial-batch', run: sqs },
  {
    id: 'sns',
    kinds: ['topic'],
    name: 'an SNS notification',
    detect: isSnsEvent,
    settle: 'per-message',
    run: (def, event, ctx) => invokeSns(def as TopicDefinition<unknown>, event as SnsEvent, ctx).then(nothing),
  },
  {
    id: 's3',
    kinds: ['storage'],
    name: 'an S3 notification',
    detect: isS3Event,
    settle: 'per-message',
    run: (def, event, ctx) => invokeS3(def as StorageDefinition, event as S3Event, ctx).then(nothing),
  },
  {
    id: 's3-eventbridge',
    kinds: ['storage'],
    name: 'an S3 event through EventBridge',
    detect: isEventBridgeS3Event,
    settle: 'per-message',
    run: (def, event, ctx) =>
      invokeEventBridgeS3(def as StorageDefinition, event as EventBridgeS3Event, ctx).then(nothing),
  },
  {
    id: 'eventbridge-schedule',
    kinds: ['schedule'],
    name: 'an EventBridge scheduled event',
    detect: isScheduledEvent,
    settle: 'per-message',
    run: (def, event, ctx) => invokeSchedule(def as ScheduleDefinition, event, ctx, true).then(nothing),
  },
  {
    id: 'kinesis',
    kinds: ['stream'],
    name: 'a Kinesis batch',
    detect: isKinesisEvent,
    settle: 'resume-at-first',
    run: kinesis,
  },
  {
    id: 'dynamodb',
    kinds: ['stream'],
    name: 'a DynamoDB Streams batch',
    detect: isDynamoDbStreamEvent,
    settle: 'resume-at-first',
    run: dynamodb,
  },
  {
    id: 'eventbridge',
    kinds: ['event'],
    name: 'an EventBridge event',
    detect: isEventBridgeEvent,
    settle: 'per-message',
    run: (def, event, ctx) =>
      invokeEventBridge(def as EventDefinition<unknown>, event as EventBridgeEvent, ctx).then(nothing),
  },
  { id: 'function-url', kinds: ['http'], name: 'a Function URL request', detect: isFunctionUrlEvent },
  { id: 'function-url-stream', kinds: ['http'], name: 'a streamed Function URL request', detect: isFunctionUrlEvent },
  { id: 'apigw-v2', kinds: ['http'], name: 'an HTTP API (payload 2.0) request', detect: isApiGatewayV2Event },
  { id: 'alb-multi', kinds: ['http'], name: 'an ALB request (multi-value headers)', detect: isAlbMultiValueEvent },
  { id: 'alb', kinds: ['http'], name: 'an ALB request', detect: isAlbEvent },
  { id: 'apigw-v1', kinds: ['http'], name: 'a REST API (payload 1.0) request', detect: isApiGatewayV1Event },
  { id: 'cloudfront', kinds: [], name: 'a CloudFront (Lambda@Edge) event', detect: isCloudFrontEvent },
  { id: 'ses', kinds: [], name: 'an SES receipt event', detect: isSesEvent },
  { id: 'firehose', kinds: [], name: 'a Kinesis Data Firehose transformation event', detect: isFirehoseEvent },
  { id: 'cloudwatch-logs', kinds: [], name: 'a CloudWatch Logs subscription event', detect: isCloudWatchLogsEvent },
];
