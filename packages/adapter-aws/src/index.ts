export { capabilities } from './capabilities.js';
export {
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
export { fromDynamoDbRecord } from './dynamodb.js';
export { fromAttributeMap, fromAttributeValue, fromDynamoDbNumber } from './dynamodb-value.js';
export { EventFailedError } from './errors.js';
export type {
  AttributeValue,
  DynamoDbRecord,
  DynamoDbStreamEvent,
  EventBridgeEvent,
  EventBridgeS3Event,
  KinesisEvent,
  KinesisRecord,
  LambdaBatchHandler,
  LambdaBatchResponse,
  LambdaEventHandler,
  S3Event,
  S3Record,
  ScheduledEvent,
  SnsEvent,
  SnsRecord,
  SqsEvent,
  SqsMessageAttribute,
  SqsRecord,
} from './event-types.js';
export { fromEventBridgeEvent } from './eventbridge.js';
export { fromEventBridgeS3Event } from './eventbridge-s3.js';
export { fromScheduledEvent, fromSchedulerPayload } from './eventbridge-schedule.js';
export { toLambda } from './handler.js';
export type { LambdaRaw } from './invocation.js';
export { fromKinesisRecord } from './kinesis.js';
export { fromAlb, fromApiGatewayV1, fromApiGatewayV2 } from './request.js';
export type { AlbResultOptions, ResultOptions } from './response.js';
export { toAlbResult, toApiGatewayV1Result, toApiGatewayV2Result } from './response.js';
export { decodeS3Key, fromS3Record } from './s3.js';
export { toEventBridgeSchedule } from './schedule-expression.js';
export { fromSnsRecord } from './sns.js';
export { fromSqsRecord } from './sqs.js';
export { toStreamingLambda } from './streaming.js';
export type {
  AlbEvent,
  AlbMultiValueEvent,
  AlbResult,
  ApiGatewayV1Event,
  ApiGatewayV1RequestContext,
  ApiGatewayV1Result,
  ApiGatewayV2Event,
  ApiGatewayV2RequestContext,
  ApiGatewayV2Result,
  AwsLambdaRuntimeGlobal,
  CloudFrontEvent,
  FunctionUrlEvent,
  LambdaContext,
  LambdaHandler,
  LambdaHttpEvent,
  LambdaHttpResult,
  LambdaResponseStream,
  MultiValueMap,
  StreamingHandler,
  StreamingPrelude,
  StringMap,
} from './types.js';
