import { describe, expect, it } from 'vitest';
import { createNightlyReport, NIGHTLY, nightlyReport } from '../src/nightly.js';
import { memoryReportStore } from '../src/report-store.js';
import { memorySalesSource } from '../src/sales.js';
import { aSale, aTick, recordingContext } from './helpers.js';

const sales = memorySalesSource([
  aSale('o-1', '2024-05-09T08:00:00Z'),
  aSale('o-2', '2024-05-09T21:30:00Z'),
  aSale('o-3', '2024-05-10T01:00:00Z'),
]);

describe('createNightlyReport', () => {
  it('is a schedule at 03:00 UTC every day', () => {
    expect(NIGHTLY).toBe('0 3 * * *');
    expect(nightlyReport.kind).toBe('schedule');
    expect(nightlyReport.schedule).toMatchObject({ kind: 'cron', expression: '0 3 * * *' });
  });

  it('reports the day before the scheduled time, even when the tick runs days late', async () => {
    const reports = memoryReportStore();
    const { ctx, lines } = recordingContext();
    await createNightlyReport({ sales, reports }).handler(aTick(new Date('2024-05-10T03:00:00Z'), true), ctx);
    expect(reports.days).toEqual(['2024-05-09']);
    expect(reports.get('2024-05-09')).toMatchObject({ orders: 2, revenueCents: 2500 });
    expect(lines).toMatchObject([
      {
        level: 'info',
        message: 'daily report built',
        day: '2024-05-09',
        orders: 2,
        scheduledTime: '2024-05-10T03:00:00.000Z',
        isPastDue: true,
      },
    ]);
  });

  it('fails the run when the report cannot be stored', async () => {
    const def = createNightlyReport({
      sales,
      reports: { put: () => Promise.reject(new Error('bucket unavailable')), get: () => undefined, days: [] },
    });
    await expect(def.handler(aTick(new Date('2024-05-10T03:00:00Z')), recordingContext().ctx)).rejects.toThrow(
      'bucket unavailable',
    );
  });
});
