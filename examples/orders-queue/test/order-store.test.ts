import { describe, expect, it } from 'vitest';
import { type AcceptedOrder, memoryOrderStore } from '../src/order-store.js';

const order = (orderId: string, messageId: string): AcceptedOrder => ({
  orderId,
  customerId: 'c-1',
  currency: 'EUR',
  totalCents: 100,
  lineCount: 1,
  messageId,
  receivedAt: new Date(0),
});

describe('memoryOrderStore', () => {
  it('stores an order once: a redelivered order keeps the first copy', async () => {
    const store = memoryOrderStore();
    expect(await store.save(order('o-1', 'm-1'))).toBe(true);
    expect(await store.save(order('o-1', 'm-2'))).toBe(false);
    expect(await store.save(order('o-2', 'm-3'))).toBe(true);
    expect(store.size).toBe(2);
    expect(store.get('o-1')?.messageId).toBe('m-1');
    expect(store.get('o-3')).toBeUndefined();
  });
});
