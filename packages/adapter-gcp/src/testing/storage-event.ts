import type { CloudEvent } from '@faasport/core';
import type { StorageInput } from '@faasport/core/adapter';

const TYPES: Readonly<Record<StorageInput['kind'], string>> = {
  created: 'google.cloud.storage.object.v1.finalized',
  deleted: 'google.cloud.storage.object.v1.deleted',
  updated: 'google.cloud.storage.object.v1.metadataUpdated',
};

/**
 * Builds the Cloud Storage CloudEvent Eventarc delivers: created → `finalized`, deleted →
 * `deleted`, updated → `metadataUpdated`; source `//storage.googleapis.com/projects/_/buckets/<bucket>`,
 * subject `objects/<key>`, data a StorageObjectData with `size` as a string, as GCS sends it.
 *
 * @example
 * const ce = toStorageCloudEvent({ id: '1', kind: 'created', bucket: 'uploads', key: 'a/b.png', size: 12 })
 */
export function toStorageCloudEvent(input: StorageInput): CloudEvent {
  const time = (input.time ?? new Date()).toISOString();
  const generation = String(Date.parse(time) * 1000);
  return {
    specversion: '1.0',
    id: input.id,
    source: `//storage.googleapis.com/projects/_/buckets/${input.bucket}`,
    subject: `objects/${input.key}`,
    type: TYPES[input.kind],
    time,
    datacontenttype: 'application/json',
    data: {
      kind: 'storage#object',
      id: `${input.bucket}/${input.key}/${generation}`,
      bucket: input.bucket,
      name: input.key,
      generation,
      metageneration: '1',
      ...(input.size === undefined ? {} : { size: String(input.size) }),
      ...(input.etag === undefined ? {} : { etag: input.etag }),
      ...(input.contentType === undefined ? {} : { contentType: input.contentType }),
      timeCreated: time,
      updated: time,
      ...(input.kind === 'deleted' ? { timeDeleted: time } : {}),
    },
  };
}
