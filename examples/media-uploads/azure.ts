import { register } from '@faasport/adapter-azure';
import { mediaUploads } from './src/uploads.js';

register('media-uploads', mediaUploads, { source: 'blob', path: 'uploads/{name}', eventGrid: true });
