import { describe, expect, it } from 'vitest';
import { isEventInputJson, parseEventInput } from '../../src/dev/event-input.js';

describe('parseEventInput', () => {
  it('reads messages: text, JSON values as their JSON text, base64 bytes, dates, attributes, group', () => {
    const input = parseEventInput({
      kind: 'message',
      messages: [
        {
          id: 'a',
          body: 'hi',
          attributes: { k: 'v' },
          groupId: 'g',
          deliveryCount: 2,
          publishedAt: '2026-01-01T00:00:00Z',
        },
        { id: 'b', body: { sku: 'A' } },
        { id: 'c', bodyBase64: 'AAEC' },
      ],
    });
    expect(input).toEqual({
      kind: 'message',
      messages: [
        {
          id: 'a',
          body: 'hi',
          attributes: { k: 'v' },
          groupId: 'g',
          deliveryCount: 2,
          publishedAt: new Date('2026-01-01T00:00:00Z'),
        },
        { id: 'b', body: '{"sku":"A"}' },
        { id: 'c', body: new Uint8Array([0, 1, 2]) },
      ],
    });
  });

  it('reads storage, schedule (now when no time), stream and CloudEvent input', () => {
    expect(
      parseEventInput({ kind: 'storage', events: [{ id: '1', kind: 'deleted', bucket: 'b', key: 'k', size: 0 }] }),
    ).toEqual({
      kind: 'storage',
      events: [{ id: '1', kind: 'deleted', bucket: 'b', key: 'k', size: 0 }],
    });
    const tick = parseEventInput({ kind: 'schedule' });
    expect(tick.kind === 'schedule' && Math.abs(tick.time.getTime() - Date.now()) < 5000).toBe(true);
    expect(
      parseEventInput({
        kind: 'stream',
        records: [{ id: 'r', partitionKey: 'p', change: 'insert', newImage: { a: 1 } }],
      }),
    ).toEqual({
      kind: 'stream',
      records: [{ id: 'r', partitionKey: 'p', change: 'insert', newImage: { a: 1 } }],
    });
    const ce = { specversion: '1.0', id: 'e', source: 's', type: 't', data: 1 };
    expect(parseEventInput({ kind: 'event', events: [ce] })).toEqual({ kind: 'event', events: [ce] });
  });

  it('names the field that is wrong', () => {
    const bad: [unknown, RegExp][] = [
      [{ kind: 'nope' }, /kind must be one of/],
      [{ kind: 'message', messages: [] }, /messages must be a non-empty array/],
      [{ kind: 'message', messages: ['x'] }, /messages\[0\] must be an object/],
      [{ kind: 'message', messages: [{ id: '1', bodyBase64: 'a*b=' }] }, /messages\[0\]\.bodyBase64 is not base64/],
      [{ kind: 'message', messages: [{ id: '1', attributes: { n: 1 } }] }, /attributes must be an object of strings/],
      [
        { kind: 'message', messages: [{ id: '1', deliveryCount: 0 }] },
        /deliveryCount must be an integer of at least 1/,
      ],
      [{ kind: 'message', messages: [{ id: '1', publishedAt: 'soon' }] }, /publishedAt is not a date: "soon"/],
      [
        { kind: 'storage', events: [{ id: '1', kind: 'moved', bucket: 'b', key: 'k' }] },
        /events\[0\]\.kind must be 'created'/,
      ],
      [
        { kind: 'storage', events: [{ id: '1', kind: 'created', bucket: 'b', key: 'k', size: -1 }] },
        /size must be a number of bytes/,
      ],
      [{ kind: 'stream', records: [{ id: '1', partitionKey: 'p', change: 'upsert' }] }, /change must be 'insert'/],
      [{ kind: 'stream', records: [{ id: '1', partitionKey: 'p', keys: 3 }] }, /records\[0\]\.keys must be an object/],
      [
        { kind: 'event', events: [{ specversion: '0.3', id: '1', source: 's', type: 't' }] },
        /specversion must be '1.0'/,
      ],
      [
        { kind: 'event', events: [{ specversion: '1.0', id: '1', source: 's' }] },
        /events\[0\]\.type must be a non-empty string/,
      ],
    ];
    for (const [json, message] of bad) expect(() => parseEventInput(json), JSON.stringify(json)).toThrow(message);
  });

  it('isEventInputJson only claims objects with a known kind', () => {
    expect(isEventInputJson({ kind: 'schedule' })).toBe(true);
    expect(isEventInputJson({ kind: 'storage#object' })).toBe(false);
    expect(isEventInputJson([{ kind: 'message' }])).toBe(false);
  });
});
