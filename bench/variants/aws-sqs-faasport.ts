import { toLambda } from '@faasport/adapter-aws';
import { queue } from '@faasport/core';
import { lambdaContext } from '../events.js';
import { handleOrder, type Order } from './batch-work.js';

export function create(event: never) {
  const handler = toLambda(queue<Order>((msg) => handleOrder(msg.json())));
  const ctx = lambdaContext() as never;
  return () => handler(event, ctx);
}
