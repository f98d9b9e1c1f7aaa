import { z } from 'zod';

/** Currencies the shop takes. */
export const CURRENCIES = ['EUR', 'USD', 'GBP'] as const;
/** One of `CURRENCIES`. */
export type Currency = (typeof CURRENCIES)[number];

const nonEmpty = (error: string) => z.string({ error }).regex(/\S/, { error });

/** One line of an order: a SKU, 1 to 1,000 units, a unit price in integer minor units (cents, pence). */
export const OrderLineSchema = z.object(
  {
    sku: nonEmpty('expected a non-empty SKU'),
    quantity: z.int({ error: 'expected an integer from 1 to 1000' }).min(1).max(1000),
    unitPriceCents: z.int({ error: 'expected a non-negative integer of cents' }).nonnegative(),
  },
  { error: 'expected an object' },
);

/**
 * The zod 4 schema of an order as the shop front publishes it on the queue. zod implements Standard
 * Schema v1 (https://standardschema.dev), so `queue({ schema: OrderSchema })` validates each message with it
 * and types `msg.data` as `Order`; a message that fails it fails with core's `ValidationError` naming every
 * field (never acknowledged). Unknown fields are dropped from the output (zod's default for objects).
 *
 * @example
 * queue({ schema: OrderSchema }, async (msg) => save(msg.data))
 */
export const OrderSchema = z.object(
  {
    orderId: nonEmpty('expected a non-empty order id'),
    customerId: nonEmpty('expected a non-empty customer id'),
    currency: z.enum(CURRENCIES, { error: `expected one of ${CURRENCIES.join(', ')}` }),
    lines: z
      .array(OrderLineSchema, { error: 'expected at least one line' })
      .min(1, { error: 'expected at least one line' }),
  },
  { error: 'expected an order object' },
);

/** One line of an order (the output of `OrderLineSchema`). */
export type OrderLine = z.output<typeof OrderLineSchema>;
/** An order (the output of `OrderSchema`). */
export type Order = z.output<typeof OrderSchema>;

/**
 * The order's total in minor units.
 *
 * @example
 * totalCents({ orderId: 'o1', customerId: 'c1', currency: 'EUR', lines: [{ sku: 'A', quantity: 2, unitPriceCents: 150 }] }) // 300
 */
export function totalCents(order: Order): number {
  let total = 0;
  for (const line of order.lines) total += line.quantity * line.unitPriceCents;
  return total;
}
