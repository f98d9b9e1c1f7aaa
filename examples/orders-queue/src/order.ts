import type { Schema } from '@faasport/core';

/** Currencies the shop takes. */
export const CURRENCIES = ['EUR', 'USD', 'GBP'] as const;
/** One of `CURRENCIES`. */
export type Currency = (typeof CURRENCIES)[number];

/** One line of an order. */
export interface OrderLine {
  readonly sku: string;
  /** 1 to 1,000. */
  readonly quantity: number;
  /** Integer minor units (cents, pence). */
  readonly unitPriceCents: number;
}

/** An order as the shop front publishes it on the queue. */
export interface Order {
  readonly orderId: string;
  readonly customerId: string;
  readonly currency: Currency;
  readonly lines: readonly OrderLine[];
}

interface Issue {
  readonly message: string;
  readonly path: readonly PropertyKey[];
}

type Fields = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isIntIn = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

function checkLine(line: unknown, at: number, issues: Issue[]): OrderLine | undefined {
  const path = ['lines', at];
  if (!isObject(line)) {
    issues.push({ message: 'expected an object', path });
    return undefined;
  }
  const before = issues.length;
  if (!isId(line.sku)) issues.push({ message: 'expected a non-empty SKU', path: [...path, 'sku'] });
  if (!isIntIn(line.quantity, 1, 1000)) {
    issues.push({ message: 'expected an integer from 1 to 1000', path: [...path, 'quantity'] });
  }
  if (!isIntIn(line.unitPriceCents, 0, Number.MAX_SAFE_INTEGER)) {
    issues.push({ message: 'expected a non-negative integer of cents', path: [...path, 'unitPriceCents'] });
  }
  if (issues.length > before) return undefined;
  return { sku: line.sku as string, quantity: line.quantity as number, unitPriceCents: line.unitPriceCents as number };
}

function checkOrder(value: unknown): { value: Order } | { issues: Issue[] } {
  if (!isObject(value)) return { issues: [{ message: 'expected an order object', path: [] }] };
  const issues: Issue[] = [];
  if (!isId(value.orderId)) issues.push({ message: 'expected a non-empty order id', path: ['orderId'] });
  if (!isId(value.customerId)) issues.push({ message: 'expected a non-empty customer id', path: ['customerId'] });
  if (!CURRENCIES.includes(value.currency as Currency)) {
    issues.push({ message: `expected one of ${CURRENCIES.join(', ')}`, path: ['currency'] });
  }
  const lines = Array.isArray(value.lines) ? value.lines : [];
  if (lines.length === 0) issues.push({ message: 'expected at least one line', path: ['lines'] });
  const checked = lines.map((line, i) => checkLine(line, i, issues));
  if (issues.length > 0) return { issues };
  return {
    value: {
      orderId: value.orderId as string,
      customerId: value.customerId as string,
      currency: value.currency as Currency,
      lines: checked as OrderLine[],
    },
  };
}

/**
 * A hand-written Standard Schema (https://standardschema.dev) for `Order`: any zod, valibot or
 * arktype schema would do the same job; this one keeps the example free of dependencies. Unknown
 * fields are dropped from the output.
 *
 * @example
 * queue({ schema: OrderSchema }, async (msg) => save(msg.data))
 */
export const OrderSchema: Schema<Order> = {
  '~standard': { version: 1, vendor: 'faasport-example', validate: checkOrder },
};

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
