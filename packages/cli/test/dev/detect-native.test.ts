import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../../test/helpers/fixtures.js';
import { detectNative } from '../../src/dev/detect-native.js';
import { EventRefusedError } from '../../src/dev/errors.js';

// Every own fixture / corpus file by content alone: test/own-fixtures/cli-native.test.ts, test/corpus/cli-native.test.ts.

describe('detectNative', () => {
  it('tells one provider from another on look-alike shapes', () => {
    expect(detectNative(ownFixture('aws/queue-sqs/standard-batch-of-two.json')).shape).toBe('sqs');
    expect(detectNative(ownFixture('gcp/queue-pubsub/push-all-values.json')).provider).toBe('gcp');
    expect(detectNative(ownFixture('azure/queue-storage-queue/order-json.json')).shape).toBe('queueTrigger');
  });

  it('refuses what nobody sends, naming what it expected and what it got', () => {
    expect(() => detectNative({ hello: 1, world: 2 })).toThrow(EventRefusedError);
    expect(() => detectNative({ hello: 1, world: 2 })).toThrow(/neither a normalized event .* \(got hello, world\)/);
    expect(() => detectNative(42)).toThrow(/got number/);
  });
});
