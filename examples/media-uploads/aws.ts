import { toLambda } from '@faasport/adapter-aws';
import { mediaUploads } from './src/uploads.js';
export const handler = toLambda(mediaUploads);
