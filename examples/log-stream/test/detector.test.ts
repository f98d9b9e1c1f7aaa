import { describe, expect, it } from 'vitest';
import { AnomalyDetector } from '../src/detector.js';
import type { Level, LogEntry } from '../src/log-entry.js';

const at = (second: number) => new Date(Date.UTC(2024, 4, 1, 12, 0, second));
const entry = (second: number, level: Level, service = 'checkout', latencyMs?: number): LogEntry => ({
  time: at(second),
  level,
  service,
  message: 'm',
  ...(latencyMs === undefined ? {} : { latencyMs }),
});

describe('AnomalyDetector: error bursts', () => {
  it('reports a burst when a service logs N errors within the window, once per burst', () => {
    const detector = new AnomalyDetector({ burstErrors: 3, burstWindowMs: 10_000 });
    const found = [0, 2, 4, 5, 6, 7].map((s) => detector.observe(entry(s, 'error')));
    expect(found.map((f) => f.length)).toEqual([0, 0, 1, 0, 0, 1]);
    expect(found[2]).toEqual([{ kind: 'error-burst', service: 'checkout', errors: 3, from: at(0), to: at(4) }]);
  });

  it('forgets errors older than the window', () => {
    const detector = new AnomalyDetector({ burstErrors: 3, burstWindowMs: 10_000 });
    expect([0, 5, 10, 15].flatMap((s) => detector.observe(entry(s, 'error')))).toEqual([]);
  });

  it('counts each service on its own and ignores other levels', () => {
    const detector = new AnomalyDetector({ burstErrors: 2 });
    expect(detector.observe(entry(0, 'error', 'api'))).toEqual([]);
    expect(detector.observe(entry(1, 'error', 'checkout'))).toEqual([]);
    expect(detector.observe(entry(2, 'warn', 'api'))).toEqual([]);
    expect(detector.observe(entry(3, 'error', 'api'))).toMatchObject([{ kind: 'error-burst', service: 'api' }]);
  });
});

describe('AnomalyDetector: latency outliers', () => {
  const warmed = () => {
    const detector = new AnomalyDetector({ minSamples: 5, outlierFactor: 4, outlierFloorMs: 100 });
    for (let s = 0; s < 5; s++) detector.observe(entry(s, 'info', 'api', 100));
    return detector;
  };

  it('reports a latency above factor × baseline once the baseline has enough samples', () => {
    expect(warmed().observe(entry(9, 'info', 'api', 450))).toEqual([
      { kind: 'latency-outlier', service: 'api', latencyMs: 450, baselineMs: 100, at: at(9) },
    ]);
  });

  it('stays quiet under the factor, below the floor and before the baseline exists', () => {
    expect(warmed().observe(entry(9, 'info', 'api', 390))).toEqual([]);
    const fresh = new AnomalyDetector({ minSamples: 5, outlierFloorMs: 100 });
    expect(fresh.observe(entry(0, 'info', 'api', 5000))).toEqual([]);
    const fast = new AnomalyDetector({ minSamples: 1, outlierFloorMs: 500 });
    fast.observe(entry(0, 'info', 'api', 10));
    expect(fast.observe(entry(1, 'info', 'api', 400))).toEqual([]);
  });

  it('keeps outliers out of the baseline, so a slow spell keeps being reported', () => {
    const detector = warmed();
    const found = [10, 11, 12].flatMap((s) => detector.observe(entry(s, 'info', 'api', 2000)));
    expect(found.map((a) => a.kind === 'latency-outlier' && a.baselineMs)).toEqual([100, 100, 100]);
  });
});
