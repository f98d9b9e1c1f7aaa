import { describe, expect, it } from 'vitest';
import { compileRoute } from '../../src/testing/route.js';

describe('compileRoute', () => {
  it('matches the prefix and a catch-all, including the empty rest', () => {
    const match = compileRoute('api', 'orders/{*path}');
    expect(match('/api/orders')).toEqual({ path: '' });
    expect(match('/api/orders/')).toEqual({ path: '' });
    expect(match('/api/orders/1/items%20x')).toEqual({ path: '1/items x' });
    expect(match('/api/ORDERS/1')).toEqual({ path: '1' });
    expect(match('/api/order')).toBeUndefined();
    expect(match('/orders/1')).toBeUndefined();
  });

  it('matches single, optional and constrained parameters', () => {
    const match = compileRoute('', 'items/{id:int}/{tab?}');
    expect(match('/items/7')).toEqual({ id: '7' });
    expect(match('/items/7/reviews')).toEqual({ id: '7', tab: 'reviews' });
    expect(match('/items')).toBeUndefined();
    expect(match('/items/7/reviews/extra')).toBeUndefined();
  });

  it('with an empty prefix and a bare catch-all, takes every path', () => {
    const match = compileRoute('', '{*path}');
    expect(match('/')).toEqual({ path: '' });
    expect(match('/a/b')).toEqual({ path: 'a/b' });
  });
});
