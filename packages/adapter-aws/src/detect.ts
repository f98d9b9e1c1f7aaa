import type {
  DynamoDbStreamEvent,
  EventBridgeEvent,
  EventBridgeS3Event,
  KinesisEvent,
  S3Event,
  ScheduledEvent,
  SnsEvent,
  SqsEvent,
} from './event-types.js';
import type {
  AlbEvent,
  AlbMultiValueEvent,
  ApiGatewayV1Event,
  ApiGatewayV2Event,
  CloudFrontEvent,
  FunctionUrlEvent,
} from './types.js';

// Each predicate tests the one marker that tells a shape apart from its look-alikes.
// https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html#urls-payloads
const FUNCTION_URL_DOMAIN = /\.lambda-url\.[a-z0-9-]+\.on\.aws$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function requestContextOf(event: unknown): Record<string, unknown> | undefined {
  if (!isObject(event)) return undefined;
  const rc = event.requestContext;
  return isObject(rc) ? rc : undefined;
}

/**
 * Payload 2.0 (HTTP API or Function URL): `version: "2.0"` and `requestContext.http`. Not `rawPath`,
 * which REST events behind custom domains also carry (hono #5015).
 *
 * @example
 * if (isApiGatewayV2Event(event)) fromApiGatewayV2(event)
 */
export function isApiGatewayV2Event(event: unknown): event is ApiGatewayV2Event {
  return isObject(event) && event.version === '2.0' && isObject(requestContextOf(event)?.http);
}

/**
 * A Function URL event: payload 2.0 on a `*.lambda-url.<region>.on.aws` domain.
 *
 * @example
 * isFunctionUrlEvent({ version: '2.0', requestContext: { http: { method: 'GET' }, domainName: 'x.lambda-url.eu-west-1.on.aws' } }) // true
 */
export function isFunctionUrlEvent(event: unknown): event is FunctionUrlEvent {
  if (!isApiGatewayV2Event(event)) return false;
  const domain = event.requestContext.domainName;
  return typeof domain === 'string' && FUNCTION_URL_DOMAIN.test(domain);
}

/**
 * API Gateway REST (payload 1.0): `httpMethod` and a `requestContext` without `elb`, not version 2.0.
 *
 * @example
 * if (isApiGatewayV1Event(event)) fromApiGatewayV1(event)
 */
export function isApiGatewayV1Event(event: unknown): event is ApiGatewayV1Event {
  const rc = requestContextOf(event);
  return (
    rc !== undefined &&
    rc.elb === undefined &&
    typeof (event as Record<string, unknown>).httpMethod === 'string' &&
    (event as Record<string, unknown>).version !== '2.0'
  );
}

/**
 * An Application Load Balancer event: `requestContext.elb`.
 *
 * @example
 * if (isAlbEvent(event)) fromAlb(event)
 */
export function isAlbEvent(event: unknown): event is AlbEvent {
  return isObject(requestContextOf(event)?.elb);
}

/**
 * An ALB event in multi-value headers mode (the response must use the same mode).
 *
 * @example
 * toAlbResult(res, { multiValue: isAlbMultiValueEvent(event) })
 */
export function isAlbMultiValueEvent(event: unknown): event is AlbMultiValueEvent {
  return isAlbEvent(event) && isObject(event.multiValueHeaders);
}

/**
 * A CloudFront / Lambda@Edge event: `Records[0].cf`.
 *
 * @example
 * if (isCloudFrontEvent(event)) throw new UnsupportedEventError('Lambda@Edge')
 */
export function isCloudFrontEvent(event: unknown): event is CloudFrontEvent {
  if (!isObject(event) || !Array.isArray(event.Records)) return false;
  const first: unknown = event.Records[0];
  return isObject(first) && isObject(first.cf);
}

// Records-based sources: Lambda sends homogeneous batches, so the first record names the source.
function firstRecord(event: unknown): Record<string, unknown> | undefined {
  if (!isObject(event) || !Array.isArray(event.Records)) return undefined;
  const first: unknown = event.Records[0];
  return isObject(first) ? first : undefined;
}

/**
 * An SQS batch: `Records[0].eventSource === 'aws:sqs'`.
 *
 * @example
 * if (isSqsEvent(event)) event.Records.map((r) => r.messageId)
 */
export function isSqsEvent(event: unknown): event is SqsEvent {
  return firstRecord(event)?.eventSource === 'aws:sqs';
}

