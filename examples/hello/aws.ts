import { toLambda } from '@faasport/adapter-aws';
import { hello } from './src/app.js';
export const handler = toLambda(hello);
