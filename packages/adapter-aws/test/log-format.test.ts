import { createLogger, type LogLevel } from '@faasport/core/adapter';
import { describe, expect, it } from 'vitest';
import { lambdaLogFormat } from '../src/log-format.js';

function capture() {
  const lines: { level: LogLevel; record: Record<string, unknown> }[] = [];
  const sink = (level: LogLevel, line: string) => lines.push({ level, record: JSON.parse(line) });
  return { lines, sink };
}

describe('lambdaLogFormat', () => {
  it('writes Lambda JSON log format with the request id on every line', () => {
    const { lines, sink } = capture();
    const log = createLogger({ format: lambdaLogFormat, invocationId: 'req-1', sink, level: 'debug' });
    log.info('saved', { orderId: 7 });
    log.debug('detail');
    expect(lines.map((l) => l.record.requestId)).toEqual(['req-1', 'req-1']);
    expect(lines[0]?.record).toMatchObject({ level: 'INFO', message: 'saved', orderId: 7 });
    expect(typeof lines[0]?.record.timestamp).toBe('string');
  });
});
