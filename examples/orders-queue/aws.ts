import { toLambda } from '@faasport/adapter-aws';
import { ordersQueue } from './src/orders.js';
export const handler = toLambda(ordersQueue);
