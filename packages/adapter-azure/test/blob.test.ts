import { MalformedInputError, type StorageEvent, storage } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { fromBlobTrigger } from '../src/blob.js';
import { toBlobTrigger } from '../src/testing/schedule-storage-triggers.js';
import { runTrigger } from './helpers.js';

const time = new Date('2026-04-05T06:07:08.000Z');

describe('fromBlobTrigger', () => {
  it('container/name → bucket/key (slashes kept in the key), size, unquoted etag, contentType, time', () => {
    const { trigger, context } = toBlobTrigger(
      {
        id: 'b1',
        kind: 'created',
        bucket: 'uploads',
        key: 'dir/a b.png',
        etag: '"0x8D"',
        contentType: 'image/png',
        time,
      },
      new Uint8Array([1, 2, 3]),
    );
    const ev = fromBlobTrigger(trigger, context);
    expect(ev).toMatchObject({
      kind: 'created',
      bucket: 'uploads',
      key: 'dir/a b.png',
      size: 3,
      etag: '0x8D',
      contentType: 'image/png',
    });
    expect(ev.time).toEqual(time);
    expect([...(ev.raw.trigger as Uint8Array)]).toEqual([1, 2, 3]);
    expect(ev.toCloudEvent()).toMatchObject({ type: 'Microsoft.Storage.BlobCreated', subject: 'dir/a b.png' });
  });

  it('kind is updated when lastModified is after created', () => {
    const { trigger, context } = toBlobTrigger({ id: 'b2', kind: 'updated', bucket: 'c', key: 'k', time });
    expect(fromBlobTrigger(trigger, context).kind).toBe('updated');
  });

  it('a blobTrigger path without container/name is malformed', () => {
    const { trigger, context } = toBlobTrigger({ id: 'b3', kind: 'created', bucket: 'c', key: 'k' });
    (context.triggerMetadata as Record<string, unknown>).blobTrigger = 'blob_trigger_name';
    expect(() => fromBlobTrigger(trigger, context)).toThrow(MalformedInputError);
    expect(() => fromBlobTrigger(trigger, context)).toThrow(/"blob_trigger_name" is not 'container\/name'/);
  });

  it('the builder refuses a deleted blob: the blob trigger never fires for deletes', () => {
    expect(() => toBlobTrigger({ id: 'b4', kind: 'deleted', bucket: 'c', key: 'k' })).toThrow(
      /never fires for deleted/,
    );
  });

  it('through toAzureHandler: the handler gets the event; a failure rejects', async () => {
    const seen: StorageEvent[] = [];
    const def = storage((ev) => {
      seen.push(ev);
      if (ev.key === 'bad') throw new Error('x');
    });
    expect(
      (await runTrigger(def, toBlobTrigger({ id: '1', kind: 'created', bucket: 'c', key: 'ok' }), seen)).error,
    ).toBeUndefined();
    expect(
      (await runTrigger(def, toBlobTrigger({ id: '2', kind: 'created', bucket: 'c', key: 'bad' }), seen)).error,
    ).toBeInstanceOf(Error);
    expect(seen.map((e) => e.key)).toEqual(['ok', 'bad']);
  });
});
