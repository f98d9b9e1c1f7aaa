import type { LambdaContext } from './types.js';

// Our own types of the non-HTTP events Lambda delivers (no @types/aws-lambda in the published .d.ts).
// Only what faasport reads is required; everything else is optional because real samples omit it.
// https://docs.aws.amazon.com/lambda/latest/dg/lambda-services.html

/** One SQS message attribute (`String`, `Number[.x]` carry `stringValue`; `Binary[.x]` carries base64 `binaryValue`). */
export interface SqsMessageAttribute {
  readonly dataType?: string;
  readonly stringValue?: string | null;
  readonly binaryValue?: string | null;
  readonly stringListValues?: readonly string[];
  readonly binaryListValues?: readonly string[];
}

/** One record of an SQS batch. https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html */
export interface SqsRecord {
  readonly messageId: string;
  readonly receiptHandle?: string;
  readonly body: string;
  readonly attributes: {
    readonly ApproximateReceiveCount?: string;
    readonly SentTimestamp?: string;
    readonly MessageGroupId?: string;
    readonly MessageDeduplicationId?: string;
    readonly SequenceNumber?: string;
    readonly [name: string]: string | undefined;
  };
  readonly messageAttributes?: Record<string, SqsMessageAttribute | undefined>;
  readonly md5OfBody?: string;
  readonly eventSource: 'aws:sqs';
  readonly eventSourceARN: string;
  readonly awsRegion?: string;
}

/** An SQS batch. */
export interface SqsEvent {
  readonly Records: readonly SqsRecord[];
}

/** What a batch source answers: the failed items, by SQS message id or stream sequence number. */
export interface LambdaBatchResponse {
  batchItemFailures: { itemIdentifier: string }[];
}

/** One SNS notification. https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html */
export interface SnsRecord {
  readonly EventSource: 'aws:sns';
  readonly EventVersion?: string;
  readonly EventSubscriptionArn?: string;
  readonly Sns: {
    readonly Type?: string;
    readonly MessageId: string;
    readonly TopicArn: string;
    readonly Subject?: string | null;
    readonly Message: string;
    readonly Timestamp: string;
    readonly MessageAttributes?: Record<string, { readonly Type?: string; readonly Value?: string } | undefined>;
    readonly [field: string]: unknown;
  };
}

/** An SNS invocation: one record. */
export interface SnsEvent {
  readonly Records: readonly SnsRecord[];
}

/** One S3 notification record. https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html */
export interface S3Record {
  readonly eventSource: 'aws:s3';
  readonly eventVersion?: string;
  readonly awsRegion?: string;
  readonly eventTime: string;
  readonly eventName: string;
  readonly s3: {
    readonly bucket: { readonly name: string; readonly arn?: string; readonly [field: string]: unknown };
    readonly object: {
      /** URL-encoded, `+` for spaces. */
      readonly key: string;
      readonly size?: number;
      readonly eTag?: string;
      readonly versionId?: string;
      readonly sequencer?: string;
      readonly [field: string]: unknown;
    };
    readonly [field: string]: unknown;
  };
  readonly [field: string]: unknown;
}

/** An S3 notification event. */
export interface S3Event {
  readonly Records: readonly S3Record[];
}

/** The EventBridge envelope. https://docs.aws.amazon.com/eventbridge/latest/ref/overiew-event-structure.html */
export interface EventBridgeEvent<D = unknown> {
  readonly version?: string;
  readonly id: string;
  readonly 'detail-type': string;
  readonly source: string;
  readonly account?: string;
  readonly time: string;
  readonly region?: string;
  readonly resources?: readonly string[];
  readonly detail: D;
  readonly [field: string]: unknown;
}

/** An EventBridge rule's scheduled event (`source: aws.events`, `detail-type: Scheduled Event`). */
export type ScheduledEvent = EventBridgeEvent<Record<string, never>> & {
  readonly source: 'aws.events';
  readonly 'detail-type': 'Scheduled Event';
};

/** An S3 event delivered through EventBridge (`source: aws.s3`); the key is NOT URL-encoded. */
export type EventBridgeS3Event = EventBridgeEvent<{
  readonly bucket: { readonly name: string };
  readonly object: {
    readonly key: string;
    readonly size?: number;
    readonly etag?: string;
    readonly [field: string]: unknown;
  };
  readonly [field: string]: unknown;
}> & { readonly source: 'aws.s3' };

/** One Kinesis record. https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html */
export interface KinesisRecord {
  readonly eventSource: 'aws:kinesis';
  readonly eventID?: string;
  readonly eventName?: string;
  readonly eventVersion?: string;
  readonly invokeIdentityArn?: string;
  readonly eventSourceARN: string;
  readonly awsRegion?: string;
  readonly kinesis: {
    readonly partitionKey: string;
    readonly sequenceNumber: string;
    /** base64. */
    readonly data: string;
    /** Epoch seconds, with a fraction. */
    readonly approximateArrivalTimestamp: number;
    readonly kinesisSchemaVersion?: string;
  };
}

/** A Kinesis batch (one shard). */
export interface KinesisEvent {
  readonly Records: readonly KinesisRecord[];
}

/** A DynamoDB attribute value. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeValue.html */
export type AttributeValue =
  | { readonly S: string }
  | { readonly N: string }
  | { readonly B: string }
  | { readonly BOOL: boolean }
  | { readonly NULL: true }
  | { readonly M: Record<string, AttributeValue> }
  | { readonly L: readonly AttributeValue[] }
  | { readonly SS: readonly string[] }
  | { readonly NS: readonly string[] }
  | { readonly BS: readonly string[] };

/** One DynamoDB Streams record. https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html */
export interface DynamoDbRecord {
  readonly eventSource: 'aws:dynamodb';
  readonly eventID: string;
  readonly eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  readonly eventSourceARN: string;
  readonly awsRegion?: string;
  readonly dynamodb: {
    /** Epoch seconds. */
    readonly ApproximateCreationDateTime?: number;
    readonly Keys?: Record<string, AttributeValue>;
    readonly NewImage?: Record<string, AttributeValue>;
    readonly OldImage?: Record<string, AttributeValue>;
    readonly SequenceNumber: string;
    readonly SizeBytes?: number;
    readonly StreamViewType?: string;
  };
  readonly [field: string]: unknown;
}

/** A DynamoDB Streams batch (one shard). */
export interface DynamoDbStreamEvent {
  readonly Records: readonly DynamoDbRecord[];
}

/** What `toLambda` returns for a `queue` or `stream` definition: resolves to the failed items. */
export type LambdaBatchHandler = (event: unknown, context: LambdaContext) => Promise<LambdaBatchResponse>;

/** What `toLambda` returns for `topic`, `storage`, `schedule` and `event`: rejects when the handler failed. */
export type LambdaEventHandler = (event: unknown, context: LambdaContext) => Promise<void>;
