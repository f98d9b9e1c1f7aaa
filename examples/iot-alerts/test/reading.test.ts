import { ValidationError } from '@faasport/core';
import { validate } from '@faasport/core/adapter';
import { describe, expect, it } from 'vitest';
import { ReadingSchema } from '../src/reading.js';
import { aReading } from './helpers.js';

const check = (value: unknown) => validate(ReadingSchema, value, 'reading');

describe('ReadingSchema', () => {
  it('is a zod 4 schema, used through Standard Schema v1', () => {
    expect(ReadingSchema['~standard']).toMatchObject({ version: 1, vendor: 'zod' });
  });

  it('accepts a UTC offset and turns takenAt into that instant', async () => {
    const reading = await check(aReading({ takenAt: '2024-05-01T13:59:30+02:00' }));
    expect(reading.takenAt).toEqual(new Date('2024-05-01T11:59:30Z'));
  });

  it('accepts a reading and turns takenAt into a Date', async () => {
    expect(await check({ ...aReading(), firmware: '1.2' })).toEqual({
      sensorId: 'fridge-1',
      kind: 'fridge',
      celsius: 4,
      takenAt: new Date('2024-05-01T11:59:30Z'),
    });
  });

  it.each([
    ['a missing sensor id', aReading({ sensorId: undefined }), 'sensorId'],
    ['an empty kind', aReading({ kind: ' ' }), 'kind'],
    ['a temperature given as text', aReading({ celsius: '4' }), 'celsius'],
    ['a temperature below absolute zero', aReading({ celsius: -300 }), 'celsius'],
    ['a timestamp that is not a date', aReading({ takenAt: 'yesterday' }), 'takenAt'],
    ['a timestamp without a time zone', aReading({ takenAt: '2024-05-01T11:59:30' }), 'takenAt'],
    ['a timestamp given as a number', aReading({ takenAt: 1714564770000 }), 'takenAt'],
  ])('rejects %s, naming the field', async (_what, value, path) => {
    const error = await check(value).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain(`${path}:`);
  });

  it('rejects what is not an object', async () => {
    for (const value of [null, 21.5, 'fridge-1 4C', [aReading()]]) {
      await expect(check(value)).rejects.toThrow(/expected a reading object/);
    }
  });
});
