import { describe, expect, it } from 'vitest';
import { buildReport } from '../src/report.js';
import { reportWindow } from '../src/report-window.js';
import { aSale } from './helpers.js';

const window = reportWindow(new Date('2024-05-10T03:00:00Z'));

describe('buildReport', () => {
  it('counts orders (not lines), units and revenue, and ranks SKUs by revenue', () => {
    const report = buildReport(window, [
      aSale('o-1', '2024-05-09T08:00:00Z', 'MUG-01', 2500, 2),
      aSale('o-1', '2024-05-09T08:00:00Z', 'TEA-07', 499, 1),
      aSale('o-2', '2024-05-09T12:00:00Z', 'POT-03', 4000, 1),
      aSale('o-3', '2024-05-09T18:00:00Z', 'TEA-07', 998, 2),
      aSale('o-4', '2024-05-09T19:00:00Z', 'CUP-02', 998, 2),
    ]);
    expect(report).toEqual({
      ...window,
      orders: 4,
      units: 8,
      revenueCents: 8995,
      averageOrderCents: 2249,
      topSkus: [
        { sku: 'POT-03', units: 1, revenueCents: 4000 },
        { sku: 'MUG-01', units: 2, revenueCents: 2500 },
        { sku: 'TEA-07', units: 3, revenueCents: 1497 },
      ],
    });
  });

  it('ignores sales outside the window', () => {
    const report = buildReport(window, [aSale('late', '2024-05-10T00:00:00Z'), aSale('early', '2024-05-08T23:59:59Z')]);
    expect(report.orders).toBe(0);
  });

  it('reports a day without sales as zeros', () => {
    expect(buildReport(window, [])).toMatchObject({
      orders: 0,
      units: 0,
      revenueCents: 0,
      averageOrderCents: 0,
      topSkus: [],
    });
  });
});
