import { UnknownSensorKindError } from './errors.js';
import type { Reading } from './reading.js';

/** An allowed temperature range, inclusive, in °C. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/** Allowed ranges by sensor kind. */
export type Ranges = Readonly<Record<string, Range>>;

/** The ranges the deployed function uses. */
export const DEFAULT_RANGES: Ranges = {
  freezer: { min: -30, max: -15 },
  fridge: { min: 0, max: 8 },
  'server-room': { min: 15, max: 27 },
  greenhouse: { min: 10, max: 35 },
};

/** A reading outside its range. */
export interface Alert {
  readonly sensorId: string;
  readonly kind: string;
  readonly celsius: number;
  readonly range: Range;
  readonly breach: 'above' | 'below';
  /** Degrees outside the range, rounded to 0.01. */
  readonly by: number;
  readonly takenAt: Date;
}

/**
 * Judges a reading against its kind's range: an `Alert` when it is outside, `undefined` when fine.
 * A kind with no range is an `UnknownSensorKindError`.
 *
 * @example
 * checkReading({ sensorId: 's1', kind: 'fridge', celsius: 11, takenAt }, DEFAULT_RANGES) // { breach: 'above', by: 3, … }
 */
export function checkReading(reading: Reading, ranges: Ranges): Alert | undefined {
  const range = Object.hasOwn(ranges, reading.kind) ? ranges[reading.kind] : undefined;
  if (!range) throw new UnknownSensorKindError(reading.kind, reading.sensorId);
  const { celsius } = reading;
  if (celsius >= range.min && celsius <= range.max) return undefined;
  const breach = celsius > range.max ? 'above' : 'below';
  const by = Math.round(Math.abs(celsius - (breach === 'above' ? range.max : range.min)) * 100) / 100;
  return { sensorId: reading.sensorId, kind: reading.kind, celsius, range, breach, by, takenAt: reading.takenAt };
}
