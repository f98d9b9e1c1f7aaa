import { describe, expect, it } from 'vitest';
import { toEnvName, toKebabName, toLogicalName } from '../../src/build/names.js';

describe('names', () => {
  it.each([
    ['hello', 'hello', 'HELLO', 'Hello'],
    ['ordersQueue', 'orders-queue', 'ORDERS_QUEUE', 'OrdersQueue'],
    ['orders_queue', 'orders-queue', 'ORDERS_QUEUE', 'OrdersQueue'],
    ['s3Uploads2', 's3-uploads2', 'S3_UPLOADS2', 'S3Uploads2'],
    ['$private', 'private', 'PRIVATE', 'Private'],
  ])('%s → %s, %s, %s', (name, kebab, env, logical) => {
    expect(toKebabName(name)).toBe(kebab);
    expect(toEnvName(name)).toBe(env);
    expect(toLogicalName(name)).toBe(logical);
  });
});
