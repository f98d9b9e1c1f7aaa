import { readFileSync } from 'node:fs';
import { createLambdaContext, toSnsEvent } from '@faasport/adapter-aws/testing';
import { serviceBusDelivery } from '@faasport/adapter-azure/testing';
import { toPubSubCloudEvent } from '@faasport/adapter-gcp/testing';
import type { CloudEvent } from '@faasport/core';
import { getFunction } from '@google-cloud/functions-framework/testing';
import { describe, expect, it } from 'vitest';
import { handler } from '../aws.js';
import { aMessage, aReading, loadAzureEntry } from './helpers.js';

const context = () => createLambdaContext({ functionName: 'iot-alerts' });

describe('entry files', () => {
  it('aws.ts: a real SNS notification that is not a reading fails the invocation', async () => {
    // Read in place from the shared corpus (aws-lambda-go's SNS sample): its Message is "Hello from SNS!".
    const event = JSON.parse(readFileSync('../shared/fixtures/aws/topic-sns/lambda-go-sns.json', 'utf8'));
    await expect(handler(event, context())).rejects.toMatchObject({
      failed: [event.Records[0].Sns.MessageId],
      cause: expect.objectContaining({ message: expect.stringMatching(/body is not valid JSON/) }),
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
    await expect(fn(toPubSubCloudEvent(aMessage('p-2', aReading({ kind: 'sauna' }))))).rejects.toThrow(
      /no temperature range for kind 'sauna'/,
    );
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
