import { MalformedInputError, type StreamRecord, stream } from '@faasport/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventFailedError } from '../src/errors.js';
import { fromEventHubsEvent } from '../src/event-hubs.js';
import { toEventHubsTrigger } from '../src/testing/stream-triggers.js';
import { runTrigger } from './helpers.js';

const time = new Date('2026-05-06T07:08:09.000Z');

describe('fromEventHubsEvent', () => {
  it('maps bytes, sequence number, partition key and enqueued time from the per-event arrays', () => {
    const { trigger, context } = toEventHubsTrigger(
      [
        { id: 'r1', partitionKey: 'dev-1', data: new Uint8Array([0, 128, 255]), time },
        { id: 'r2', partitionKey: '', data: '{"t": 21.5}', time },
      ],
      { eventHubName: 'telemetry', partitionId: '3', firstSequence: 40 },
    );
    const events = trigger as unknown[];
    const first = fromEventHubsEvent(events[0], context, 0);
    expect([...(first.data ?? [])]).toEqual([0, 128, 255]);
    expect(first).toMatchObject({ id: '3:40', sequence: '40', partitionKey: 'dev-1', source: 'telemetry' });
    expect(first.time).toEqual(time);
    const second = fromEventHubsEvent(events[1], context, 1);
    expect(new TextDecoder().decode(second.data)).toBe('{"t": 21.5}');
    expect([second.sequence, second.partitionKey]).toEqual(['41', '']);
    expect(second.toCloudEvent()).toMatchObject({
      type: 'Microsoft.EventHub.Event',
      data_base64: Buffer.from('{"t": 21.5}').toString('base64'),
    });
  });

  it('an event without a sequence number is malformed', () => {
    const { trigger, context } = toEventHubsTrigger([{ id: 'r', partitionKey: 'p', data: 'x' }]);
    (context.triggerMetadata as Record<string, unknown>).sequenceNumberArray = [];
    (context.triggerMetadata as Record<string, unknown>).systemPropertiesArray = [{}];
    expect(() => fromEventHubsEvent((trigger as unknown[])[0], context, 0)).toThrow(MalformedInputError);
  });
});

describe('Event Hubs through toAzureHandler', () => {
  it('property: records run in order up to the first failure, which fails the whole batch', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), async (fails) => {
        const records = fails.map((_, i) => ({ id: `r${i}`, partitionKey: 'p', data: String(i) }));
        const seen: StreamRecord[] = [];
        const def = stream((rec) => {
          seen.push(rec);
          if (fails[Number(new TextDecoder().decode(rec.data))]) throw new Error('x');
        });
        const out = await runTrigger(def, toEventHubsTrigger(records, { firstSequence: 1 }), seen);
        const firstFailure = fails.indexOf(true);
        expect(seen.length).toBe(firstFailure === -1 ? fails.length : firstFailure + 1);
        if (firstFailure === -1) expect(out.error).toBeUndefined();
        else {
          expect((out.error as EventFailedError).failed).toEqual([String(firstFailure + 1)]);
          expect((out.error as EventFailedError).skipped.length).toBe(fails.length - firstFailure - 1);
        }
      }),
      { numRuns: 50 },
    );
  });
});
