import { register } from '@faasport/adapter-gcp';
import { nightlyReport } from './src/nightly.js';

register('nightly-report', nightlyReport);
