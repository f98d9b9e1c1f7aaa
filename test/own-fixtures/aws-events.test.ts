// Every non-HTTP AWS payload of the project's own fixtures (test/fixtures/aws, written from the AWS docs) through the
// same per-file check as the shared corpus (test/corpus/aws-events.ts).
import { describe, expect, it } from 'vitest';
import { awsEventTests, isAwsEventFile } from '../corpus/aws-events.js';
import { listOwnFixtures, ownFixtureName } from '../helpers/fixtures.js';

const files = listOwnFixtures('aws').filter((f) => isAwsEventFile(ownFixtureName(f)));

describe('AWS events (own fixtures) through toLambda', () => {
  it('has a fixture for every event folder', () => {
    const folders = new Set(files.map((f) => ownFixtureName(f).split('/')[1]));
    expect([...folders].sort()).toEqual([
      'event-eventbridge',
      'other',
      'queue-sqs',
      'schedule-eventbridge',
      'storage-s3',
      'stream-dynamodb',
      'stream-kinesis',
      'topic-sns',
    ]);
  });

  awsEventTests(files.map((f) => [ownFixtureName(f), f]));
});
