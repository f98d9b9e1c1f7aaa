import { register } from '@faasport/adapter-azure';
import { iotAlerts } from './src/alerts.js';

register('iot-alerts', iotAlerts, {
  source: 'service-bus',
  topicName: 'readings',
  subscriptionName: 'iot-alerts',
  connection: 'ServiceBusConnection',
});
