import { createLambdaContext, toSnsEvent } from '@faasport/adapter-aws/testing';
import { serviceBusDelivery } from '@faasport/adapter-azure/testing';
import { toPubSubCloudEvent } from '@faasport/adapter-gcp/testing';
import type { CloudEvent } from '@faasport/core';
import { getFunction } from '@google-cloud/functions-framework/testing';
import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../test/helpers/fixtures.js';
import { handler } from '../aws.js';
import { aMessage, aReading, loadAzureEntry } from './helpers.js';

const context = () => createLambdaContext({ functionName: 'iot-alerts' });

describe('entry files', () => {
  it('aws.ts: an SNS notification that is not a reading fails the invocation', async () => {
    // The SNS notification of the Lambda docs (test/fixtures/aws/SOURCES.md): its Message is an alert, no reading.
    const event = ownFixture<{ Records: { Sns: { MessageId: string; Message: string } }[] }>(
      'aws/topic-sns/notification.json',
    );
    expect(JSON.parse(event.Records[0]?.Sns.Message ?? '')).toEqual({ alertId: 'a-17', severity: 'high' });
    await expect(handler(event, context())).rejects.toMatchObject({
      failed: [event.Records[0]?.Sns.MessageId],
      cause: expect.objectContaining({
        message: expect.stringMatching(
          /^message 95df01b4-\S+ failed schema validation: sensorId: expected a sensor id/,
        ),
      }),
    });
  });

  it('aws.ts: an SNS notification with an out-of-range reading succeeds (the alert is the warn line)', async () => {
    const event = toSnsEvent(aMessage('sns-1', aReading({ celsius: 20 })));
    await expect(handler(event, context())).resolves.toBeUndefined();
  });

  it('gcp.ts: registers a CloudEvent function that rejects an unknown sensor kind', async () => {
    await import('../gcp.js');
    const fn = getFunction('iot-alerts') as (ce: CloudEvent) => Promise<unknown>;
    await expect(fn(toPubSubCloudEvent(aMessage('p-1', aReading())))).resolves.toBeUndefined();
    // A failed CloudEvent function rejects with the adapter's generic EventFailedError; what was thrown is its cause.
    await expect(fn(toPubSubCloudEvent(aMessage('p-2', aReading({ kind: 'sauna' }))))).rejects.toMatchObject({
      message: 'Internal Server Error',
      cause: expect.objectContaining({ message: expect.stringMatching(/no temperature range for kind 'sauna'/) }),
    });
  });

  it('azure.ts: registers a Service Bus topic subscription that fails a bad reading', async () => {
    const { binding, invoke } = await loadAzureEntry(() => import('../azure.js'), 'iot-alerts');
    expect(binding).toMatchObject({
      type: 'serviceBusTrigger',
      topicName: 'readings',
      subscriptionName: 'iot-alerts',
      connection: 'ServiceBusConnection',
    });
    const entity = { topicName: 'readings', subscriptionName: 'iot-alerts' };
    await expect(invoke(serviceBusDelivery(aMessage('s-1', aReading()), entity))).resolves.toBeDefined();
    await expect(invoke(serviceBusDelivery(aMessage('s-2', aReading({ celsius: 'hot' })), entity))).rejects.toThrow(
      /celsius: expected a finite temperature/,
    );
  });
});
