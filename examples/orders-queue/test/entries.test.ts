import { createLambdaContext } from '@faasport/adapter-aws/testing';
import { storageQueueDelivery } from '@faasport/adapter-azure/testing';
import { toPubSubCloudEvent } from '@faasport/adapter-gcp/testing';
import type { CloudEvent } from '@faasport/core';
import { getFunction } from '@google-cloud/functions-framework/testing';
import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../test/helpers/fixtures.js';
import { handler } from '../aws.js';
import { aMessage, anOrder, loadAzureEntry } from './helpers.js';

// The SQS batch of two from the Lambda docs (test/fixtures/aws/SOURCES.md): bodies {"orderId","qty"}, no orders.
const sqsBatch = () =>
  ownFixture<{ Records: { messageId: string; body: string }[] }>('aws/queue-sqs/standard-batch-of-two.json');

describe('entry files', () => {
  it('aws.ts: an SQS batch whose bodies are not orders fails every message, none acknowledged', async () => {
    const event = sqsBatch();
    const result = await handler(event, createLambdaContext({ functionName: 'orders-queue' }));
    expect(result).toEqual({
      batchItemFailures: event.Records.map((r) => ({ itemIdentifier: r.messageId })),
    });
  });

  it('aws.ts: the same batch with one valid order reports only the other message', async () => {
    const event = sqsBatch();
    const [first, second] = event.Records;
    if (!first || !second) throw new Error('fixture changed: expected two records');
    first.body = JSON.stringify(anOrder({ orderId: 'entry-aws' }));
    const result = await handler(event, createLambdaContext({ functionName: 'orders-queue' }));
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: second.messageId }] });
  });

  it('gcp.ts: registers a CloudEvent function that accepts a valid order and rejects an invalid one', async () => {
    await import('../gcp.js');
    const fn = getFunction('orders-queue') as (ce: CloudEvent) => Promise<unknown>;
    await expect(fn(toPubSubCloudEvent(aMessage('p-1', anOrder({ orderId: 'entry-gcp' }))))).resolves.toBeUndefined();
    // A failed CloudEvent function rejects with the adapter's generic EventFailedError; what was thrown is its cause.
    await expect(fn(toPubSubCloudEvent(aMessage('p-2', { orderId: 'entry-gcp-2' })))).rejects.toMatchObject({
      message: 'Internal Server Error',
      cause: expect.objectContaining({ message: expect.stringMatching(/message p-2 failed schema validation/) }),
    });
  });

  it('azure.ts: registers a Storage Queue trigger on "orders" that fails an invalid order', async () => {
    const { binding, invoke } = await loadAzureEntry(() => import('../azure.js'), 'orders-queue');
    expect(binding).toMatchObject({ type: 'queueTrigger', queueName: 'orders', connection: 'AzureWebJobsStorage' });
    await expect(
      invoke(storageQueueDelivery(aMessage('q-1', anOrder({ orderId: 'entry-azure' })))),
    ).resolves.toBeDefined();
    await expect(invoke(storageQueueDelivery(aMessage('q-2', 'not an order')))).rejects.toThrow(/message q-2/);
  });
});
