import type { Schema } from '@faasport/core';

/** One temperature reading, as the sensors publish it. */
export interface Reading {
  readonly sensorId: string;
  /** What the sensor watches (`freezer`, `fridge`, `server-room`…): picks the allowed range. */
  readonly kind: string;
  readonly celsius: number;
  readonly takenAt: Date;
}

interface Issue {
  readonly message: string;
  readonly path: readonly PropertyKey[];
}

const ABSOLUTE_ZERO = -273.15;
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function checkReading(value: unknown): { value: Reading } | { issues: Issue[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { issues: [{ message: 'expected a reading object', path: [] }] };
  }
  const v = value as Record<string, unknown>;
  const issues: Issue[] = [];
  if (!isText(v.sensorId)) issues.push({ message: 'expected a sensor id', path: ['sensorId'] });
  if (!isText(v.kind)) issues.push({ message: 'expected a sensor kind', path: ['kind'] });
  if (typeof v.celsius !== 'number' || !Number.isFinite(v.celsius) || v.celsius < ABSOLUTE_ZERO) {
    issues.push({ message: 'expected a finite temperature at or above absolute zero', path: ['celsius'] });
  }
  const takenAt = typeof v.takenAt === 'string' ? new Date(v.takenAt) : undefined;
  if (!takenAt || Number.isNaN(takenAt.getTime())) {
    issues.push({ message: 'expected an ISO 8601 timestamp', path: ['takenAt'] });
  }
  if (issues.length > 0) return { issues };
  return {
    value: { sensorId: v.sensorId as string, kind: v.kind as string, celsius: v.celsius as number, takenAt: takenAt! },
  };
}

/**
 * A hand-written Standard Schema (https://standardschema.dev) for `Reading`: no zod needed. A
 * reading that fails it fails its message, so a broken sensor's output is retried and dead-lettered
 * where you can see it, never silently ignored.
 *
 * @example
 * topic({ schema: ReadingSchema }, async (msg) => check(msg.data))
 */
export const ReadingSchema: Schema<Reading> = {
  '~standard': { version: 1, vendor: 'faasport-example', validate: checkReading },
};
