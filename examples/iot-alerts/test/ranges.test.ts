import { describe, expect, it } from 'vitest';
import { UnknownSensorKindError } from '../src/errors.js';
import { checkReading, DEFAULT_RANGES } from '../src/ranges.js';

const takenAt = new Date('2024-05-01T12:00:00Z');
const reading = (kind: string, celsius: number) => ({ sensorId: `${kind}-1`, kind, celsius, takenAt });

describe('checkReading', () => {
  it('says nothing inside the range, bounds included', () => {
    for (const celsius of [0, 4, 8]) expect(checkReading(reading('fridge', celsius), DEFAULT_RANGES)).toBeUndefined();
  });

  it('alerts above the range with how far above', () => {
    expect(checkReading(reading('fridge', 11.25), DEFAULT_RANGES)).toEqual({
      sensorId: 'fridge-1',
      kind: 'fridge',
      celsius: 11.25,
      range: { min: 0, max: 8 },
      breach: 'above',
      by: 3.25,
      takenAt,
    });
  });

  it('alerts below the range', () => {
    expect(checkReading(reading('server-room', 12.9), DEFAULT_RANGES)).toMatchObject({ breach: 'below', by: 2.1 });
  });

  it('throws UnknownSensorKindError for a kind with no range, even one named like an Object member', () => {
    for (const kind of ['sauna', 'constructor', 'toString']) {
      expect(() => checkReading(reading(kind, 20), DEFAULT_RANGES)).toThrow(UnknownSensorKindError);
    }
  });

  it('uses the ranges it is given', () => {
    expect(checkReading(reading('sauna', 120), { sauna: { min: 60, max: 100 } })?.by).toBe(20);
  });
});
