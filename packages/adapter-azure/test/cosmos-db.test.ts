import { MalformedInputError, type StreamRecord, stream } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { fromCosmosDocument } from '../src/cosmos-db.js';
import type { EventFailedError } from '../src/errors.js';
import { toCosmosDbTrigger } from '../src/testing/stream-triggers.js';
import { runTrigger } from './helpers.js';

const time = new Date('2026-06-07T08:09:10.000Z');

describe('fromCosmosDocument', () => {
  it('latest-version mode: change modify, newImage without system properties, sequence _lsn, time _ts', () => {
    const { trigger, context } = toCosmosDbTrigger([
      { id: 'c1', partitionKey: '', newImage: { id: 'o1', qty: 2, partitionKey: 'eu' }, time },
    ]);
    const rec = fromCosmosDocument((trigger as unknown[])[0], context);
    expect(rec).toMatchObject({
      id: 'o1',
      sequence: '1',
      change: 'modify',
      partitionKey: 'eu',
      source: 'faasport/items',
    });
    expect(rec.keys).toEqual({ id: 'o1', partitionKey: 'eu' });
    expect(rec.newImage).toEqual({ id: 'o1', qty: 2, partitionKey: 'eu' });
    expect(rec.time).toEqual(time);
    expect((rec.raw.trigger as { _etag: string })._etag).toBe('"etag-c1"');
  });

  it('all-versions-and-deletes mode reads operationType, previous and the metadata lsn', () => {
    const { context } = toCosmosDbTrigger([]);
    context.options.trigger.changeFeedMode = 'AllVersionsAndDeletes';
    const item = {
      current: null,
      previous: { id: 'o1', qty: 1 },
      metadata: { operationType: 'delete', lsn: 9, crts: 1_700_000_000 },
    };
    const rec = fromCosmosDocument(item, context);
    expect(rec).toMatchObject({ change: 'remove', sequence: '9', oldImage: { id: 'o1', qty: 1 } });
    expect(rec.newImage).toBeUndefined();
  });

  it('a document without id, _lsn/_etag or _ts is malformed', () => {
    const { context } = toCosmosDbTrigger([]);
    expect(() => fromCosmosDocument({ qty: 1 }, context)).toThrow(/has no id/);
    expect(() => fromCosmosDocument({ id: 'x', _ts: 1 }, context)).toThrow(/no _lsn or _etag/);
    expect(() => fromCosmosDocument({ id: 'x', _lsn: 1 }, context)).toThrow(MalformedInputError);
  });

  it('through toAzureHandler: stops at the first failing document and fails the batch', async () => {
    const seen: StreamRecord[] = [];
    const def = stream((rec) => {
      seen.push(rec);
      if (rec.id === 'b') throw new Error('x');
    });
    const call = toCosmosDbTrigger(['a', 'b', 'c'].map((id) => ({ id, partitionKey: '', newImage: { id } })));
    const out = await runTrigger(def, call, seen);
    expect(seen.map((r) => r.id)).toEqual(['a', 'b']);
    expect((out.error as EventFailedError).failed).toEqual(['b']);
    expect((out.error as EventFailedError).skipped).toEqual(['c']);
  });
});
