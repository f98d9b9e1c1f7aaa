import { register } from '@faasport/adapter-azure';
import { ordersQueue } from './src/orders.js';

register('orders-queue', ordersQueue, { source: 'storage-queue', queueName: 'orders' });