/**
 * An SQS FIFO batch: an SQS batch whose queue ARN ends in `.fifo`.
 *
 * @example
 * const mode = isSqsFifoEvent(event) ? 'fifo' : 'independent'
 */
export function isSqsFifoEvent(event: unknown): event is SqsEvent {
  const arn = firstRecord(event)?.eventSourceARN;
  return isSqsEvent(event) && typeof arn === 'string' && arn.endsWith('.fifo');
}

/**
 * An SNS notification: `Records[0].EventSource === 'aws:sns'` (capitalised, unlike the others).
 *
 * @example
 * if (isSnsEvent(event)) event.Records[0]?.Sns.Message
 */
export function isSnsEvent(event: unknown): event is SnsEvent {
  return firstRecord(event)?.EventSource === 'aws:sns';
}

/**
 * An S3 notification: `Records[0].eventSource === 'aws:s3'`.
 *
 * @example
 * if (isS3Event(event)) event.Records[0]?.s3.object.key
 */
export function isS3Event(event: unknown): event is S3Event {
  return firstRecord(event)?.eventSource === 'aws:s3';
}

/**
 * A Kinesis Data Streams batch: `Records[0].eventSource === 'aws:kinesis'`.
 *
 * @example
 * if (isKinesisEvent(event)) event.Records[0]?.kinesis.sequenceNumber
 */
export function isKinesisEvent(event: unknown): event is KinesisEvent {
  return firstRecord(event)?.eventSource === 'aws:kinesis';
}

/**
 * A DynamoDB Streams batch: `Records[0].eventSource === 'aws:dynamodb'`.
 *
 * @example
 * if (isDynamoDbStreamEvent(event)) event.Records[0]?.eventName
 */
export function isDynamoDbStreamEvent(event: unknown): event is DynamoDbStreamEvent {
  return firstRecord(event)?.eventSource === 'aws:dynamodb';
}

/**
 * An SES receipt event: `Records[0].eventSource === 'aws:ses'` (recognised only to refuse it clearly).
 *
 * @example
 * isSesEvent({ Records: [{ eventSource: 'aws:ses', ses: {} }] }) // true
 */
export function isSesEvent(event: unknown): boolean {
  return firstRecord(event)?.eventSource === 'aws:ses';
}

/**
 * The EventBridge envelope: string `id`, `source` and `detail-type`, and a `detail`.
 *
 * @example
 * if (isEventBridgeEvent(event)) event['detail-type']
 */
export function isEventBridgeEvent(event: unknown): event is EventBridgeEvent {
  return (
    isObject(event) &&
    typeof event['detail-type'] === 'string' &&
    typeof event.source === 'string' &&
    typeof event.id === 'string' &&
    'detail' in event
  );
}

/**
 * An EventBridge rule's schedule tick: `source: 'aws.events'` and `detail-type: 'Scheduled Event'`.
 *
 * @example
 * if (isScheduledEvent(event)) new Date(event.time)
 */
export function isScheduledEvent(event: unknown): event is ScheduledEvent {
  return isEventBridgeEvent(event) && event.source === 'aws.events' && event['detail-type'] === 'Scheduled Event';
}

/**
 * An S3 event delivered through EventBridge: the envelope with `source: 'aws.s3'`.
 *
 * @example
 * if (isEventBridgeS3Event(event)) event.detail.object.key
 */
export function isEventBridgeS3Event(event: unknown): event is EventBridgeS3Event {
  return isEventBridgeEvent(event) && event.source === 'aws.s3';
}

/**
 * A Kinesis Data Firehose transformation event: `deliveryStreamArn` and `records` (refused: not supported).
 *
 * @example
 * isFirehoseEvent({ deliveryStreamArn: 'arn:aws:firehose:…', records: [] }) // true
 */
export function isFirehoseEvent(event: unknown): boolean {
  return isObject(event) && typeof event.deliveryStreamArn === 'string' && Array.isArray(event.records);
}

/**
 * A CloudWatch Logs subscription event: `awslogs.data` (refused: not supported).
 *
 * @example
 * isCloudWatchLogsEvent({ awslogs: { data: 'H4sI…' } }) // true
 */
export function isCloudWatchLogsEvent(event: unknown): boolean {
  return isObject(event) && isObject(event.awslogs) && typeof event.awslogs.data === 'string';
}
