import { register } from '@faasport/adapter-gcp';
import { iotAlerts } from './src/alerts.js';

register('iot-alerts', iotAlerts);
