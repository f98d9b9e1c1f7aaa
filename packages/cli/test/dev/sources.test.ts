import { queue, stream, topic } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { defaultSource } from '../../src/dev/sources.js';

const message = { kind: 'message', messages: [{ id: '1', body: '' }] } as const;
const data = { kind: 'stream', records: [{ id: '1', partitionKey: 'p', data: 'x' }] } as const;
const change = { kind: 'stream', records: [{ id: '1', partitionKey: 'p', change: 'insert' }] } as const;

describe('defaultSource', () => {
  it('picks each cloud usual source per kind', () => {
    expect(
      ['aws', 'gcp', 'azure'].map((p) =>
        defaultSource(
          p as 'aws',
          queue(() => {}),
          message,
        ),
      ),
    ).toEqual(['sqs', 'pubsub', 'storage-queue']);
    expect(
      defaultSource(
        'azure',
        topic(() => {}),
        message,
      ),
    ).toBe('service-bus-topic');
  });

  it('streams: a change feed for change records, a data stream otherwise; GCP has no data stream', () => {
    expect(
      defaultSource(
        'aws',
        stream(() => {}),
        change,
      ),
    ).toBe('dynamodb');
    expect(
      defaultSource(
        'azure',
        stream(() => {}),
        data,
      ),
    ).toBe('event-hubs');
    expect(
      defaultSource(
        'gcp',
        stream(() => {}),
        change,
      ),
    ).toBe('firestore');
    expect(() =>
      defaultSource(
        'gcp',
        stream(() => {}),
        data,
      ),
    ).toThrow(/gcp has no data stream/);
  });
});
