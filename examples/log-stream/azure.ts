import { register } from '@faasport/adapter-azure';
import { logStream } from './src/log-stream.js';

register('log-stream', logStream, {
  source: 'event-hubs',
  eventHubName: 'logs',
  connection: 'EventHubConnection',
  retry: { strategy: 'fixedDelay', maxRetryCount: 5, delayInterval: 10_000 },
});
