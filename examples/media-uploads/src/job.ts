import type { StorageEvent } from '@faasport/core';

/** The renditions every image gets. */
export const VARIANTS = ['thumbnail-256', 'web-1600'] as const;

/** Where renditions are written: never inside the watched prefix, or each one would trigger the function again. */
export const OUTPUT_PREFIX = 'processed/';

/** A processing job for one uploaded image. */
export interface ProcessingJob {
  /** Stable for one version of one object: a redelivered event starts no second job. */
  readonly id: string;
  readonly bucket: string;
  /** The decoded object key, as the uploader named it. */
  readonly key: string;
  readonly size?: number;
  readonly contentType?: string;
  readonly variants: readonly string[];
  /** Where each variant goes: `processed/<variant>/<key>`. */
  readonly outputs: readonly string[];
  readonly uploadedAt: Date;
}

/**
 * The job for an uploaded image; its id is the bucket, key and etag (the time when there is no etag).
 *
 * @example
 * jobFor(ev).outputs // ['processed/thumbnail-256/holiday photos/beach + sunset.jpg', …]
 */
export function jobFor(ev: StorageEvent): ProcessingJob {
  const version = ev.etag ?? ev.time.toISOString();
  return {
    id: `${ev.bucket}/${ev.key}@${version}`,
    bucket: ev.bucket,
    key: ev.key,
    ...(ev.size === undefined ? {} : { size: ev.size }),
    ...(ev.contentType === undefined ? {} : { contentType: ev.contentType }),
    variants: VARIANTS,
    outputs: VARIANTS.map((v) => `${OUTPUT_PREFIX}${v}/${ev.key}`),
    uploadedAt: ev.time,
  };
}
