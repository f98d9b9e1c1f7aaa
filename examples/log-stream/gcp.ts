import { register } from '@faasport/adapter-gcp';
import { logStream } from './src/log-stream.js';

register('log-stream', logStream);
