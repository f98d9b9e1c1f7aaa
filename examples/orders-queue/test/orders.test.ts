import { MalformedInputError, ValidationError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { OrderSchema } from '../src/order.js';
import { memoryOrderStore } from '../src/order-store.js';
import { createOrdersQueue, ordersQueue } from '../src/orders.js';
import { aMessage, anOrder, normalized, recordingContext } from './helpers.js';

describe('createOrdersQueue', () => {
  it('is a queue definition that validates with OrderSchema', () => {
    expect(ordersQueue.kind).toBe('queue');
    expect(ordersQueue.options.schema).toBe(OrderSchema);
  });

  it('stores a valid order with its total and the message it came in', async () => {
    const store = memoryOrderStore();
    const def = createOrdersQueue({ store });
    const { ctx, lines } = recordingContext();
    await def.handler(await normalized(aMessage('m-1', anOrder()), OrderSchema), ctx);
    expect(store.get('o-1')).toMatchObject({ totalCents: 2999, lineCount: 2, messageId: 'm-1', currency: 'EUR' });
    expect(lines).toMatchObject([{ level: 'info', message: 'order accepted', orderId: 'o-1', totalCents: 2999 }]);
  });

  it('stores a redelivered order once and says so', async () => {
    const store = memoryOrderStore();
    const def = createOrdersQueue({ store });
    const { ctx, lines } = recordingContext();
    const msg = await normalized(aMessage('m-1', anOrder(), { deliveryCount: 2 }), OrderSchema);
    await def.handler(msg, ctx);
    await def.handler(msg, ctx);
    expect(store.size).toBe(1);
    expect(lines.map((l) => l.message)).toEqual(['order accepted', 'order already accepted']);
    expect(lines[1]?.deliveryCount).toBe(2);
  });

  it('fails an invalid order before the handler runs (what every adapter does with the schema)', async () => {
    await expect(normalized(aMessage('m-2', anOrder({ currency: 'BTC' })), OrderSchema)).rejects.toThrow(
      ValidationError,
    );
    await expect(normalized(aMessage('m-3', '{"orderId":'), OrderSchema)).rejects.toThrow(MalformedInputError);
  });

  it('fails the message when the store fails', async () => {
    const def = createOrdersQueue({
      store: { save: () => Promise.reject(new Error('database down')), get: () => undefined, size: 0 },
    });
    const msg = await normalized(aMessage('m-1', anOrder()), OrderSchema);
    await expect(def.handler(msg, recordingContext().ctx)).rejects.toThrow('database down');
  });
});
