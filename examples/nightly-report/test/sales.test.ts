import { describe, expect, it } from 'vitest';
import { memorySalesSource } from '../src/sales.js';
import { aSale } from './helpers.js';

describe('memorySalesSource', () => {
  it('returns the sales from `from` included to `to` excluded', async () => {
    const source = memorySalesSource([
      aSale('before', '2024-05-08T23:59:59.999Z'),
      aSale('first', '2024-05-09T00:00:00.000Z'),
      aSale('last', '2024-05-09T23:59:59.999Z'),
      aSale('after', '2024-05-10T00:00:00.000Z'),
    ]);
    const sales = await source.between(new Date('2024-05-09T00:00:00Z'), new Date('2024-05-10T00:00:00Z'));
    expect(sales.map((s) => s.orderId)).toEqual(['first', 'last']);
  });
});
