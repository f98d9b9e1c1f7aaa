import { register } from '@faasport/adapter-gcp';
import { mediaUploads } from './src/uploads.js';

register('media-uploads', mediaUploads);
