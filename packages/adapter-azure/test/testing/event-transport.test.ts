import {
  event as eventDef,
  type Message,
  queue,
  schedule,
  storage,
  stream,
  topic,
  UnsupportedEventError,
} from '@faasport/core';
import type { MessageInput } from '@faasport/core/adapter';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventFailedError } from '../../src/errors.js';
import { AZURE_EVENT_SOURCES, eventTransport } from '../../src/testing/event-transport.js';

const transport = eventTransport();
const messages: MessageInput[] = [
  { id: 'm1', body: '{"qty": 1}', attributes: { a: 'x' }, groupId: 's1' },
  { id: 'm2', body: new Uint8Array([0, 255, 7]) },
  { id: 'm3', body: 'plain text' },
];

function failing(ids: readonly string[]) {
  const seen: Message[] = [];
  const def = queue((msg) => {
    seen.push(msg);
    if (ids.includes(msg.id)) throw new Error(`boom ${msg.id}`);
  });
  return { def, seen };
}

describe('eventTransport', () => {
  it('is named azure and lists the sources of the brief', () => {
    expect(transport.name).toBe('azure');
    expect(transport.sources).toEqual(AZURE_EVENT_SOURCES);
    expect(transport.sources.queue).toEqual(['storage-queue', 'service-bus', 'service-bus-many']);
  });

  it.each(['storage-queue', 'service-bus'])(
    '%s: one invocation per message, a failed one is redelivered alone',
    async (source) => {
      const { def, seen } = failing(['m2']);
      const report = await transport.deliver(def, { kind: 'message', messages }, source);
      expect(report.acknowledged).toEqual(['m1', 'm3']);
      expect(report.redelivered).toEqual(['m2']);
      expect(seen.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
      expect([...(seen[1]?.body ?? [])]).toEqual([0, 255, 7]);
    },
  );

  it('service-bus: bytes, attributes, session and delivery count survive the real library path', async () => {
    const { def, seen } = failing([]);
    await transport.deliver(
      def,
      { kind: 'message', messages: [{ ...messages[0], deliveryCount: 3 } as MessageInput] },
      'service-bus',
    );
    expect(seen[0]?.text()).toBe('{"qty": 1}');
    expect(seen[0]?.attributes).toEqual({ a: 'x' });
    expect(seen[0]?.groupId).toBe('s1');
    expect(seen[0]?.deliveryCount).toBe(3);
    expect(seen[0]?.source).toBe('faasport-queue');
  });

  it('service-bus-many: one invocation; any failure redelivers the whole batch', async () => {
    const { def, seen } = failing(['m2']);
    const report = await transport.deliver(def, { kind: 'message', messages }, 'service-bus-many');
    expect(report.acknowledged).toEqual([]);
    expect(report.redelivered).toEqual(['m1', 'm2', 'm3']);
    expect(report.results[0]).toBeInstanceOf(EventFailedError);
    expect((report.results[0] as EventFailedError).failed).toEqual(['m2']);
    expect(seen.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    const ok = await transport.deliver(failing([]).def, { kind: 'message', messages }, 'service-bus-many');
    expect(ok.acknowledged).toEqual(['m1', 'm2', 'm3']);
  });

  it('property: cardinality one redelivers exactly the failed messages; many redelivers all or none', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Ids as Service Bus message ids look; body and id fidelity have their own tests (a body like
        // "0 " or an id "0e0" is JSON, which the library hands over as a number: not what this property is about).
        fc.uniqueArray(fc.stringMatching(/^m[a-z0-9-]{0,7}$/), { minLength: 1, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        async (ids, fails) => {
          const failed = ids.filter((_, i) => fails[i]);
          const input = { kind: 'message' as const, messages: ids.map((id) => ({ id, body: JSON.stringify({ id }) })) };
          const one = await transport.deliver(failing(failed).def, input, 'service-bus');
          expect(one.redelivered).toEqual(failed);
          expect(one.acknowledged).toEqual(ids.filter((id) => !failed.includes(id)));
          const many = await transport.deliver(failing(failed).def, input, 'service-bus-many');
          expect(many.redelivered).toEqual(failed.length > 0 ? ids : []);
          expect(many.acknowledged).toEqual(failed.length > 0 ? [] : ids);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('topic: service-bus-topic and event-grid deliver the exact bytes', async () => {
    for (const source of ['service-bus-topic', 'event-grid']) {
      const seen: Message[] = [];
      const def = topic((msg) => {
        seen.push(msg);
      });
      const report = await transport.deliver(def, { kind: 'message', messages }, source);
      expect(report.acknowledged, source).toEqual(['m1', 'm2', 'm3']);
      expect(
        seen.map((m) => [...m.body]),
        source,
      ).toEqual(messages.map((m) => [...Buffer.from(m.body)]));
    }
  });

  it('storage: blob and event-grid-blob reach the handler with bucket and key', async () => {
    const events = [
      { id: 'e1', kind: 'created' as const, bucket: 'uploads', key: 'a b/c.png', size: 3, contentType: 'image/png' },
    ];
    for (const source of ['blob', 'event-grid-blob']) {
      const seen: unknown[] = [];
      const def = storage((ev) => {
        seen.push({ kind: ev.kind, bucket: ev.bucket, key: ev.key, size: ev.size });
      });
      const report = await transport.deliver(def, { kind: 'storage', events }, source);
      expect(report.acknowledged, source).toEqual(['e1']);
      expect(seen, source).toEqual([{ kind: 'created', bucket: 'uploads', key: 'a b/c.png', size: 3 }]);
    }
  });

  it('schedule: the timer tick carries the scheduled time and the translated NCRONTAB', async () => {
    const seen: unknown[] = [];
    const def = schedule('rate(5 minutes)', (ev) => {
      seen.push([ev.scheduledTime.toISOString(), ev.schedule, ev.isPastDue]);
    });
    const time = new Date('2026-01-01T03:00:00Z');
    const report = await transport.deliver(def, { kind: 'schedule', time }, 'timer');
    expect(report.acknowledged).toEqual([time.toISOString()]);
    expect(seen).toEqual([['2026-01-01T03:00:00.000Z', '0 */5 * * * *', false]]);
  });

  it('stream: event-hubs stops at the first failure and the batch is redelivered (retry policy declared)', async () => {
    const seen: string[] = [];
    const def = stream((rec) => {
      seen.push(new TextDecoder().decode(rec.data));
      if (rec.partitionKey === 'bad') throw new Error('bad record');
    });
    const records = [
      { id: 'r1', partitionKey: 'p', data: 'one' },
      { id: 'r2', partitionKey: 'bad', data: 'two' },
      { id: 'r3', partitionKey: 'p', data: 'three' },
    ];
    const report = await transport.deliver(def, { kind: 'stream', records }, 'event-hubs');
    expect(seen).toEqual(['one', 'two']);
    expect(report.redelivered).toEqual(['r1', 'r2', 'r3']);
  });

  it('stream: cosmos-db delivers documents as newImage; a remove cannot be delivered', async () => {
    const seen: unknown[] = [];
    const def = stream((rec) => {
      seen.push([rec.change, rec.newImage]);
    });
    const records = [{ id: 'c1', partitionKey: '', change: 'insert' as const, newImage: { id: 'o1', qty: 2 } }];
    const report = await transport.deliver(def, { kind: 'stream', records }, 'cosmos-db');
    expect(report.acknowledged).toEqual(['c1']);
    expect(seen).toEqual([['modify', { id: 'o1', qty: 2 }]]);
    const removal = { kind: 'stream' as const, records: [{ id: 'c2', partitionKey: '', change: 'remove' as const }] };
    await expect(transport.deliver(def, removal, 'cosmos-db')).rejects.toThrow(UnsupportedEventError);
  });

  it('event: both Event Grid schemas hand the handler the same CloudEvent', async () => {
    const ce = {
      specversion: '1.0' as const,
      id: 'ce1',
      source: '/orders',
      type: 'order.created',
      subject: 'o/1',
      time: '2026-01-01T00:00:00.000Z',
      data: { qty: 1 },
    };
    for (const source of ['event-grid', 'event-grid-cloudevents']) {
      const seen: unknown[] = [];
      const def = eventDef((e) => {
        seen.push(e);
      });
      const report = await transport.deliver(def, { kind: 'event', events: [ce] }, source);
      expect(report.acknowledged, source).toEqual(['ce1']);
      expect(seen[0], source).toMatchObject({
        id: 'ce1',
        source: '/orders',
        type: 'order.created',
        subject: 'o/1',
        data: { qty: 1 },
      });
    }
  });

  it('refuses a source the kind has no mapping for, with a typed error', async () => {
    await expect(transport.deliver(failing([]).def, { kind: 'message', messages }, 'event-hubs')).rejects.toThrow(
      /no 'event-hubs' source for queue definitions/,
    );
  });
});
