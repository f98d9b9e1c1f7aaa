import type { EventTransport } from '@faasport/core/adapter';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryOrderStore } from '../src/order-store.js';
import { createOrdersQueue } from '../src/orders.js';
import { allTransports, aMessage, anOrder } from './helpers.js';

// Five orders, two of them bad: one not JSON at all, one JSON that is not an order.
const batch = [
  aMessage('m-1', anOrder({ orderId: 'o-1' })),
  aMessage('m-2', '{"orderId": "o-2", '),
  aMessage('m-3', anOrder({ orderId: 'o-3' })),
  aMessage('m-4', anOrder({ orderId: 'o-4', lines: [{ sku: 'X', quantity: 0, unitPriceCents: 1 }] })),
  aMessage('m-5', anOrder({ orderId: 'o-5' })),
];
const GOOD = ['m-1', 'm-3', 'm-5'];
const BAD = ['m-2', 'm-4'];

const { aws, gcp, azure } = allTransports();
afterAll(() => Promise.all([aws.close(), gcp.close(), azure.close()]));

// Every source where the platform settles messages one by one.
const perMessage: [EventTransport, string][] = [
  [aws, 'sqs'],
  [gcp, 'pubsub'],
  [gcp, 'pubsub-push'],
  [azure, 'storage-queue'],
  [azure, 'service-bus'],
];

describe('orders-queue on every cloud', () => {
  it.each(perMessage.map(([t, source]) => [`${t.name} ${source}`, t, source] as const))(
    '%s: invalid orders fail only themselves; valid ones are stored once',
    async (_name, transport, source) => {
      const store = memoryOrderStore();
      const report = await transport.deliver(
        createOrdersQueue({ store }),
        { kind: 'message', messages: batch },
        source,
      );
      expect(report.acknowledged.sort()).toEqual(GOOD);
      expect(report.redelivered.sort()).toEqual(BAD);
      expect(store.size).toBe(3);
      expect(store.get('o-3')?.totalCents).toBe(2999);
      expect(store.get('o-2')).toBeUndefined();
      expect(store.get('o-4')).toBeUndefined();
    },
  );

  it('SQS: the Lambda answer lists exactly the invalid messages in batchItemFailures', async () => {
    const report = await aws.deliver(createOrdersQueue(), { kind: 'message', messages: batch }, 'sqs');
    expect(report.results).toEqual([
      {
        ids: batch.map((m) => m.id),
        result: { batchItemFailures: [{ itemIdentifier: 'm-2' }, { itemIdentifier: 'm-4' }] },
      },
    ]);
  });

  it('SQS: a batch of valid orders answers an empty batchItemFailures list', async () => {
    const messages = [aMessage('m-1', anOrder({ orderId: 'o-1' })), aMessage('m-2', anOrder({ orderId: 'o-2' }))];
    const report = await aws.deliver(createOrdersQueue(), { kind: 'message', messages }, 'sqs');
    expect(report.results).toEqual([{ ids: ['m-1', 'm-2'], result: { batchItemFailures: [] } }]);
    expect(report.acknowledged).toEqual(['m-1', 'm-2']);
  });

  it('SQS FIFO: after an invalid order, later orders of that customer wait; other customers go on', async () => {
    const store = memoryOrderStore();
    const messages = [
      aMessage('a-1', anOrder({ orderId: 'a-1', customerId: 'alice' }), { groupId: 'alice' }),
      aMessage('b-1', anOrder({ orderId: 'b-1', customerId: 'bob' }), { groupId: 'bob' }),
      aMessage('a-2', anOrder({ orderId: 'a-2', customerId: 'alice', currency: 'XXX' }), { groupId: 'alice' }),
      aMessage('b-2', anOrder({ orderId: 'b-2', customerId: 'bob' }), { groupId: 'bob' }),
      aMessage('a-3', anOrder({ orderId: 'a-3', customerId: 'alice' }), { groupId: 'alice' }),
    ];
    const report = await aws.deliver(createOrdersQueue({ store }), { kind: 'message', messages }, 'sqs-fifo');
    const failures = (report.results[0] as { result: { batchItemFailures: { itemIdentifier: string }[] } }).result;
    expect(failures.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(['a-2', 'a-3']);
    expect(report.acknowledged).toEqual(['a-1', 'b-1', 'b-2']);
    // a-3 is valid but was never processed: its turn comes after a-2 on the retry.
    expect(store.get('a-3')).toBeUndefined();
    expect(store.size).toBe(3);
  });

  it('Service Bus batch (cardinality many): one bad order sends the whole batch back, and the store stays exact on the retry', async () => {
    const store = memoryOrderStore();
    const def = createOrdersQueue({ store });
    const first = await azure.deliver(def, { kind: 'message', messages: batch }, 'service-bus-many');
    // A batch invocation cannot settle messages one by one: the valid orders come back too.
    expect(first.acknowledged).toEqual([]);
    expect(first.redelivered).toEqual(batch.map((m) => m.id));
    // Every message of the batch still ran: the three valid orders are stored already.
    expect(store.size).toBe(3);
    const again = await azure.deliver(def, { kind: 'message', messages: batch }, 'service-bus-many');
    expect(again.redelivered).toHaveLength(5);
    expect(store.size).toBe(3);
    expect(store.get('o-1')?.messageId).toBe('m-1');
  });

  it('Pub/Sub: a failed order answers a non-2xx status, a stored one 2xx', async () => {
    const report = await gcp.deliver(createOrdersQueue(), { kind: 'message', messages: batch.slice(0, 2) }, 'pubsub');
    const statuses = (report.results as { id: string; status: number }[]).map((r) => [
      r.id,
      r.status >= 200 && r.status < 300,
    ]);
    expect(statuses).toEqual([
      ['m-1', true],
      ['m-2', false],
    ]);
  });
});
