import { register } from '@faasport/adapter-gcp';
import { hello } from './src/app.js';

register('hello', hello);
