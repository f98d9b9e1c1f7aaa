import { queue, schedule, stream } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../../test/helpers/fixtures.js';
import { captureNative } from '../../src/dev/capture.js';
import { detectNative } from '../../src/dev/detect-native.js';

const native = (path: string) => detectNative(ownFixture(path));

describe('captureNative', () => {
  it('reads an event with its own adapter and returns neutral input, never calling the real handler', async () => {
    let called = false;
    const orders = queue(() => {
      called = true;
    });
    const input = await captureNative('orders', orders, native('gcp/queue-pubsub/messagePublished-binary.json'));
    expect(called).toBe(false);
    expect(input.kind).toBe('message');
    if (input.kind === 'message') expect(input.messages).toHaveLength(1);
  });

  it('keeps stream records and schedule times', async () => {
    const dynamo = await captureNative(
      'c',
      stream(() => {}),
      native('aws/stream-dynamodb/insert-modify-remove.json'),
    );
    expect(dynamo.kind === 'stream' && dynamo.records.map((r) => r.change)).toEqual(['insert', 'modify', 'remove']);
    const tick = await captureNative(
      'n',
      schedule('rate(5 minutes)', () => {}),
      native('aws/schedule-eventbridge/scheduled-event.json'),
    );
    expect(tick.kind).toBe('schedule');
    // The scheduled event's `time` (test/fixtures/aws/schedule-eventbridge/scheduled-event.json).
    if (tick.kind === 'schedule') expect(tick.time.toISOString()).toBe('2024-01-13T03:00:00.000Z');
  });

  it('refuses, naming the event, what its own adapter cannot read', async () => {
    // insertionTime "2024-5-14T09:21:07Z": a month without its leading zero is no ISO 8601 timestamp.
    const broken = native('azure/queue-storage-queue/malformed-insertion-time.json');
    await expect(
      captureNative(
        'orders',
        queue(() => {}),
        broken,
      ),
    ).rejects.toThrow(/insertionTime is not a timestamp/);
  });
});
