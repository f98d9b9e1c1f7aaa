import { queue, schedule, stream } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { corpusName, listCorpus, readJson } from '../../../../test/helpers/fixtures.js';
import { captureNative } from '../../src/dev/capture.js';
import { detectNative } from '../../src/dev/detect-native.js';

const native = (provider: 'aws' | 'gcp' | 'azure', contains: string) =>
  detectNative(readJson(listCorpus(provider, '').find((f) => corpusName(f).includes(contains)) as string));

describe('captureNative', () => {
  it('reads an event with its own adapter and returns neutral input, never calling the real handler', async () => {
    let called = false;
    const orders = queue(() => {
      called = true;
    });
    const input = await captureNative('orders', orders, native('gcp', 'messagePublished-binary.json'));
    expect(called).toBe(false);
    expect(input.kind).toBe('message');
    if (input.kind === 'message') expect(input.messages).toHaveLength(1);
  });

  it('keeps stream records and schedule times', async () => {
    const dynamo = await captureNative(
      'c',
      stream(() => {}),
      native('aws', 'powertools-py-dynamodb'),
    );
    expect(dynamo.kind === 'stream' && dynamo.records.every((r) => r.change !== undefined)).toBe(true);
    const tick = await captureNative(
      'n',
      schedule('rate(5 minutes)', () => {}),
      native('aws', 'lambda-java-eventbridge-scheduled'),
    );
    expect(tick.kind).toBe('schedule');
  });

  it('refuses, naming the event, what its own adapter cannot read', async () => {
    const broken = native('azure', 'pythonlib-storageQueue');
    await expect(
      captureNative(
        'orders',
        queue(() => {}),
        broken,
      ),
    ).rejects.toThrow(/insertionTime is not a timestamp/);
  });
});
