import { type QueueDefinition, queue } from '@faasport/core';
import { type Order, OrderSchema, totalCents } from './order.js';
import { memoryOrderStore, type OrderStore } from './order-store.js';

/** What `createOrdersQueue` needs. */
export interface OrdersQueueOptions {
  /** Default: an in-memory store (replace it with your database). */
  readonly store?: OrderStore;
}

/**
 * The orders consumer: every message is validated against `OrderSchema` before the handler runs,
 * so an invalid order (not JSON, or not an order) fails that message only; valid ones are totalled
 * and stored once by order id.
 *
 * @example
 * export const handler = toLambda(createOrdersQueue({ store: dynamoStore }))
 */
export function createOrdersQueue(options: OrdersQueueOptions = {}): QueueDefinition<Order> {
  const store = options.store ?? memoryOrderStore();
  return queue({ schema: OrderSchema, timeoutSeconds: 30 }, async (msg, ctx) => {
    const order = msg.data;
    const accepted = {
      orderId: order.orderId,
      customerId: order.customerId,
      currency: order.currency,
      totalCents: totalCents(order),
      lineCount: order.lines.length,
      messageId: msg.id,
      receivedAt: msg.publishedAt,
    };
    const isNew = await store.save(accepted);
    ctx.log.info(isNew ? 'order accepted' : 'order already accepted', {
      orderId: order.orderId,
      totalCents: accepted.totalCents,
      deliveryCount: msg.deliveryCount,
    });
  });
}

/** The deployed function (entry files `aws.ts`, `gcp.ts`, `azure.ts`). */
export const ordersQueue = createOrdersQueue();
