import { register } from '@faasport/adapter-gcp';
import { ordersQueue } from './src/orders.js';

register('orders-queue', ordersQueue);
