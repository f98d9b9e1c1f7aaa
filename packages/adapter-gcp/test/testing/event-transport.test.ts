import {
  type CloudEvent,
  DefinitionError,
  event,
  type Message,
  queue,
  type ScheduleEvent,
  type StorageEvent,
  type StreamRecord,
  schedule,
  storage,
  stream,
  topic,
} from '@faasport/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { qtySchema } from '../../../core/test/helpers/context.js';
import { eventTransport, GCP_EVENT_SOURCES } from '../../src/testing/event-transport.js';
import { recorder } from '../helpers.js';

const gcp = eventTransport({ logSink: () => {} });
afterAll(() => gcp.close());

describe('eventTransport', () => {
  it("is named 'gcp' and lists its sources per kind", () => {
    expect(gcp.name).toBe('gcp');
    expect(gcp.sources).toEqual({
      queue: ['pubsub', 'pubsub-push'],
      topic: ['pubsub'],
      storage: ['gcs'],
      schedule: ['scheduler-pubsub', 'scheduler-http'],
      stream: ['firestore'],
      event: ['eventarc'],
    });
    expect(GCP_EVENT_SOURCES).toBe(gcp.sources);
  });

  it.each(['pubsub', 'pubsub-push'])(
    'queue via %s: one invocation per message, failures redelivered',
    async (source) => {
      const rec = recorder<Message>((msg) => (msg.text() === 'bad' ? new Error('bad message') : undefined));
      const messages = [
        { id: 'a', body: 'good', attributes: { k: 'v' } },
        { id: 'b', body: 'bad' },
        { id: 'c', body: 'good', groupId: 'g1' },
      ];
      const report = await gcp.deliver(queue(rec.handle), { kind: 'message', messages }, source);
      expect(report.acknowledged).toEqual(['a', 'c']);
      expect(report.redelivered).toEqual(['b']);
      expect(report.results).toHaveLength(3);
      expect(rec.seen.map((s) => s.value.id)).toEqual(['a', 'b', 'c']);
      expect(rec.seen[0]?.value.attributes).toEqual({ k: 'v' });
      expect(rec.seen[2]?.value.groupId).toBe('g1');
    },
  );

  it('pubsub-push carries deliveryCount; Eventarc does not', async () => {
    const rec = recorder<Message>();
    const def = queue(rec.handle);
    const messages = [{ id: 'd', body: 'x', deliveryCount: 4 }];
    await gcp.deliver(def, { kind: 'message', messages }, 'pubsub-push');
    await gcp.deliver(def, { kind: 'message', messages }, 'pubsub');
    expect(rec.seen.map((s) => s.value.deliveryCount)).toEqual([4, 1]);
  });

  it('ordering keys: after a failure, later messages of that key are held and reported redelivered', async () => {
    const rec = recorder<Message>((msg) => (msg.text() === 'fail' ? new Error('x') : undefined));
    const messages = [
      { id: '1', body: 'ok', groupId: 'k' },
      { id: '2', body: 'fail', groupId: 'k' },
      { id: '3', body: 'ok', groupId: 'k' },
      { id: '4', body: 'ok', groupId: 'other' },
    ];
    const report = await gcp.deliver(topic(rec.handle), { kind: 'message', messages }, 'pubsub');
    expect(report.acknowledged).toEqual(['1', '4']);
    expect(report.redelivered).toEqual(['2', '3']);
    expect(rec.seen.map((s) => s.value.id)).toEqual(['1', '2', '4']);
  });

  it('storage via gcs', async () => {
    const rec = recorder<StorageEvent>();
    const events = [{ id: 'o1', kind: 'created' as const, bucket: 'b', key: 'a b.txt', size: 3 }];
    const report = await gcp.deliver(storage(rec.handle), { kind: 'storage', events }, 'gcs');
    expect(report.acknowledged).toEqual(['o1']);
    expect(rec.seen[0]?.value).toMatchObject({ kind: 'created', bucket: 'b', key: 'a b.txt', size: 3 });
  });

  it.each(['scheduler-pubsub', 'scheduler-http'])('schedule via %s', async (source) => {
    const rec = recorder<ScheduleEvent>();
    const time = new Date('2024-05-01T03:00:00Z');
    const report = await gcp.deliver(schedule('0 3 * * *', rec.handle), { kind: 'schedule', time }, source);
    expect(report.acknowledged).toEqual([time.toISOString()]);
    expect(rec.seen[0]?.value.scheduledTime.toISOString()).toBe(time.toISOString());
  });

  it('a failed schedule is redelivered', async () => {
    const rec = recorder<ScheduleEvent>(() => new Error('x'));
    const time = new Date('2024-05-01T03:00:00Z');
    const report = await gcp.deliver(schedule('0 3 * * *', rec.handle), { kind: 'schedule', time }, 'scheduler-http');
    expect(report.redelivered).toEqual([time.toISOString()]);
    expect(report.results[0]).toMatchObject({ status: 500 });
  });

  it('stream via firestore', async () => {
    const rec = recorder<StreamRecord>((r) => (r.id === 'r2' ? new Error('x') : undefined));
    const records = [
      { id: 'r1', partitionKey: 'users/ada', change: 'insert' as const, newImage: { age: 36 } },
      { id: 'r2', partitionKey: 'users/bob', change: 'remove' as const, oldImage: { age: 1 } },
    ];
    const report = await gcp.deliver(stream(rec.handle), { kind: 'stream', records }, 'firestore');
    expect(report).toMatchObject({ acknowledged: ['r1'], redelivered: ['r2'] });
    expect(rec.seen[0]?.value).toMatchObject({ change: 'insert', partitionKey: 'users/ada', newImage: { age: 36 } });
  });

  it('event via eventarc: the CloudEvent arrives as sent (FF does not turn Content-Type into datacontenttype)', async () => {
    const rec = recorder<CloudEvent>();
    const ce: CloudEvent = { specversion: '1.0', id: 'e1', source: '/shop', type: 'order.placed', data: { qty: 1 } };
    const report = await gcp.deliver(event(rec.handle), { kind: 'event', events: [ce] }, 'eventarc');
    expect(report.acknowledged).toEqual(['e1']);
    expect(rec.seen[0]?.value).toEqual(ce);
  });

  it('refuses a source the kind does not map, with DefinitionError', async () => {
    await expect(
      gcp.deliver(
        topic(async () => {}),
        { kind: 'message', messages: [] },
        'pubsub-push',
      ),
    ).rejects.toThrow(DefinitionError);
    await expect(
      gcp.deliver(
        storage(async () => {}),
        { kind: 'storage', events: [] },
        's3',
      ),
    ).rejects.toThrow("a 'storage' definition takes sources gcs, not 's3'");
  });

  it('property: redelivered is exactly the failed messages (and held ones of their ordering key), never both', async () => {
    let failing = new Set<string>();
    const rec = recorder<Message<{ qty: number }>>((msg) => (failing.has(msg.id) ? new Error('fail') : undefined));
    const def = queue({ schema: qtySchema }, rec.handle);
    const message = fc.record({
      valid: fc.boolean(),
      throws: fc.boolean(),
      group: fc.option(fc.constantFrom('g1', 'g2'), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(message, { maxLength: 8 }),
        fc.constantFrom('pubsub', 'pubsub-push'),
        async (specs, source) => {
          const messages = specs.map((s, i) => ({
            id: `m${i}`,
            body: s.valid ? `{"qty":${i}}` : '{"qty":"no"}',
            ...(s.group ? { groupId: s.group } : {}),
          }));
          failing = new Set(specs.flatMap((s, i) => (s.throws ? [`m${i}`] : [])));
          rec.seen.length = 0;
          const report = await gcp.deliver(def, { kind: 'message', messages }, source);
          const expected = new Set<string>();
          const blocked = new Set<string>();
          specs.forEach((s, i) => {
            const failed = !s.valid || s.throws || (s.group !== undefined && blocked.has(s.group));
            if (failed) expected.add(`m${i}`);
            if (failed && s.group) blocked.add(s.group);
          });
          expect(new Set(report.redelivered)).toEqual(expected);
          expect(report.acknowledged).toEqual(messages.map((m) => m.id).filter((id) => !expected.has(id)));
          const handledOk = rec.seen.map((s) => s.value.id).filter((id) => !failing.has(id));
          expect(handledOk).toEqual(report.acknowledged);
        },
      ),
      { numRuns: 25 },
    );
  });
});
