import { UnsupportedEventError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { cosmosDbDelivery, toCosmosDbTrigger, toEventHubsTrigger } from '../../src/testing/stream-triggers.js';

describe('stream builders', () => {
  it('toEventHubsTrigger: Buffers and per-event arrays with increasing sequence numbers', () => {
    const { trigger, context } = toEventHubsTrigger(
      [
        { id: 'a', partitionKey: 'k', data: 'x' },
        { id: 'b', partitionKey: '', data: new Uint8Array([1]) },
      ],
      { firstSequence: 7, eventHubName: 'hub' },
    );
    expect((trigger as Buffer[]).map((b) => [...b])).toEqual([[120], [1]]);
    expect(context.triggerMetadata).toMatchObject({ sequenceNumberArray: [7, 8], partitionKeyArray: ['k', null] });
    expect(context.options.trigger).toMatchObject({
      type: 'eventHubTrigger',
      cardinality: 'many',
      eventHubName: 'hub',
    });
  });

  it('toCosmosDbTrigger: documents with their system properties; removes cannot be built', () => {
    const { trigger } = toCosmosDbTrigger([{ id: 'c', partitionKey: '', keys: { id: 'doc' }, newImage: { n: 1 } }]);
    expect((trigger as object[])[0]).toMatchObject({ id: 'doc', n: 1, _lsn: 1, _etag: '"etag-c"' });
    expect(() => cosmosDbDelivery([{ id: 'c', partitionKey: '', change: 'remove' }])).toThrow(UnsupportedEventError);
  });
});
