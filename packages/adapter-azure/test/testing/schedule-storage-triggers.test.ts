import { describe, expect, it } from 'vitest';
import { blobDelivery, toBlobTrigger, toTimerTrigger } from '../../src/testing/schedule-storage-triggers.js';

describe('timer and blob builders', () => {
  it('toTimerTrigger: camel-cased timer input whose next is the due time, no trigger metadata', () => {
    const due = new Date('2026-01-01T03:00:00Z');
    const { trigger, context } = toTimerTrigger(due, { isPastDue: true, schedule: '0 0 3 * * *' });
    expect(trigger).toEqual({
      schedule: { adjustForDST: true },
      scheduleStatus: {
        last: '2026-01-01T02:55:00.000Z',
        next: due.toISOString(),
        lastUpdated: '2026-01-01T02:55:00.000Z',
      },
      isPastDue: true,
    });
    expect(context.triggerMetadata).toBeUndefined();
    expect(context.options.trigger).toMatchObject({ type: 'timerTrigger', schedule: '0 0 3 * * *' });
  });

  it('toBlobTrigger: content bytes and blob metadata; updated keeps an older created', () => {
    const time = new Date('2026-01-01T00:00:00Z');
    const { trigger, context } = toBlobTrigger(
      { id: 'x', kind: 'updated', bucket: 'c', key: 'k', time },
      new Uint8Array([9]),
    );
    expect([...(trigger as Buffer)]).toEqual([9]);
    const props = (context.triggerMetadata as { properties: { created: string; lastModified: string; length: number } })
      .properties;
    expect([props.length, props.lastModified, props.created < props.lastModified]).toEqual([
      1,
      time.toISOString(),
      true,
    ]);
    expect((context.triggerMetadata as { blobTrigger: string }).blobTrigger).toBe('c/k');
    expect(blobDelivery({ id: 'y', kind: 'created', bucket: 'c', key: 'k' }).binding).toMatchObject({
      type: 'blobTrigger',
      path: 'c/{name}',
    });
  });
});
