import { type ScheduleDefinition, schedule } from '@faasport/core';
import { buildReport } from './report.js';
import { memoryReportStore, type ReportStore } from './report-store.js';
import { reportWindow } from './report-window.js';
import { memorySalesSource, type SalesSource } from './sales.js';

/** Every day at 03:00 UTC. */
export const NIGHTLY = '0 3 * * *';

/** What `createNightlyReport` needs. */
export interface NightlyReportOptions {
  /** Default: no sales (replace it with your warehouse). */
  readonly sales?: SalesSource;
  /** Default: in memory (replace it with a bucket or a table). */
  readonly reports?: ReportStore;
}

/**
 * The nightly job: at 03:00 UTC, builds the report of the previous UTC day — the day before
 * `ev.scheduledTime`, never the clock's — and stores it under that day. A failure fails the run, so
 * the platform's retry (where configured) runs it again and rebuilds the same day.
 *
 * @example
 * export const handler = toLambda(createNightlyReport({ sales: warehouse, reports: bucketStore }))
 */
export function createNightlyReport(options: NightlyReportOptions = {}): ScheduleDefinition {
  const sales = options.sales ?? memorySalesSource([]);
  const reports = options.reports ?? memoryReportStore();
  return schedule(
    NIGHTLY,
    async (ev, ctx) => {
      const window = reportWindow(ev.scheduledTime);
      const report = buildReport(window, await sales.between(window.from, window.to));
      await reports.put(report);
      ctx.log.info('daily report built', {
        day: report.day,
        orders: report.orders,
        revenueCents: report.revenueCents,
        scheduledTime: ev.scheduledTime.toISOString(),
        isPastDue: ev.isPastDue === true,
      });
    },
    { timeoutSeconds: 300 },
  );
}

/** The deployed function (entry files `aws.ts`, `gcp.ts`, `azure.ts`). */
export const nightlyReport = createNightlyReport();
