// biome-ignore-all lint/suspicious/noTemplateCurlyInString: shell and CloudFormation ${} placeholders are the expected output
import { event, http, queue, schedule, storage, stream, topic } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { samParts } from '../../src/build/sam-events.js';
import { planned } from './helpers.js';

const noop = async () => undefined;

describe('samParts', () => {
  it('http: the whole HTTP API ($default) when it is the only HTTP function, with its URL output', () => {
    const parts = samParts(
      planned(
        'api',
        http(() => new Response()),
      ),
      1,
    );
    expect(parts.events).toEqual({ Api: { Type: 'HttpApi' } });
    expect(parts.outputs.ApiUrl).toMatchObject({
      Value: { 'Fn::Sub': expect.stringContaining('${ServerlessHttpApi}') },
    });
  });

  it('http: its route and every path below it when several HTTP functions share the API', () => {
    const parts = samParts(
      planned(
        'api',
        http(() => new Response(), { route: '/v1/' }),
      ),
      2,
    );
    expect(parts.events).toEqual({
      Api: { Type: 'HttpApi', Properties: { Path: '/v1', Method: 'ANY' } },
      ApiProxy: { Type: 'HttpApi', Properties: { Path: '/v1/{proxy+}', Method: 'ANY' } },
    });
  });

  it('http streaming: a Function URL in RESPONSE_STREAM mode and no API event', () => {
    const parts = samParts(
      planned(
        'api',
        http(() => new Response()),
        { aws: { streaming: true } },
      ),
      1,
    );
    expect(parts.events).toEqual({});
    expect(parts.properties).toEqual({ FunctionUrlConfig: { AuthType: 'NONE', InvokeMode: 'RESPONSE_STREAM' } });
    expect(parts.outputs.ApiUrl).toEqual({
      Description: 'Function URL of Api',
      Value: { 'Fn::GetAtt': ['ApiFunctionUrl', 'FunctionUrl'] },
    });
  });

  it('http function-url: a buffered Function URL', () => {
    const parts = samParts(
      planned(
        'api',
        http(() => new Response()),
        { aws: { http: 'function-url' } },
      ),
      1,
    );
    expect(parts.properties).toEqual({ FunctionUrlConfig: { AuthType: 'NONE', InvokeMode: 'BUFFERED' } });
  });

  it('queue: SQS with ReportBatchItemFailures and a queue ARN parameter', () => {
    const parts = samParts(planned('ordersQueue', queue(noop), { aws: { batchSize: 5 } }), 0);
    expect(parts.events).toEqual({
      Sqs: {
        Type: 'SQS',
        Properties: {
          Queue: { Ref: 'OrdersQueueQueueArn' },
          BatchSize: 5,
          FunctionResponseTypes: ['ReportBatchItemFailures'],
        },
      },
    });
    expect(Object.keys(parts.parameters)).toEqual(['OrdersQueueQueueArn']);
  });

  it('topic: SNS with a topic ARN parameter', () => {
    const parts = samParts(planned('alerts', topic(noop)), 0);
    expect(parts.events).toEqual({ Sns: { Type: 'SNS', Properties: { Topic: { Ref: 'AlertsTopicArn' } } } });
    expect(parts.parameters.AlertsTopicArn).toMatchObject({ Type: 'String' });
  });

  it('storage: an S3 event on a bucket the template creates (SAM requires it in the same template)', () => {
    const parts = samParts(planned('uploads', storage(noop)), 0);
    expect(parts.events).toEqual({
      Bucket: {
        Type: 'S3',
        Properties: { Bucket: { Ref: 'UploadsBucket' }, Events: ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'] },
      },
    });
    expect(parts.resources).toEqual({
      UploadsBucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { Ref: 'UploadsBucketName' } } },
    });
  });

  it('storage on an existing bucket: an EventBridge rule on its Object Created/Deleted events', () => {
    const parts = samParts(planned('uploads', storage(noop), { aws: { existingBucket: true } }), 0);
    expect(parts.events.Bucket).toEqual({
      Type: 'EventBridgeRule',
      Properties: {
        Pattern: {
          source: ['aws.s3'],
          'detail-type': ['Object Created', 'Object Deleted'],
          detail: { bucket: { name: [{ Ref: 'UploadsBucketName' }] } },
        },
      },
    });
    expect(parts.resources).toEqual({});
  });

  it('schedule: a Schedule event with the EventBridge expression', () => {
    const cron = samParts(planned('nightly', schedule('0 3 * * 1-5', noop)), 0);
    expect(cron.events).toEqual({ Schedule: { Type: 'Schedule', Properties: { Schedule: 'cron(0 3 ? * 2-6 *)' } } });
    const rate = samParts(planned('often', schedule('rate(1 minute)', noop)), 0);
    expect(rate.events).toEqual({ Schedule: { Type: 'Schedule', Properties: { Schedule: 'rate(1 minute)' } } });
  });

  it('stream: Kinesis by default, DynamoDB when asked, both with ReportBatchItemFailures', () => {
    const kinesis = samParts(planned('changes', stream(noop)), 0);
    expect(kinesis.events.Stream).toEqual({
      Type: 'Kinesis',
      Properties: {
        Stream: { Ref: 'ChangesStreamArn' },
        StartingPosition: 'LATEST',
        FunctionResponseTypes: ['ReportBatchItemFailures'],
      },
    });
    const dynamo = samParts(planned('changes', stream(noop), { aws: { source: 'dynamodb' } }), 0);
    expect(dynamo.events.Stream).toMatchObject({
      Type: 'DynamoDB',
      Properties: { FunctionResponseTypes: ['ReportBatchItemFailures'] },
    });
  });

  it('event: an EventBridge rule on a source parameter, or the configured pattern', () => {
    const byParam = samParts(planned('audit', event(noop)), 0);
    expect(byParam.events).toEqual({
      Rule: { Type: 'EventBridgeRule', Properties: { Pattern: { source: [{ Ref: 'AuditEventSource' }] } } },
    });
    const pattern = { source: ['com.example.orders'], 'detail-type': ['OrderPlaced'] };
    const given = samParts(planned('audit', event(noop), { aws: { pattern } }), 0);
    expect(given.events).toEqual({ Rule: { Type: 'EventBridgeRule', Properties: { Pattern: pattern } } });
    expect(given.parameters).toEqual({});
  });

  it('a schedule EventBridge cannot express is a DefinitionError naming it', () => {
    expect(() => samParts(planned('bad', schedule('0 0 13 * 5', noop)), 0)).toThrow(/'0 0 13 \* 5'/);
  });
});
