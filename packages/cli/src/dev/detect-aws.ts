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
  isFunctionUrlEvent,
  isKinesisEvent,
  isS3Event,
  isScheduledEvent,
  isSesEvent,
  isSnsEvent,
  isSqsEvent,
  isSqsFifoEvent,
} from '@faasport/adapter-aws';
import type { DefinitionKind } from '@faasport/core';
import { EventRefusedError } from './errors.js';
import type { NativeEvent } from './native-event.js';

type Rule = readonly [(e: unknown) => boolean, string, string, DefinitionKind];

// Order matters: the more specific shape first (FIFO before SQS, S3-through-EventBridge and scheduled
// events before other EventBridge events, Function URL before HTTP API).
const RULES: readonly Rule[] = [
  [isSqsFifoEvent, 'sqs-fifo', 'an SQS FIFO batch', 'queue'],
  [isSqsEvent, 'sqs', 'an SQS batch', 'queue'],
  [isSnsEvent, 'sns', 'an SNS notification', 'topic'],
  [isS3Event, 's3', 'an S3 notification', 'storage'],
  [isEventBridgeS3Event, 's3-eventbridge', 'an S3 event through EventBridge', 'storage'],
  [isScheduledEvent, 'eventbridge-schedule', 'an EventBridge scheduled event', 'schedule'],
  [isKinesisEvent, 'kinesis', 'a Kinesis batch', 'stream'],
  [isDynamoDbStreamEvent, 'dynamodb', 'a DynamoDB Streams batch', 'stream'],
  [isEventBridgeEvent, 'eventbridge', 'an EventBridge event', 'event'],
  [isFunctionUrlEvent, 'function-url', 'a Function URL request', 'http'],
  [isApiGatewayV2Event, 'apigw-v2', 'an HTTP API (payload 2.0) request', 'http'],
  [isAlbEvent, 'alb', 'an ALB request', 'http'],
  [isApiGatewayV1Event, 'apigw-v1', 'a REST API (payload 1.0) request', 'http'],
];

const UNSUPPORTED: readonly [(e: unknown) => boolean, string][] = [
  [isCloudFrontEvent, 'a CloudFront (Lambda@Edge) event'],
  [isSesEvent, 'an SES event'],
  [isFirehoseEvent, 'a Kinesis Data Firehose event'],
  [isCloudWatchLogsEvent, 'a CloudWatch Logs subscription event'],
];

/**
 * Recognises the JSON event AWS Lambda hands a handler; throws `EventRefusedError` for AWS events
 * faasport has no trigger kind for (Lambda@Edge, SES, Firehose, CloudWatch Logs).
 *
 * @example
 * detectAws(sqsFixture) // { provider: 'aws', shape: 'sqs', kinds: ['queue'], … }
 */
export function detectAws(payload: unknown): NativeEvent | undefined {
  for (const [test, description] of UNSUPPORTED) {
    if (test(payload)) throw new EventRefusedError(`${description} (aws) has no faasport trigger kind`);
  }
  for (const [test, shape, description, kind] of RULES) {
    if (test(payload)) return { provider: 'aws', shape, description, kinds: [kind], payload };
  }
  return undefined;
}
