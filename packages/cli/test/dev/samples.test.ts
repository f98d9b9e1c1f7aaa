import { describe, expect, it } from 'vitest';
import { SAMPLE_KINDS, sampleEvent } from '../../src/dev/samples.js';

describe('samples', () => {
  it('has every kind the CLI promises, each with a provider source or provider-neutral', () => {
    const promised = [
      'sqs',
      'sns',
      's3',
      'schedule',
      'kinesis',
      'dynamodb',
      'pubsub',
      'gcs',
      'storage-queue',
      'service-bus',
      'event-grid',
      'timer',
      'event-hubs',
      'cosmos-db',
      'http',
    ];
    expect([...SAMPLE_KINDS].sort()).toEqual([...promised].sort());
    expect(sampleEvent('kinesis')).toMatchObject({ provider: 'aws', source: 'kinesis', input: { kind: 'stream' } });
    expect(sampleEvent('cosmos-db')?.input).toMatchObject({ kind: 'stream', records: [{ change: 'insert' }] });
    expect(sampleEvent('schedule')).toMatchObject({ provider: undefined, input: { kind: 'schedule' } });
  });

  it('knows no other names (not even inherited ones)', () => {
    expect(sampleEvent('toString')).toBeUndefined();
    expect(sampleEvent('kafka')).toBeUndefined();
  });
});
