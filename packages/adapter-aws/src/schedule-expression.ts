import { DefinitionError, type ScheduleSpec } from '@faasport/core';

type CronSpec = Extract<ScheduleSpec, { kind: 'cron' }>;

// Lowest and highest value of each unix cron field, in the order minute, hour, dom, month, dow.
const MINUTE = [0, 59] as const;
const HOUR = [0, 23] as const;
const DAY_OF_MONTH = [1, 31] as const;
const MONTH = [1, 12] as const;
const DAY_OF_WEEK = [0, 7] as const;

/**
 * Translates a `schedule()` expression into an EventBridge schedule expression (UTC), the
 * `Schedule` of a SAM `Schedule` event or an EventBridge rule.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html
 *
 * | schedule | EventBridge |
 * |---|---|
 * | `rate(1 minute)` / `rate(N minutes)` | `rate(1 minute)` / `rate(N minutes)` (singular unit for 1) |
 * | `m h * * *` | `cron(m h * * ? *)` |
 * | `m h dom * *` | `cron(m h dom * ? *)` |
 * | `m h * * dow` | `cron(m h ? * dow' *)`, days renumbered 1-7 from Sunday |
 * | `*\/N` | `<first>/N` |
 *
 * A cron restricting both day-of-month and day-of-week (cron runs when either matches; EventBridge
 * accepts only one of them) is a `DefinitionError` naming the expression.
 *
 * @example
 * toEventBridgeSchedule(parseSchedule('0 3 * * 1-5')) // 'cron(0 3 ? * 2-6 *)'
 */
export function toEventBridgeSchedule(spec: ScheduleSpec): string {
  if (spec.kind === 'rate') return `rate(${spec.value} ${spec.unit}${spec.value === 1 ? '' : 's'})`;
  return fromCron(spec);
}

function fromCron(spec: CronSpec): string {
  const domStar = spec.dayOfMonth === '*';
  const dowStar = spec.dayOfWeek === '*' || spec.dayOfWeek === '*/1';
  if (!domStar && !dowStar) {
    throw new DefinitionError(
      `schedule '${spec.expression}': cron runs when day-of-month OR day-of-week matches, EventBridge accepts only one of them ('?' in the other); restrict one of them`,
    );
  }
  const minute = field(spec.minute, MINUTE);
  const hour = field(spec.hour, HOUR);
  const month = field(spec.month, MONTH);
  if (dowStar) return `cron(${minute} ${hour} ${field(spec.dayOfMonth, DAY_OF_MONTH)} ${month} ? *)`;
  return `cron(${minute} ${hour} ? ${month} ${daysOfWeek(spec.dayOfWeek)} *)`;
}

// `*` and `*/N` keep their meaning with an explicit start; any other field is expanded to the
// values it matches, which avoids relying on how EventBridge combines ranges with steps.
function field(raw: string, [min, max]: readonly [number, number]): string {
  if (raw === '*' || raw === '*/1') return '*';
  const step = /^\*\/(\d+)$/.exec(raw);
  if (step) return `${min}/${step[1]}`;
  return compress(expand(raw, min, max));
}

// EventBridge numbers days 1-7 from Sunday (SUN = 1); unix cron 0-7 with Sunday as 0 and 7.
function daysOfWeek(raw: string): string {
  const days = new Set(expand(raw, DAY_OF_WEEK[0], DAY_OF_WEEK[1]).map((d) => (d % 7) + 1));
  return compress([...days].sort((a, b) => a - b));
}

// The values a unix cron field (`*`, `a`, `a-b`, any of them `/step`, comma lists) matches.
function expand(raw: string, min: number, max: number): number[] {
  const values = new Set<number>();
  for (const part of raw.split(',')) {
    const [range = '*', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    const [from, to] = bounds(range, min, max, stepText !== undefined);
    for (let v = from; v <= to; v += Math.max(step, 1)) values.add(v);
  }
  return [...values].sort((a, b) => a - b);
}

function bounds(range: string, min: number, max: number, stepped: boolean): [number, number] {
  if (range === '*') return [min, max];
  const [a, b] = range.split('-').map(Number) as [number, number | undefined];
  // `a/step` runs from a to the field's end, as in Vixie cron.
  return [a, b ?? (stepped ? max : a)];
}

function compress(values: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < values.length; ) {
    let j = i;
    while (j + 1 < values.length && (values[j + 1] as number) === (values[j] as number) + 1) j++;
    parts.push(j - i >= 2 ? `${values[i]}-${values[j]}` : values.slice(i, j + 1).join(','));
    i = j + 1;
  }
  return parts.join(',');
}
