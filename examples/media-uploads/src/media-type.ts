import type { StorageEvent } from '@faasport/core';

const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif|heic|heif|tiff?|bmp)$/i;
// Types that say nothing about the content: fall back to the file name.
const UNINFORMATIVE = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/**
 * Whether an uploaded object is an image: by its content type when the platform gives a real one
 * (Cloud Storage and Blob Storage do), else by its extension (S3 notifications carry no content type).
 *
 * @example
 * isImage({ key: 'cats/tom.JPG', contentType: undefined }) // true
 */
export function isImage(object: Pick<StorageEvent, 'key' | 'contentType'>): boolean {
  const type = object.contentType?.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  if (!UNINFORMATIVE.has(type)) return type.startsWith('image/');
  return IMAGE_EXTENSION.test(object.key);
}
