import { register } from '@faasport/adapter-azure';
import { nightlyReport } from './src/nightly.js';

register('nightly-report', nightlyReport, {
  retry: { strategy: 'fixedDelay', maxRetryCount: 3, delayInterval: 60_000 },
});
