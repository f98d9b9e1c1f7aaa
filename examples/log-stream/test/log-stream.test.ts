import { describe, expect, it } from 'vitest';
import type { Anomaly } from '../src/detector.js';
import { createLogStream, logStream } from '../src/log-stream.js';
import { aLine, bytesRecord, normalized, recordingContext } from './helpers.js';

const t = (s: number) => new Date(Date.UTC(2024, 4, 1, 12, 0, s)).toISOString();
const errors = (id: string, ...seconds: number[]) =>
  bytesRecord(
    id,
    seconds.map((s) => aLine(t(s), 'error')),
  );

describe('createLogStream', () => {
  it('is a stream definition', () => {
    expect(logStream.kind).toBe('stream');
  });

  it('logs each anomaly at warn with its record and hands it to the sink', async () => {
    const found: (Anomaly & { recordId: string })[] = [];
    const def = createLogStream({ detector: { burstErrors: 3 }, sink: (a) => void found.push(a) });
    const { ctx, lines } = recordingContext();
    await def.handler(normalized(errors('r-1', 0, 1)), ctx);
    await def.handler(normalized(errors('r-2', 2)), ctx);
    expect(found).toMatchObject([{ kind: 'error-burst', errors: 3, recordId: 'r-2' }]);
    expect(lines).toMatchObject([
      { level: 'warn', message: 'anomaly: error-burst', service: 'checkout', recordId: 'r-2' },
    ]);
  });

  it('does not count a replayed record twice', async () => {
    const found: Anomaly[] = [];
    const def = createLogStream({ detector: { burstErrors: 3 }, sink: (a) => void found.push(a) });
    const { ctx } = recordingContext();
    const first = normalized(errors('r-1', 0, 1));
    await def.handler(first, ctx);
    await def.handler(first, ctx);
    expect(found).toEqual([]);
    await def.handler(normalized(errors('r-2', 2)), ctx);
    expect(found).toHaveLength(1);
  });

  it('fails a malformed record without counting any of its lines', async () => {
    const found: Anomaly[] = [];
    const def = createLogStream({ detector: { burstErrors: 2 }, sink: (a) => void found.push(a) });
    const { ctx } = recordingContext();
    const bad = normalized(bytesRecord('r-1', [aLine(t(0), 'error'), 'oops']));
    await expect(def.handler(bad, ctx)).rejects.toThrow('record r-1: line 2 is not JSON');
    await def.handler(normalized(errors('r-2', 1)), ctx);
    expect(found).toEqual([]);
  });

  it('fails the record when the sink fails, and scans it again on the retry', async () => {
    let fail = true;
    const def = createLogStream({
      detector: { burstErrors: 1 },
      sink: () => (fail ? Promise.reject(new Error('pager down')) : undefined),
    });
    const { ctx, lines } = recordingContext();
    const rec = normalized(errors('r-1', 0));
    await expect(def.handler(rec, ctx)).rejects.toThrow('pager down');
    fail = false;
    await def.handler(rec, ctx);
    expect(lines.filter((l) => l.level === 'warn')).toHaveLength(2);
  });

  it('forgets the oldest record ids beyond rememberRecords', async () => {
    const found: Anomaly[] = [];
    const def = createLogStream({ detector: { burstErrors: 1 }, rememberRecords: 1, sink: (a) => void found.push(a) });
    const { ctx } = recordingContext();
    await def.handler(normalized(errors('r-1', 0)), ctx);
    await def.handler(normalized(errors('r-2', 1)), ctx);
    await def.handler(normalized(errors('r-1', 0)), ctx);
    expect(found).toHaveLength(3);
  });
});
