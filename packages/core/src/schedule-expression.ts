import { DefinitionError } from './errors.js';

/** A parsed `schedule()` expression, provider-neutral; adapters translate it at build time. */
export type ScheduleSpec =
  | {
      readonly kind: 'rate';
      readonly value: number;
      readonly unit: 'minute' | 'hour' | 'day';
      readonly expression: string;
    }
  | {
      readonly kind: 'cron';
      readonly minute: string;
      readonly hour: string;
      readonly dayOfMonth: string;
      readonly month: string;
      readonly dayOfWeek: string;
      readonly expression: string;
    };

const RATE = /^rate\(\s*(\d+)\s+(minute|minutes|hour|hours|day|days)\s*\)$/i;
const FIELD = /^(?:\*|\d+(?:-\d+)?)(?:\/\d+)?(?:,(?:\*|\d+(?:-\d+)?)(?:\/\d+)?)*$/;
const NAMES: Record<string, string> = {
  jan: '1',
  feb: '2',
  mar: '3',
  apr: '4',
  may: '5',
  jun: '6',
  jul: '7',
  aug: '8',
  sep: '9',
  oct: '10',
  nov: '11',
  dec: '12',
  sun: '0',
  mon: '1',
  tue: '2',
  wed: '3',
  thu: '4',
  fri: '5',
  sat: '6',
};
const BOUNDS: readonly [string, number, number][] = [
  ['minute', 0, 59],
  ['hour', 0, 23],
  ['day of month', 1, 31],
  ['month', 1, 12],
  ['day of week', 0, 7],
];

function checkField(raw: string, index: number, expression: string): string {
  const field = raw.toLowerCase().replace(/[a-z]{3}/g, (n) => NAMES[n] ?? n);
  const [name, min, max] = BOUNDS[index] as [string, number, number];
  if (!FIELD.test(field)) throw new DefinitionError(`schedule '${expression}': bad ${name} field '${raw}'`);
  for (const n of field.match(/\d+/g) ?? []) {
    const step = field.includes(`/${n}`);
    if (!step && (Number(n) < min || Number(n) > max)) {
      throw new DefinitionError(`schedule '${expression}': ${name} ${n} is outside ${min}-${max}`);
    }
  }
  return field;
}

/**
 * Parses `rate(N minutes|hours|days)` or a 5-field unix cron (`m h dom mon dow`, UTC).
 * Throws `DefinitionError` naming the bad part.
 *
 * @example
 * parseSchedule('rate(5 minutes)') // { kind: 'rate', value: 5, unit: 'minute', … }
 */
export function parseSchedule(expression: string): ScheduleSpec {
  const text = expression.trim();
  const rate = RATE.exec(text);
  if (rate) {
    const value = Number(rate[1]);
    if (value < 1) throw new DefinitionError(`schedule '${expression}': rate must be at least 1`);
    const unit = (rate[2] as string).toLowerCase().replace(/s$/, '') as 'minute' | 'hour' | 'day';
    return { kind: 'rate', value, unit, expression: text };
  }
  const fields = text.split(/\s+/);
  if (fields.length !== 5) {
    throw new DefinitionError(
      `schedule '${expression}': expected 'rate(N minutes|hours|days)' or a 5-field cron 'minute hour day-of-month month day-of-week'`,
    );
  }
  const [minute, hour, dayOfMonth, month, dayOfWeek] = fields.map((f, i) => checkField(f, i, expression)) as [
    string,
    string,
    string,
    string,
    string,
  ];
  return { kind: 'cron', minute, hour, dayOfMonth, month, dayOfWeek, expression: text };
}
