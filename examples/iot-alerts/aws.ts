import { toLambda } from '@faasport/adapter-aws';
import { iotAlerts } from './src/alerts.js';
export const handler = toLambda(iotAlerts);
