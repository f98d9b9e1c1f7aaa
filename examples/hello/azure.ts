import { register } from '@faasport/adapter-azure';
import { hello } from './src/app.js';

register('hello', hello);
