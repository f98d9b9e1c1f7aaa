import { toLambda } from '@faasport/adapter-aws';
import { logStream } from './src/log-stream.js';
export const handler = toLambda(logStream);
