import { DefinitionError, event, queue, schedule, storage, stream, topic } from '@faasport/core';
import type { EventInput, MessageInput } from '@faasport/core/adapter';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AWS_EVENT_SOURCES, eventTransport } from '../../src/testing/event-transport.js';
import { captureLogs } from '../helpers.js';

const aws = eventTransport();
const messages = (ids: string[], groupOf: (id: string) => string = () => 'g'): EventInput => ({
  kind: 'message',
  messages: ids.map((id): MessageInput => ({ id, body: `{"id":"${id}"}`, groupId: groupOf(id) })),
});
const failOn = (bad: string[]) => (value: { id: string }) => {
  if (bad.includes(value.id)) throw new Error(`fail ${value.id}`);
};

describe('eventTransport: sources and checks', () => {
  it('is named aws and lists its sources per kind', () => {
    expect(aws.name).toBe('aws');
    expect(aws.sources).toEqual(AWS_EVENT_SOURCES);
    expect(aws.sources.stream).toEqual(['kinesis', 'dynamodb']);
  });

  it('refuses a source or input kind the definition cannot take', async () => {
    await expect(
      aws.deliver(
        queue(() => {}),
        messages(['a']),
        'sns',
      ),
    ).rejects.toThrow(DefinitionError);
    await expect(
      aws.deliver(
        queue(() => {}),
        { kind: 'schedule', time: new Date() },
        'sqs',
      ),
    ).rejects.toThrow(/takes 'message' input, not 'schedule'/);
  });
});

describe('eventTransport: settle rules', () => {
  it('SQS: batchItemFailures are redelivered, the rest acknowledged, in one invocation', async () => {
    const { value } = await captureLogs(() => aws.deliver(queue(failOn(['b'])), messages(['a', 'b', 'c']), 'sqs'));
    expect(value).toMatchObject({ acknowledged: ['a', 'c'], redelivered: ['b'] });
    expect(value.results).toEqual([{ ids: ['a', 'b', 'c'], result: { batchItemFailures: [{ itemIdentifier: 'b' }] } }]);
  });

  it('SQS FIFO: a failure redelivers the later messages of its group too', async () => {
    const def = queue(failOn(['a1']));
    const input = messages(['a1', 'b1', 'a2', 'b2'], (id) => id.slice(0, 1));
    const { value } = await captureLogs(() => aws.deliver(def, input, 'sqs-fifo'));
    expect(value).toMatchObject({ acknowledged: ['b1', 'b2'], redelivered: ['a1', 'a2'] });
  });

  it('SQS: an invocation that rejects redelivers the whole batch', async () => {
    const { value } = await captureLogs(() =>
      aws.deliver(
        queue(() => {}),
        messages(['', 'x']),
        'sqs',
      ),
    );
    expect(value).toMatchObject({ acknowledged: [], redelivered: ['', 'x'] });
    expect((value.results[0] as { error: Error }).error.message).toMatch(/no messageId/);
  });

  it('SNS: one invocation per message; a rejected one is redelivered', async () => {
    const { value } = await captureLogs(() => aws.deliver(topic(failOn(['n2'])), messages(['n1', 'n2']), 'sns'));
    expect(value).toMatchObject({ acknowledged: ['n1'], redelivered: ['n2'] });
    expect(value.results).toHaveLength(2);
  });

  it('S3 in both forms: one invocation per change, the key decoded', async () => {
    for (const source of ['s3', 's3-eventbridge']) {
      const keys: string[] = [];
      const def = storage((ev) => {
        keys.push(ev.key);
        if (ev.key === 'bad one') throw new Error('x');
      });
      const input: EventInput = {
        kind: 'storage',
        events: [
          { id: 'e1', kind: 'created', bucket: 'b', key: 'a+b c.jpg' },
          { id: 'e2', kind: 'deleted', bucket: 'b', key: 'bad one' },
        ],
      };
      const { value } = await captureLogs(() => aws.deliver(def, input, source));
      expect(value).toMatchObject({ acknowledged: ['e1'], redelivered: ['e2'] });
      expect(keys).toEqual(['a+b c.jpg', 'bad one']);
    }
  });

  it('schedule and EventBridge: one invocation each, acknowledged when the handler succeeds', async () => {
    const time = new Date('2026-01-01T03:00:00Z');
    const ticks: string[] = [];
    const tick = await aws.deliver(
      schedule('0 3 * * *', (ev) => void ticks.push(ev.scheduledTime.toISOString())),
      { kind: 'schedule', time },
      'eventbridge-schedule',
    );
    expect(tick).toMatchObject({ acknowledged: [time.toISOString()], redelivered: [] });
    expect(ticks).toEqual([time.toISOString()]);
    const ce = { specversion: '1.0', id: 'ev1', source: 'shop', type: 'Paid', data: { amount: 3 } } as const;
    const seen: unknown[] = [];
    const report = await aws.deliver(
      event((e) => void seen.push(e.data)),
      { kind: 'event', events: [ce] },
      'eventbridge',
    );
    expect(report).toMatchObject({ acknowledged: ['ev1'], redelivered: [] });
    expect(seen).toEqual([{ amount: 3 }]);
  });

  it('Kinesis and DynamoDB: the failed record and every later one are redelivered', async () => {
    for (const source of ['kinesis', 'dynamodb']) {
      const seen: string[] = [];
      const def = stream((rec) => {
        seen.push(rec.id);
        if (rec.partitionKey === 'p2') throw new Error('x');
      });
      const input: EventInput = {
        kind: 'stream',
        records: ['1', '2', '3', '4'].map((n) => ({
          id: `r${n}`,
          partitionKey: `p${n}`,
          data: n,
          change: 'insert' as const,
        })),
      };
      const { value } = await captureLogs(() => aws.deliver(def, input, source));
      expect(value).toMatchObject({ acknowledged: ['r1'], redelivered: ['r2', 'r3', 'r4'] });
      expect(seen).toHaveLength(2);
    }
  });
});

describe('eventTransport: property', () => {
  it('every id is acknowledged xor redelivered; redelivered = failures (+ later of their FIFO group)', async () => {
    const batch = fc.array(fc.record({ group: fc.constantFrom('x', 'y'), fails: fc.boolean() }), {
      minLength: 1,
      maxLength: 10,
    });
    await fc.assert(
      fc.asyncProperty(batch, fc.constantFrom('sqs', 'sqs-fifo'), async (items, source) => {
        const ids = items.map((_, i) => `m${i}`);
        const bad = ids.filter((_, i) => items[i]?.fails);
        const groups = new Map(ids.map((id, i) => [id, items[i]?.group as string]));
        const { value } = await captureLogs(() =>
          aws.deliver(
            queue(failOn(bad)),
            messages(ids, (id) => groups.get(id) as string),
            source,
          ),
        );
        const broken = new Set<string>();
        const expected = ids.filter((id) => {
          const group = groups.get(id) as string;
          const out = bad.includes(id) || (source === 'sqs-fifo' && broken.has(group));
          if (bad.includes(id)) broken.add(group);
          return out;
        });
        expect(value.redelivered).toEqual(expected);
        expect([...value.acknowledged, ...value.redelivered].sort()).toEqual([...ids].sort());
      }),
      { numRuns: 40 },
    );
  });
});
