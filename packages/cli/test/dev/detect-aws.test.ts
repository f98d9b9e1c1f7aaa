import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../../test/helpers/fixtures.js';
import { detectAws } from '../../src/dev/detect-aws.js';

const file = (path: string) => ownFixture(`aws/${path}.json`);

describe('detectAws', () => {
  it('places each source with the definition kind that takes it', () => {
    const cases: [string, string, string][] = [
      ['queue-sqs/fifo-batch', 'sqs-fifo', 'queue'],
      ['queue-sqs/standard-batch-of-two', 'sqs', 'queue'],
      ['topic-sns/notification', 'sns', 'topic'],
      ['storage-s3/eventbridge-object-created', 's3-eventbridge', 'storage'],
      ['storage-s3/object-created-put', 's3', 'storage'],
      ['schedule-eventbridge/scheduled-event', 'eventbridge-schedule', 'schedule'],
      ['stream-kinesis/two-records', 'kinesis', 'stream'],
      ['stream-dynamodb/insert-modify-remove', 'dynamodb', 'stream'],
      ['event-eventbridge/custom-event', 'eventbridge', 'event'],
      ['http-apigw-v2/http-api-get', 'apigw-v2', 'http'],
      ['http-function-url/function-url-get', 'function-url', 'http'],
      ['http-alb/alb-single-value', 'alb', 'http'],
      ['http-alb/alb-multi-value', 'alb-multi', 'http'],
      ['http-apigw-v1/rest-api-get', 'apigw-v1', 'http'],
    ];
    for (const [path, shape, kind] of cases) {
      expect(detectAws(file(path)), path).toMatchObject({ shape, kinds: [kind] });
    }
  });

  it('refuses AWS events faasport has no kind for, by name', () => {
    expect(() => detectAws(file('http-lambda-edge/cloudfront-viewer-request'))).toThrow(
      'a CloudFront (Lambda@Edge) event (aws) has no faasport trigger kind',
    );
    expect(() => detectAws(file('other/ses-receipt'))).toThrow(/an SES receipt event/);
    expect(() => detectAws(file('other/firehose-transformation'))).toThrow(/Firehose/);
    expect(() => detectAws(file('other/cloudwatch-logs-subscription'))).toThrow(/CloudWatch Logs/);
  });

  it('leaves other providers alone', () => {
    expect(detectAws({ trigger: 'queueTrigger' })).toBeUndefined();
    expect(detectAws({ specversion: '1.0', id: '1', source: 's', type: 't' })).toBeUndefined();
  });
});
