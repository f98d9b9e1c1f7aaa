import { describe, expect, it } from 'vitest';
import { createScheduleEvent, createStorageEvent, createStreamRecord } from '../src/events.js';

describe('normalized events', () => {
  it('a storage event keeps raw and converts to a CloudEvent with the key as subject', () => {
    const raw = { provider: 'thing' };
    const ev = createStorageEvent(
      { kind: 'created', bucket: 'b', key: 'a b+c.txt', size: 10, time: new Date('2024-01-01T00:00:00Z'), raw },
      { id: 'e1', source: 'arn:aws:s3:::b', type: 'aws:s3:ObjectCreated:Put' },
    );
    expect(ev.raw).toBe(raw);
    const ce = ev.toCloudEvent();
    expect(ce).toMatchObject({ specversion: '1.0', id: 'e1', subject: 'a b+c.txt', type: 'aws:s3:ObjectCreated:Put' });
    expect(ce.data).toMatchObject({ kind: 'created', bucket: 'b', key: 'a b+c.txt', size: 10 });
    expect(ce.data).not.toHaveProperty('raw');
  });

  it('a schedule event converts with its scheduled time', () => {
    const ev = createScheduleEvent(
      { scheduledTime: new Date('2024-05-05T05:00:00Z'), schedule: 'rate(1 hour)', raw: {} },
      { id: 's', source: 'timer', type: 'azure.timer' },
    );
    expect(ev.toCloudEvent().time).toBe('2024-05-05T05:00:00.000Z');
  });

  it('a stream record with bytes converts to data_base64; a change-feed record to JSON data', () => {
    const bytes = createStreamRecord(
      {
        id: '1',
        sequence: '1',
        partitionKey: 'pk',
        data: Uint8Array.of(0, 255),
        time: new Date(0),
        source: 's',
        raw: {},
      },
      'aws:kinesis:record',
    ).toCloudEvent();
    expect(bytes.data_base64).toBe('AP8=');
    const change = createStreamRecord(
      {
        id: '2',
        sequence: '2',
        partitionKey: 'pk',
        change: 'insert',
        newImage: { n: 1 },
        time: new Date(0),
        source: 's',
        raw: {},
      },
      'aws:dynamodb:record',
    ).toCloudEvent();
    expect(change.data).toMatchObject({ change: 'insert', newImage: { n: 1 } });
  });
});
