import { describe, expect, it } from 'vitest';
import { MalformedInputError } from '../src/errors.js';
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

describe('StreamRecord text() and json()', () => {
  const base = { id: 'r1', sequence: '1', partitionKey: 'pk', time: new Date(0), source: 's', raw: {} };

  it('decode the data bytes as UTF-8 and JSON', () => {
    const rec = createStreamRecord({ ...base, data: new TextEncoder().encode('{"é":1}') }, 'aws:kinesis:record');
    expect(rec.text()).toBe('{"é":1}');
    expect(rec.json()).toEqual({ é: 1 });
  });

  it('name the record when the data is not JSON, and give "" for a change-feed record', () => {
    const bad = createStreamRecord({ ...base, data: new TextEncoder().encode('nope') }, 'x');
    expect(() => bad.json()).toThrow(MalformedInputError);
    expect(() => bad.json()).toThrow(/stream record r1: data is not valid JSON/);
    expect(createStreamRecord({ ...base, change: 'insert', newImage: { a: 1 } }, 'x').text()).toBe('');
  });
});
