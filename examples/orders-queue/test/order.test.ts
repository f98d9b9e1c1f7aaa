import { ValidationError } from '@faasport/core';
import { validate } from '@faasport/core/adapter';
import { describe, expect, it } from 'vitest';
import { OrderSchema, totalCents } from '../src/order.js';
import { anOrder } from './helpers.js';

const check = (value: unknown) => validate(OrderSchema, value, 'order');

describe('OrderSchema', () => {
  it('is a zod 4 schema, used through Standard Schema v1', () => {
    expect(OrderSchema['~standard']).toMatchObject({ version: 1, vendor: 'zod' });
  });

  it('accepts a valid order and drops unknown fields', async () => {
    const order = await check({ ...anOrder(), coupon: 'SPRING' });
    expect(order).toEqual(anOrder());
    expect(order).not.toHaveProperty('coupon');
  });

  it.each([
    ['no order id', anOrder({ orderId: '' }), 'orderId'],
    ['an unknown currency', anOrder({ currency: 'BTC' }), 'currency'],
    ['no lines', anOrder({ lines: [] }), 'lines'],
    ['a fractional quantity', anOrder({ lines: [{ sku: 'A', quantity: 1.5, unitPriceCents: 1 }] }), 'lines.0.quantity'],
    ['a zero quantity', anOrder({ lines: [{ sku: 'A', quantity: 0, unitPriceCents: 1 }] }), 'lines.0.quantity'],
    ['a negative price', anOrder({ lines: [{ sku: 'A', quantity: 1, unitPriceCents: -5 }] }), 'lines.0.unitPriceCents'],
    ['a line that is not an object', anOrder({ lines: ['A'] }), 'lines.0'],
    ['lines that are not a list', anOrder({ lines: { sku: 'A' } }), 'lines'],
    [
      'an unsafe integer price',
      anOrder({ lines: [{ sku: 'A', quantity: 1, unitPriceCents: 2 ** 60 }] }),
      'lines.0.unitPriceCents',
    ],
  ])('rejects %s, naming the field', async (_what, value, path) => {
    const error = await check(value).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain(`${path}:`);
  });

  it('rejects values that are not objects', async () => {
    for (const value of [null, 'order', 42, [anOrder()]]) {
      await expect(check(value)).rejects.toThrow(/expected an order object/);
    }
  });

  it('reports every problem at once', async () => {
    const error = (await check({ orderId: 1, customerId: ' ', currency: 'EUR', lines: [] }).catch(
      (e: unknown) => e,
    )) as ValidationError;
    expect(error.issues.map((i) => i.path?.join('.'))).toEqual(['orderId', 'customerId', 'lines']);
  });
});

describe('totalCents', () => {
  it('sums quantity times unit price over the lines', async () => {
    expect(totalCents(await check(anOrder()))).toBe(2 * 1250 + 499);
  });
});
