import type { InvocationContext } from '@azure/functions';
import { MalformedInputError, type StorageEvent } from '@faasport/core';
import { createStorageEvent } from '@faasport/core/adapter';
import { metadataOf, stringOf, toDate, unquote } from './payload.js';
import type { AzureEventRaw } from './types.js';

/** CloudEvents `type` of a blob trigger event (the Event Grid type of the same change). */
export const BLOB_CREATED = 'Microsoft.Storage.BlobCreated';

interface BlobProperties {
  readonly length?: unknown;
  readonly contentLength?: unknown;
  readonly contentType?: unknown;
  readonly eTag?: unknown;
  readonly created?: unknown;
  readonly lastModified?: unknown;
}

/**
 * Turns a blob trigger invocation into a `StorageEvent`: bucket/key from `blobTrigger`
 * (`container/name`; the name may contain `/`), size = `properties.length` (else the bytes
 * delivered), etag unquoted, contentType, time = `lastModified`. kind = `created`, or `updated` when
 * `lastModified` is later than `created` (the trigger fires for both; an overwrite keeps `created`).
 * The blob's bytes stay in `raw.trigger`.
 * https://learn.microsoft.com/azure/azure-functions/functions-bindings-storage-blob-trigger#metadata
 *
 * @example
 * const ev = fromBlobTrigger(blob, context)
 */
export function fromBlobTrigger(trigger: unknown, context: InvocationContext): StorageEvent<AzureEventRaw> {
  const meta = metadataOf(context);
  const path = stringOf(meta.blobTrigger);
  const slash = path?.indexOf('/') ?? -1;
  if (!path || slash <= 0 || slash === path.length - 1) {
    throw new MalformedInputError(
      `blob trigger: triggerMetadata.blobTrigger ${JSON.stringify(meta.blobTrigger)} is not 'container/name'`,
    );
  }
  const props = (
    typeof meta.properties === 'object' && meta.properties !== null ? meta.properties : {}
  ) as BlobProperties;
  const time = toDate(props.lastModified ?? props.created, `blob ${path}: properties.lastModified`);
  const created = typeof props.created === 'string' ? Date.parse(props.created) : Number.NaN;
  const size = sizeOf(props.length ?? props.contentLength, trigger);
  const etag = stringOf(props.eTag);
  const contentType = stringOf(props.contentType);
  return createStorageEvent<AzureEventRaw>(
    {
      kind: created < time.getTime() ? 'updated' : 'created',
      bucket: path.slice(0, slash),
      key: path.slice(slash + 1),
      time,
      ...(size !== undefined && { size }),
      ...(etag !== undefined && { etag: unquote(etag) }),
      ...(contentType !== undefined && { contentType }),
      raw: { trigger, context },
    },
    {
      id: `${path}@${etag ? unquote(etag) : time.toISOString()}`,
      source: stringOf(meta.uri) ?? path,
      type: BLOB_CREATED,
    },
  );
}

function sizeOf(declared: unknown, trigger: unknown): number | undefined {
  const n = typeof declared === 'string' ? Number(declared) : declared;
  if (typeof n === 'number' && Number.isFinite(n)) return n;
  return trigger instanceof Uint8Array ? trigger.byteLength : undefined;
}
