import { createLogger, type LogLevel, parseTraceparent } from '@faasport/core/adapter';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cloudLoggingFormat } from '../src/log-format.js';

function capture() {
  const lines: { level: LogLevel; record: Record<string, unknown> }[] = [];
  const sink = (level: LogLevel, line: string) => lines.push({ level, record: JSON.parse(line) });
  return { lines, sink };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('cloudLoggingFormat', () => {
  it('writes Cloud Logging severity and links the trace when the project is known', () => {
    vi.stubEnv('GOOGLE_CLOUD_PROJECT', 'proj');
    const { lines, sink } = capture();
    const trace = parseTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01');
    const log = createLogger({ format: cloudLoggingFormat, invocationId: 'exec-1', sink, trace });
    log.warn('slow');
    expect(lines[0]?.record).toMatchObject({
      severity: 'WARNING',
      message: 'slow',
      'logging.googleapis.com/labels': { execution_id: 'exec-1' },
      'logging.googleapis.com/trace': 'projects/proj/traces/4bf92f3577b34da6a3ce929d0e0e4736',
      'logging.googleapis.com/spanId': '00f067aa0ba902b7',
    });
  });

  it('links no trace without a project', () => {
    vi.stubEnv('GOOGLE_CLOUD_PROJECT', '');
    const { lines, sink } = capture();
    const trace = parseTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01');
    createLogger({ format: cloudLoggingFormat, invocationId: 'exec-2', sink, trace }).info('x');
    expect(lines[0]?.record.severity).toBe('INFO');
    expect(lines[0]?.record).not.toHaveProperty('logging.googleapis.com/trace');
  });
});
