import { describe, expect, it } from 'vitest';
import { buildReport } from '../src/report.js';
import { memoryReportStore } from '../src/report-store.js';
import { reportWindow } from '../src/report-window.js';
import { aSale } from './helpers.js';

describe('memoryReportStore', () => {
  it('keeps one report per day: a rebuilt day replaces the first one', async () => {
    const reports = memoryReportStore();
    const window = reportWindow(new Date('2024-05-10T03:00:00Z'));
    await reports.put(buildReport(window, []));
    await reports.put(buildReport(window, [aSale('o-1', '2024-05-09T10:00:00Z')]));
    expect(reports.days).toEqual(['2024-05-09']);
    expect(reports.get('2024-05-09')?.orders).toBe(1);
    expect(reports.get('2024-05-10')).toBeUndefined();
  });
});
