import { currentContext, event, onInit, queue, schedule, storage, stream, topic } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { deliverLocal } from '../../src/dev/local-events.js';

describe('deliverLocal', () => {
  it('runs through core invoke as the clouds do: onInit first, then the handler with its context current', async () => {
    const order: string[] = [];
    const stop = onInit(() => {
      order.push('init');
    });
    try {
      const orders = queue((msg, ctx) => {
        order.push(`${msg.id}:${currentContext() === ctx}`);
      });
      await deliverLocal('orders', orders, { kind: 'message', messages: [{ id: 'a', body: 'x' }] }, true);
      expect(order).toEqual(['init', 'a:true']);
    } finally {
      stop();
    }
  });

  it('calls a queue handler once per message with a local context; failures are redelivered', async () => {
    const seen: string[] = [];
    const orders = queue((msg, ctx) => {
      seen.push(`${ctx.provider}:${ctx.functionName}:${msg.id}:${msg.text()}:${msg.deliveryCount}`);
      if (msg.id === 'b') throw new Error('no');
    });
    const result = await deliverLocal(
      'orders',
      orders,
      {
        kind: 'message',
        messages: [
          { id: 'a', body: 'x' },
          { id: 'b', body: 'y' },
        ],
      },
      true,
    );
    expect(seen).toEqual(['local:orders:a:x:1', 'local:orders:b:y:1']);
    expect(result).toMatchObject({ provider: 'local', outcome: 'partial', acknowledged: ['a'], redelivered: ['b'] });
  });

  it('FIFO per groupId: after a failure the rest of the group is not run and comes back', async () => {
    const seen: string[] = [];
    const orders = topic((msg) => {
      seen.push(msg.id);
      if (msg.id === '1') throw new Error('no');
    });
    const messages = [
      { id: '1', body: '', groupId: 'g' },
      { id: '2', body: '', groupId: 'g' },
      { id: '3', body: '', groupId: 'h' },
    ];
    const result = await deliverLocal('t', orders, { kind: 'message', messages }, false);
    expect(seen).toEqual(['1', '3']);
    expect(result).toMatchObject({ acknowledged: ['3'], redelivered: ['1', '2'] });
  });

  it('validates message data against the schema: a mismatch fails that message only', async () => {
    const schema = {
      '~standard': {
        version: 1 as const,
        vendor: 'test',
        validate: (v: unknown) =>
          typeof (v as { n?: unknown }).n === 'number'
            ? { value: v as { n: number } }
            : { issues: [{ message: 'n must be a number' }] },
      },
    };
    const got: number[] = [];
    const orders = queue({ schema }, (msg) => void got.push(msg.data?.n ?? -1));
    const result = await deliverLocal(
      'o',
      orders,
      {
        kind: 'message',
        messages: [
          { id: 'a', body: '{"n":1}' },
          { id: 'b', body: '{"n":"x"}' },
        ],
      },
      false,
    );
    expect(got).toEqual([1]);
    expect(result.redelivered).toEqual(['b']);
  });

  it('stream records stop at the first failure; storage, schedule and events get their normalized values', async () => {
    const recs: string[] = [];
    const s = stream((r) => {
      recs.push(`${r.id}:${r.sequence}:${new TextDecoder().decode(r.data)}`);
      if (r.id === 'r2') throw new Error('stop');
    });
    const records = ['r1', 'r2', 'r3'].map((id) => ({ id, partitionKey: 'p', data: id }));
    expect(await deliverLocal('s', s, { kind: 'stream', records }, false)).toMatchObject({
      acknowledged: ['r1'],
      redelivered: ['r2', 'r3'],
    });
    expect(recs).toEqual(['r1:1:r1', 'r2:2:r2']);

    const got: unknown[] = [];
    await deliverLocal(
      'u',
      storage((e) => void got.push([e.kind, e.bucket, e.key])),
      { kind: 'storage', events: [{ id: 'o', kind: 'created', bucket: 'b', key: 'k' }] },
      false,
    );
    const t = new Date('2026-01-01T03:00:00Z');
    await deliverLocal(
      'n',
      schedule('0 3 * * *', (e) => void got.push([e.scheduledTime.toISOString(), e.schedule])),
      { kind: 'schedule', time: t },
      false,
    );
    const ce = { specversion: '1.0' as const, id: 'e', source: 's', type: 't' };
    await deliverLocal(
      'a',
      event((e) => void got.push(e.id)),
      { kind: 'event', events: [ce] },
      false,
    );
    expect(got).toEqual([['created', 'b', 'k'], ['2026-01-01T03:00:00.000Z', '0 3 * * *'], 'e']);
  });

  it('refuses input of another kind by name', async () => {
    await expect(
      deliverLocal(
        'o',
        queue(() => {}),
        { kind: 'schedule', time: new Date() },
        false,
      ),
    ).rejects.toThrow("o is a 'queue' definition; it takes 'message' events, not 'schedule'");
  });
});
