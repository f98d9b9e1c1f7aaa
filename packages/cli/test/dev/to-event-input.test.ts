import { type Message, queue, type StorageEvent, type StreamRecord, storage, stream } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { deliverLocal } from '../../src/dev/local-events.js';
import { toEventInput } from '../../src/dev/to-event-input.js';

describe('toEventInput', () => {
  it('gives back the neutral input a normalized value came from (round trip through the local provider)', async () => {
    const msgs: Message[] = [];
    const publishedAt = new Date('2026-01-01T00:00:00Z');
    const input = {
      kind: 'message' as const,
      messages: [{ id: 'a', body: 'hi', attributes: { k: 'v' }, groupId: 'g', deliveryCount: 3, publishedAt }],
    };
    await deliverLocal(
      'q',
      queue((m) => void msgs.push(m)),
      input,
      false,
    );
    expect(toEventInput({ kind: 'message', items: msgs })).toEqual({
      kind: 'message',
      messages: [
        {
          id: 'a',
          body: new TextEncoder().encode('hi'),
          attributes: { k: 'v' },
          groupId: 'g',
          deliveryCount: 3,
          publishedAt,
        },
      ],
    });

    const evs: StorageEvent[] = [];
    const time = new Date('2026-01-02T00:00:00Z');
    await deliverLocal(
      's',
      storage((e) => void evs.push(e)),
      { kind: 'storage', events: [{ id: 'o1', kind: 'updated', bucket: 'b', key: 'k', size: 5, time }] },
      false,
    );
    expect(toEventInput({ kind: 'storage', items: evs })).toEqual({
      kind: 'storage',
      events: [{ id: 'o1', kind: 'updated', bucket: 'b', key: 'k', size: 5, time }],
    });

    const recs: StreamRecord[] = [];
    await deliverLocal(
      'r',
      stream((r) => void recs.push(r)),
      { kind: 'stream', records: [{ id: 'r1', partitionKey: 'p', change: 'remove', keys: { id: 1 }, time }] },
      false,
    );
    expect(toEventInput({ kind: 'stream', items: recs })).toEqual({
      kind: 'stream',
      records: [{ id: 'r1', partitionKey: 'p', change: 'remove', keys: { id: 1 }, time }],
    });
  });

  it('refuses an event that carried nothing', () => {
    expect(() => toEventInput({ kind: 'event', items: [] })).toThrow('the event carried nothing to deliver');
  });
});
