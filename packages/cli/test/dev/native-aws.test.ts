import { queue, topic } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../../test/helpers/fixtures.js';
import { detectNative } from '../../src/dev/detect-native.js';
import { deliverAwsNative } from '../../src/dev/native-aws.js';

describe('deliverAwsNative', () => {
  it('an SQS batch with a failing message is partial with its batchItemFailures', async () => {
    const sqs = ownFixture<{ Records: { messageId: string }[] }>('aws/queue-sqs/standard-batch-of-two.json');
    const bad = sqs.Records[0]?.messageId;
    expect(sqs.Records).toHaveLength(2);
    const orders = queue((m) => {
      if (m.id === bad) throw new Error('no');
    });
    const result = await deliverAwsNative('orders', orders, detectNative(sqs));
    expect(result).toMatchObject({
      provider: 'aws',
      via: 'aws sqs (native)',
      outcome: 'partial',
      batchItemFailures: [{ itemIdentifier: bad }],
    });
  });

  it('an SNS notification whose handler fails is a failed invocation (Lambda retries it)', async () => {
    const result = await deliverAwsNative(
      'alerts',
      topic(() => Promise.reject(new Error('down'))),
      detectNative(ownFixture('aws/topic-sns/notification.json')),
    );
    expect(result.outcome).toBe('failed');
    expect(result.results[0]).toMatchObject({ error: { name: 'EventFailedError', code: 'EVENT_FAILED' } });
  });

  it("rethrows the adapter's own refusal so the caller answers 400", async () => {
    const native = { ...detectNative(ownFixture('aws/topic-sns/notification.json')), kinds: ['queue' as const] };
    await expect(
      deliverAwsNative(
        'orders',
        queue(() => {}),
        native,
      ),
    ).rejects.toMatchObject({ code: 'UNSUPPORTED_EVENT' });
  });
});
