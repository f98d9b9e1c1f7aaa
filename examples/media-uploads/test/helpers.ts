import type { StorageEvent } from '@faasport/core';
import { createStorageEvent, type StorageInput } from '@faasport/core/adapter';
import { recordingContext as sharedRecordingContext } from '../../../test/helpers/examples.js';

export { allTransports, loadAzureEntry } from '../../../test/helpers/examples.js';

/** A context whose log lines land in `lines` (parsed). */
export const recordingContext = () => sharedRecordingContext('media-uploads');

/** An upload, with fields overridden. */
export function anUpload(id: string, key: string, extra: Partial<StorageInput> = {}): StorageInput {
  return {
    id,
    kind: 'created',
    bucket: 'uploads',
    key,
    size: 48_213,
    etag: `etag-${id}`,
    contentType: 'image/jpeg',
    time: new Date('2024-05-01T12:00:00Z'),
    ...extra,
  };
}

/** The normalized event an adapter would build for `input`. */
export function normalized(input: StorageInput): StorageEvent {
  const { id, time = new Date(), ...rest } = input;
  return createStorageEvent(
    { ...rest, time, raw: input },
    { id, source: `test/${input.bucket}`, type: 'test.storage' },
  );
}
