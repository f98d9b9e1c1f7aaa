import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../test/helpers/fixtures.js';
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
} from '../src/detect.js';
import { toDynamoDbStreamEvent } from '../src/testing/dynamodb-event.js';
import { toEventBridgeEvent, toEventBridgeS3Event, toScheduledEvent } from '../src/testing/eventbridge-event.js';
import { toKinesisEvent } from '../src/testing/kinesis-event.js';
import { toS3Event } from '../src/testing/s3-event.js';
import { toSnsEvent } from '../src/testing/sns-event.js';
import { toSqsEvent } from '../src/testing/sqs-event.js';
import { albEvent, v1Event, v2Event } from './helpers.js';

const functionUrl = v2Event({
  requestContext: { http: { method: 'GET' }, domainName: 'abc123.lambda-url.eu-west-1.on.aws' },
});
// A REST event behind a custom domain with a base-path mapping carries rawPath too (hono #5015).
const restWithRawPath = { ...v1Event(), rawPath: '/base/path' };
const cloudFront = { Records: [{ cf: { config: {}, request: { uri: '/' } } }] };
const sqs = { Records: [{ messageId: '1', body: 'x', eventSource: 'aws:sqs' }] };
const lookAlikes: Record<string, unknown> = {
  v2: v2Event(),
  functionUrl,
  v1: v1Event(),
  restWithRawPath,
  alb: albEvent(false),
  albMulti: albEvent(true),
  cloudFront,
  sqs,
  v2WithoutHttp: { version: '2.0', rawPath: '/', requestContext: { domainName: 'x' } },
  v1Version2: { ...v1Event(), version: '2.0' },
  null: null,
  string: 'GET /',
  emptyRecords: { Records: [] },
};

function accepted(predicate: (e: unknown) => boolean): string[] {
  return Object.entries(lookAlikes)
    .filter(([, event]) => predicate(event))
    .map(([name]) => name);
}

describe('shape predicates accept their shape and reject every look-alike', () => {
  it('isApiGatewayV2Event: version 2.0 + requestContext.http, not rawPath', () => {
    expect(accepted(isApiGatewayV2Event)).toEqual(['v2', 'functionUrl']);
  });
  it('isFunctionUrlEvent: 2.0 on a *.lambda-url.<region>.on.aws domain', () => {
    expect(accepted(isFunctionUrlEvent)).toEqual(['functionUrl']);
    const spoof = v2Event({
      requestContext: { http: { method: 'GET' }, domainName: 'x.lambda-url.eu-west-1.on.aws.evil.com' },
    });
    expect(isFunctionUrlEvent(spoof)).toBe(false);
  });
  it('isApiGatewayV1Event: httpMethod + requestContext without elb, not 2.0', () => {
    expect(accepted(isApiGatewayV1Event)).toEqual(['v1', 'restWithRawPath']);
  });
  it('isAlbEvent: requestContext.elb, either mode', () => {
    expect(accepted(isAlbEvent)).toEqual(['alb', 'albMulti']);
  });
  it('isAlbMultiValueEvent: ALB with multiValueHeaders', () => {
    expect(accepted(isAlbMultiValueEvent)).toEqual(['albMulti']);
  });
  it('isCloudFrontEvent: Records[0].cf', () => {
    expect(accepted(isCloudFrontEvent)).toEqual(['cloudFront']);
  });
});

const storageInput = { id: 's', kind: 'created', bucket: 'b', key: 'k' } as const;
const eventLookAlikes: Record<string, unknown> = {
  sqs: toSqsEvent([{ id: 'm', body: 'x' }]),
  sqsFifo: toSqsEvent([{ id: 'm', body: 'x' }], { fifo: true }),
  sns: toSnsEvent({ id: 'n', body: 'x' }),
  snsLowerCase: { Records: [{ eventSource: 'aws:sns', Sns: {} }] },
  s3: toS3Event([storageInput]),
  s3EventBridge: toEventBridgeS3Event(storageInput),
  scheduled: toScheduledEvent(new Date()),
  custom: toEventBridgeEvent({ specversion: '1.0', id: 'e', source: 'orders', type: 'Placed', data: {} }),
  scheduledWithoutId: { source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} },
  envelopeWithoutDetail: { id: 'e', source: 'orders', 'detail-type': 'Placed' },
  kinesis: toKinesisEvent([{ id: 'r', partitionKey: 'p', data: 'x' }]),
  dynamodb: toDynamoDbStreamEvent([{ id: 'r', partitionKey: 'p' }]),
  ses: ownFixture('aws/other/ses-receipt.json'),
  firehose: ownFixture('aws/other/firehose-transformation.json'),
  cloudWatchLogs: ownFixture('aws/other/cloudwatch-logs-subscription.json'),
  cloudFront,
  v2: v2Event(),
  v1: v1Event(),
  alb: albEvent(true),
  schedulerPayload: {},
  emptyRecords: { Records: [] },
  nullRecord: { Records: [null] },
};

function acceptedEvents(predicate: (e: unknown) => boolean): string[] {
  return Object.entries(eventLookAlikes)
    .filter(([, event]) => predicate(event))
    .map(([name]) => name);
}

describe('event-source predicates accept their source and reject every look-alike', () => {
  it('isSqsEvent / isSqsFifoEvent: eventSource aws:sqs; FIFO by the .fifo ARN', () => {
    expect(acceptedEvents(isSqsEvent)).toEqual(['sqs', 'sqsFifo']);
    expect(acceptedEvents(isSqsFifoEvent)).toEqual(['sqsFifo']);
  });
  it('isSnsEvent: EventSource aws:sns (capital E), not eventSource', () => {
    expect(acceptedEvents(isSnsEvent)).toEqual(['sns']);
  });
  it('isS3Event and isEventBridgeS3Event tell the two S3 forms apart', () => {
    expect(acceptedEvents(isS3Event)).toEqual(['s3']);
    expect(acceptedEvents(isEventBridgeS3Event)).toEqual(['s3EventBridge']);
  });
  it('isEventBridgeEvent: id, source, detail-type and detail; isScheduledEvent: aws.events Scheduled Event', () => {
    expect(acceptedEvents(isEventBridgeEvent)).toEqual(['s3EventBridge', 'scheduled', 'custom']);
    expect(acceptedEvents(isScheduledEvent)).toEqual(['scheduled']);
  });
  it('isKinesisEvent and isDynamoDbStreamEvent', () => {
    expect(acceptedEvents(isKinesisEvent)).toEqual(['kinesis']);
    expect(acceptedEvents(isDynamoDbStreamEvent)).toEqual(['dynamodb']);
  });
  it('the refused sources: SES, Firehose, CloudWatch Logs', () => {
    expect(acceptedEvents(isSesEvent)).toEqual(['ses']);
    expect(acceptedEvents(isFirehoseEvent)).toEqual(['firehose']);
    expect(acceptedEvents(isCloudWatchLogsEvent)).toEqual(['cloudWatchLogs']);
  });
});
