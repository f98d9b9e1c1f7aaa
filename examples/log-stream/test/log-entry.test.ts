import { describe, expect, it } from 'vitest';
import { MalformedLogError } from '../src/errors.js';
import { entriesOf, LogEntrySchema } from '../src/log-entry.js';
import { aLine, bytesRecord, documentRecord, normalized } from './helpers.js';

const T = '2024-05-01T12:00:00.000Z';

describe('entriesOf', () => {
  it('reads newline-delimited JSON from record bytes, skipping blank lines and extra fields', () => {
    const rec = normalized(
      bytesRecord('r-1', [aLine(T, 'info', 'api', { latencyMs: 12, host: 'a' }), '', aLine(T, 'error')]),
    );
    expect(entriesOf(rec)).toEqual([
      { time: new Date(T), level: 'info', service: 'api', message: 'info from api', latencyMs: 12 },
      { time: new Date(T), level: 'error', service: 'checkout', message: 'error from checkout' },
    ]);
  });

  it('reads one entry from a change-feed document', () => {
    expect(entriesOf(normalized(documentRecord('d-1', aLine(T, 'warn', 'api', { id: 'd-1' }))))).toEqual([
      { time: new Date(T), level: 'warn', service: 'api', message: 'warn from api' },
    ]);
  });

  it.each([
    ['a line that is not JSON', bytesRecord('r-2', [aLine(T, 'info'), '{"level":']), 'record r-2: line 2 is not JSON'],
    ['a line that is not an object', bytesRecord('r-3', ['[1,2]']), 'record r-3: line 1 is not a log object'],
    ['an unknown level', bytesRecord('r-4', [aLine(T, 'loud')]), 'record r-4: line 1: level "loud" is not a level'],
    [
      'a bad time',
      bytesRecord('r-5', [aLine('noon', 'info')]),
      'record r-5: line 1: time is not an ISO 8601 timestamp',
    ],
    [
      'a time without a time zone',
      bytesRecord('r-9', [aLine('2024-05-01T12:00:00', 'info')]),
      'record r-9: line 1: time is not an ISO 8601 timestamp',
    ],
    [
      'a latency given as text',
      bytesRecord('r-10', [aLine(T, 'info', 'api', { latencyMs: '12' })]),
      'record r-10: line 1: latencyMs is not a duration',
    ],
    [
      'a negative latency',
      bytesRecord('r-6', [aLine(T, 'info', 'api', { latencyMs: -1 })]),
      'latencyMs is not a duration',
    ],
    [
      'a document without a service',
      documentRecord('d-2', aLine(T, 'info', '')),
      'record d-2: document: service is missing',
    ],
  ])('rejects %s with a MalformedLogError naming it', (_what, input, message) => {
    expect(() => entriesOf(normalized(input))).toThrow(MalformedLogError);
    expect(() => entriesOf(normalized(input))).toThrow(message);
  });

  it('rejects bytes that are not UTF-8', () => {
    const rec = normalized({ id: 'r-7', partitionKey: 'p', data: new Uint8Array([0xff, 0xfe, 0x00]) });
    expect(() => entriesOf(rec)).toThrow('record r-7: data is not UTF-8 text');
  });

  it('rejects a record with neither data nor a document', () => {
    expect(() => entriesOf({ id: 'r-8' })).toThrow('record r-8: has neither data nor a document');
  });

  it('names the first problem and keeps every zod issue as the cause', () => {
    const rec = normalized(bytesRecord('r-11', [JSON.stringify({ time: 'noon', level: 'loud' })]));
    const error = (() => {
      try {
        entriesOf(rec);
      } catch (e) {
        return e as MalformedLogError;
      }
    })();
    expect(error?.message).toBe('record r-11: line 1: time is not an ISO 8601 timestamp');
    const cause = error?.cause as { issues: { path: PropertyKey[] }[] };
    expect(cause.issues.map((i) => i.path.join('.'))).toEqual(['time', 'level', 'service', 'message']);
  });
});

describe('LogEntrySchema', () => {
  it('is a zod 4 schema (Standard Schema v1) whose output has time as a Date', () => {
    expect(LogEntrySchema['~standard']).toMatchObject({ version: 1, vendor: 'zod' });
    expect(LogEntrySchema.parse(aLine('2024-05-01T14:00:00+02:00', 'info')).time).toEqual(new Date(T));
  });
});
