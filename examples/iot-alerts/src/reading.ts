import { z } from 'zod';

const ABSOLUTE_ZERO = -273.15;
const text = (error: string) => z.string({ error }).regex(/\S/, { error });
const timestamp = 'expected an ISO 8601 timestamp';

/**
 * The zod 4 schema of one temperature reading as the sensors publish it; zod implements Standard Schema
 * v1 (https://standardschema.dev), so `topic({ schema: ReadingSchema })` validates each message and types
 * `msg.data` as `Reading` (with `takenAt` already a `Date`). A reading that fails it fails its message
 * with core's `ValidationError`, so a broken sensor's output is retried and dead-lettered where you can
 * see it, never silently ignored. Unknown fields are dropped.
 *
 * @example
 * topic({ schema: ReadingSchema }, async (msg) => check(msg.data))
 */
export const ReadingSchema = z.object(
  {
    sensorId: text('expected a sensor id'),
    /** What the sensor watches (`freezer`, `fridge`, `server-room`…): picks the allowed range. */
    kind: text('expected a sensor kind'),
    celsius: z
      .number({ error: 'expected a finite temperature at or above absolute zero' })
      .min(ABSOLUTE_ZERO, { error: 'expected a finite temperature at or above absolute zero' }),
    takenAt: z.iso
      .datetime({ offset: true, error: timestamp })
      .transform((iso) => new Date(iso))
      .refine((date) => !Number.isNaN(date.getTime()), { error: timestamp }),
  },
  { error: 'expected a reading object' },
);

/** One temperature reading (the output of `ReadingSchema`). */
export type Reading = z.output<typeof ReadingSchema>;
