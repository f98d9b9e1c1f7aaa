import { describe, expect, it } from 'vitest';
import { corpusName, listCorpus, readJson } from '../../../../test/helpers/fixtures.js';
import { detectAws } from '../../src/dev/detect-aws.js';

const file = (prefix: string, contains = '') =>
  readJson(listCorpus('aws', prefix).find((f) => corpusName(f).includes(contains)) as string);

describe('detectAws', () => {
  it('places each source with the definition kind that takes it', () => {
    const cases: [string, string, string, string][] = [
      ['queue-sqs', 'fifo', 'sqs-fifo', 'queue'],
      ['queue-sqs', 'lambda-go', 'sqs', 'queue'],
      ['topic-sns', '', 'sns', 'topic'],
      ['storage-s3', 'eventbridge', 's3-eventbridge', 'storage'],
      ['storage-s3', 'put', 's3', 'storage'],
      ['schedule-eventbridge', '', 'eventbridge-schedule', 'schedule'],
      ['stream-kinesis', '', 'kinesis', 'stream'],
      ['stream-dynamodb', '', 'dynamodb', 'stream'],
      ['event-eventbridge', 'custom', 'eventbridge', 'event'],
      ['http-apigw-v2', '', 'apigw-v2', 'http'],
      ['http-function-url', '', 'function-url', 'http'],
      ['http-alb', '', 'alb', 'http'],
      ['http-apigw-v1', '', 'apigw-v1', 'http'],
    ];
    for (const [prefix, contains, shape, kind] of cases) {
      expect(detectAws(file(prefix, contains)), `${prefix} ${contains}`).toMatchObject({ shape, kinds: [kind] });
    }
  });

  it('refuses AWS events faasport has no kind for, by name', () => {
    expect(() => detectAws(file('http-lambda-edge'))).toThrow(
      'a CloudFront (Lambda@Edge) event (aws) has no faasport trigger kind',
    );
    expect(() => detectAws(file('other', 'ses'))).toThrow(/an SES event/);
    expect(() => detectAws(file('other', 'firehose'))).toThrow(/Firehose/);
    expect(() => detectAws(file('other', 'cloudwatch'))).toThrow(/CloudWatch Logs/);
  });

  it('leaves other providers alone', () => {
    expect(detectAws({ trigger: 'queueTrigger' })).toBeUndefined();
    expect(detectAws({ specversion: '1.0', id: '1', source: 's', type: 't' })).toBeUndefined();
  });
});
