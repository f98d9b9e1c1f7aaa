import { toLambda } from '@faasport/adapter-aws';
import { nightlyReport } from './src/nightly.js';
export const handler = toLambda(nightlyReport);
