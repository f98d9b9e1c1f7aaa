import type { DailyReport } from './report.js';

/** Where reports go (a bucket, a table, an email… in production). `put` replaces the day's report. */
export interface ReportStore {
  put(report: DailyReport): Promise<void>;
  get(day: string): DailyReport | undefined;
  readonly days: readonly string[];
}

/**
 * An in-memory `ReportStore` keyed by day: a retried tick replaces the report instead of adding one.
 *
 * @example
 * const reports = memoryReportStore()
 * await reports.put(report)
 */
export function memoryReportStore(): ReportStore {
  const reports = new Map<string, DailyReport>();
  return {
    async put(report) {
      reports.set(report.day, report);
    },
    get: (day) => reports.get(day),
    get days() {
      return [...reports.keys()];
    },
  };
}
