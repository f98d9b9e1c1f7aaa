import type { CloudEvent, Message, ScheduleEvent, StorageEvent, StreamRecord } from '@faasport/core';
import type { EventInput } from '@faasport/core/adapter';
import { EventRefusedError } from './errors.js';

/** What a definition's handler was given, per input kind. */
export type Normalized =
  | { readonly kind: 'message'; readonly items: readonly Message[] }
  | { readonly kind: 'storage'; readonly items: readonly StorageEvent[] }
  | { readonly kind: 'schedule'; readonly items: readonly ScheduleEvent[] }
  | { readonly kind: 'stream'; readonly items: readonly StreamRecord[] }
  | { readonly kind: 'event'; readonly items: readonly CloudEvent[] };

/**
 * Turns normalized values (what a handler saw on one provider) back into neutral input another
 * provider's transport can deliver: messages keep id, bytes, attributes, delivery count, time and
 * group; storage events, schedule ticks, stream records and CloudEvents keep their fields.
 *
 * @example
 * toEventInput({ kind: 'message', items: seenMessages }) // { kind: 'message', messages: [...] }
 */
export function toEventInput(normalized: Normalized): EventInput {
  if (normalized.items.length === 0) throw new EventRefusedError('the event carried nothing to deliver');
  switch (normalized.kind) {
    case 'message':
      return {
        kind: 'message',
        messages: normalized.items.map((m) => ({
          id: m.id,
          body: m.body,
          attributes: { ...m.attributes },
          deliveryCount: m.deliveryCount,
          publishedAt: m.publishedAt,
          ...(m.groupId === undefined ? {} : { groupId: m.groupId }),
        })),
      };
    case 'storage':
      return {
        kind: 'storage',
        events: normalized.items.map((e) => {
          const { raw: _raw, toCloudEvent, ...fields } = e;
          return { ...fields, id: toCloudEvent.call(e).id };
        }),
      };
    case 'schedule': {
      const tick = normalized.items[0] as ScheduleEvent;
      return { kind: 'schedule', time: tick.scheduledTime, ...(tick.schedule ? { schedule: tick.schedule } : {}) };
    }
    case 'stream':
      return {
        kind: 'stream',
        records: normalized.items.map((r) => ({
          id: r.id,
          partitionKey: r.partitionKey,
          time: r.time,
          ...(r.data === undefined ? {} : { data: r.data }),
          ...(r.change === undefined ? {} : { change: r.change }),
          ...(r.keys === undefined ? {} : { keys: r.keys }),
          ...(r.newImage === undefined ? {} : { newImage: r.newImage }),
          ...(r.oldImage === undefined ? {} : { oldImage: r.oldImage }),
        })),
      };
    case 'event':
      return { kind: 'event', events: normalized.items.map((ce) => ({ ...ce })) };
  }
}
