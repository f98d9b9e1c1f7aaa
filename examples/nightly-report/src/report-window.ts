const DAY_MS = 86_400_000;

/** The UTC day a report covers: `[from, to)`. */
export interface ReportWindow {
  /** `YYYY-MM-DD`. */
  readonly day: string;
  readonly from: Date;
  readonly to: Date;
}

/**
 * The UTC day before the day of `scheduledTime`. It is computed from the time the tick was
 * *scheduled* for, not from the clock: a tick delivered late (a retry, Azure's `isPastDue`, a
 * backlog) still reports on the right day, and a retried tick rebuilds the same report.
 *
 * @example
 * reportWindow(new Date('2024-03-01T03:00:00Z')).day // '2024-02-29'
 */
export function reportWindow(scheduledTime: Date): ReportWindow {
  const time = scheduledTime.getTime();
  if (Number.isNaN(time)) throw new RangeError('reportWindow: scheduledTime is not a valid date');
  const to = time - (time % DAY_MS);
  const from = to - DAY_MS;
  return { day: new Date(from).toISOString().slice(0, 10), from: new Date(from), to: new Date(to) };
}
