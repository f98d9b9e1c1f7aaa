import type { EventTransport } from '@faasport/core/adapter';
import { afterAll, describe, expect, it } from 'vitest';
import { createNightlyReport } from '../src/nightly.js';
import { memoryReportStore } from '../src/report-store.js';
import { memorySalesSource } from '../src/sales.js';
import { allTransports, aSale } from './helpers.js';

// The 03:00 tick of 1 March 2024 reports on the leap day. It lies years before the clock, so a
// function reading `new Date()` instead of `ev.scheduledTime` would report on the wrong day.
const TICK = new Date('2024-03-01T03:00:00Z');
const sales = memorySalesSource([
  aSale('feb-28', '2024-02-28T23:59:59.999Z', 'MUG-01', 1000),
  aSale('leap-1', '2024-02-29T00:00:00.000Z', 'MUG-01', 1250),
  aSale('leap-2', '2024-02-29T13:15:00.000Z', 'POT-03', 4000),
  aSale('leap-3', '2024-02-29T23:59:59.999Z', 'TEA-07', 499),
  aSale('mar-1', '2024-03-01T00:30:00.000Z', 'TEA-07', 499),
]);

const { aws, gcp, azure } = allTransports();
afterAll(() => Promise.all([aws.close(), gcp.close(), azure.close()]));

const sources: [EventTransport, string][] = [
  [aws, 'eventbridge-schedule'],
  [gcp, 'scheduler-pubsub'],
  [gcp, 'scheduler-http'],
  [azure, 'timer'],
];

describe('nightly-report on every cloud', () => {
  it.each(sources.map(([t, source]) => [`${t.name} ${source}`, t, source] as const))(
    '%s: the tick builds the report of the day before its scheduled time',
    async (_name, transport, source) => {
      const reports = memoryReportStore();
      const report = await transport.deliver(
        createNightlyReport({ sales, reports }),
        { kind: 'schedule', time: TICK },
        source,
      );
      expect(report.acknowledged).toEqual([TICK.toISOString()]);
      expect(reports.days).toEqual(['2024-02-29']);
      expect(reports.get('2024-02-29')).toEqual({
        day: '2024-02-29',
        from: new Date('2024-02-29T00:00:00Z'),
        to: new Date('2024-03-01T00:00:00Z'),
        orders: 3,
        units: 3,
        revenueCents: 5749,
        averageOrderCents: 1916,
        topSkus: [
          { sku: 'POT-03', units: 1, revenueCents: 4000 },
          { sku: 'MUG-01', units: 1, revenueCents: 1250 },
          { sku: 'TEA-07', units: 1, revenueCents: 499 },
        ],
      });
    },
  );

  it.each(sources.map(([t, source]) => [`${t.name} ${source}`, t, source] as const))(
    '%s: a run that cannot store its report fails, so the platform may run it again',
    async (_name, transport, source) => {
      const def = createNightlyReport({
        sales,
        reports: { put: () => Promise.reject(new Error('bucket unavailable')), get: () => undefined, days: [] },
      });
      const report = await transport.deliver(def, { kind: 'schedule', time: TICK }, source);
      expect(report.redelivered).toEqual([TICK.toISOString()]);
    },
  );

  it('a retried tick rebuilds the same day instead of adding a second report', async () => {
    const reports = memoryReportStore();
    const def = createNightlyReport({ sales, reports });
    for (const [transport, source] of sources) await transport.deliver(def, { kind: 'schedule', time: TICK }, source);
    expect(reports.days).toEqual(['2024-02-29']);
  });
});
