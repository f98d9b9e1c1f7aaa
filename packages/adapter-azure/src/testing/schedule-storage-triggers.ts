import { UnsupportedEventError } from '@faasport/core';
import type { StorageInput } from '@faasport/core/adapter';
import { type AzureTriggerCall, type HostDelivery, toHostMetadata, toTriggerCall } from './host-data.js';

/** Options of a timer tick. */
export interface TimerTickOptions {
  /** The NCRONTAB of the binding; default every five minutes. */
  readonly schedule?: string;
  readonly isPastDue?: boolean;
  /** The previous occurrence; default five minutes before `time`. */
  readonly last?: Date;
}

/**
 * The host's delivery of a timer tick due at `time`: PascalCase `{ Schedule, ScheduleStatus: { Last,
 * Next, LastUpdated }, IsPastDue }` (the status recorded before this run, whose `Next` is `time`).
 *
 * @example
 * timerDelivery(new Date('2026-01-01T03:00:00Z'), { schedule: '0 0 3 * * *' })
 */
export function timerDelivery(time: Date, options: TimerTickOptions = {}): HostDelivery {
  const last = options.last ?? new Date(time.getTime() - 300_000);
  const status = { Last: last.toISOString(), Next: time.toISOString(), LastUpdated: last.toISOString() };
  const input = { Schedule: { AdjustForDST: true }, ScheduleStatus: status, IsPastDue: options.isPastDue ?? false };
  return {
    binding: { type: 'timerTrigger', schedule: options.schedule ?? '0 */5 * * * *' },
    input: { json: JSON.stringify(input) },
    triggerMetadata: {},
  };
}

/**
 * A timer trigger call: `(myTimer, context)`.
 *
 * @example
 * const { trigger, context } = toTimerTrigger(new Date())
 */
export function toTimerTrigger(time: Date, options?: TimerTickOptions): AzureTriggerCall {
  return toTriggerCall(timerDelivery(time, options));
}

/**
 * The host's delivery of a blob trigger: the blob's bytes, and `BlobTrigger` (`container/name`), `Uri`,
 * `Properties` (`Length`, `ContentType`, `ETag`, `Created`, `LastModified`: an `updated` change keeps
 * the older `Created`), `Metadata`. The blob trigger fires for new and changed blobs only.
 *
 * @example
 * blobDelivery({ id: 'b1', kind: 'created', bucket: 'uploads', key: 'a.png' }, new Uint8Array([1, 2]))
 */
export function blobDelivery(input: StorageInput, content: Uint8Array = new Uint8Array(0)): HostDelivery {
  if (input.kind === 'deleted')
    throw new UnsupportedEventError('azure', 'the blob trigger never fires for deleted blobs');
  const modified = input.time ?? new Date();
  const created = input.kind === 'updated' ? new Date(modified.getTime() - 60_000) : modified;
  const path = `${input.bucket}/${input.key}`;
  return {
    binding: { type: 'blobTrigger', path: `${input.bucket}/{name}`, connection: 'AzureWebJobsStorage' },
    input: { bytes: content },
    triggerMetadata: toHostMetadata({
      BlobTrigger: path,
      Uri: `https://faasport.blob.core.windows.net/${path}`,
      Properties: {
        Length: input.size ?? content.byteLength,
        ContentType: input.contentType ?? 'application/octet-stream',
        ETag: input.etag ?? `"0x${input.id}"`,
        Created: created.toISOString(),
        LastModified: modified.toISOString(),
      },
      Metadata: {},
      name: input.key,
    }),
  };
}

/**
 * A blob trigger call: `(blob, context)`.
 *
 * @example
 * const { trigger, context } = toBlobTrigger({ id: 'b1', kind: 'created', bucket: 'uploads', key: 'a.png' })
 */
export function toBlobTrigger(input: StorageInput, content?: Uint8Array): AzureTriggerCall {
  return toTriggerCall(blobDelivery(input, content));
}
