import type { Currency } from './order.js';

/** An accepted order, as stored. */
export interface AcceptedOrder {
  readonly orderId: string;
  readonly customerId: string;
  readonly currency: Currency;
  readonly totalCents: number;
  readonly lineCount: number;
  /** The queue message that carried it. */
  readonly messageId: string;
  readonly receivedAt: Date;
}

/**
 * Where accepted orders go (DynamoDB, Firestore, Cosmos DB… in production). `save` must be
 * idempotent by `orderId`: every queue here delivers at least once, so the same order can arrive twice.
 */
export interface OrderStore {
  /** Resolves `true` when the order is new, `false` when it was already stored (nothing changes). */
  save(order: AcceptedOrder): Promise<boolean>;
  get(orderId: string): AcceptedOrder | undefined;
  readonly size: number;
}

/**
 * An in-memory `OrderStore`: the first save of an order id wins.
 *
 * @example
 * const store = memoryOrderStore()
 * await store.save(order) // true
 * await store.save(order) // false
 */
export function memoryOrderStore(): OrderStore {
  const orders = new Map<string, AcceptedOrder>();
  return {
    async save(order) {
      if (orders.has(order.orderId)) return false;
      orders.set(order.orderId, order);
      return true;
    },
    get: (orderId) => orders.get(orderId),
    get size() {
      return orders.size;
    },
  };
}
