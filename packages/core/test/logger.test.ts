import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger, type LineFormat, type LogLevel } from '../src/logger.js';
import { hostileValues, loopingCause, nested } from './helpers/hostile.js';

function capture() {
  const lines: { level: LogLevel; record: Record<string, unknown> }[] = [];
  const sink = (level: LogLevel, line: string) => lines.push({ level, record: JSON.parse(line) });
  return { lines, sink };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('createLogger', () => {
  it("writes the neutral form by default and an adapter's LineFormat when given one", () => {
    const { lines, sink } = capture();
    createLogger({ invocationId: 'n-1', sink }).info('plain', { a: 1 });
    const format: LineFormat = (level, message, time, o) => ({
      at: time,
      sev: level.toUpperCase(),
      id: o.invocationId,
      message,
    });
    createLogger({ format, invocationId: 'f-1', sink }).warn('custom', { b: 2 });
    expect(lines[0]?.record).toMatchObject({ level: 'info', invocationId: 'n-1', message: 'plain', a: 1 });
    expect(typeof lines[0]?.record.time).toBe('string');
    expect(lines[1]?.record).toMatchObject({ sev: 'WARN', id: 'f-1', message: 'custom', b: 2 });
    expect(lines[1]?.record).not.toHaveProperty('level');
  });

  it('keeps the neutral form when a LineFormat throws', () => {
    const { lines, sink } = capture();
    const format: LineFormat = () => {
      throw new Error('bad format');
    };
    createLogger({ format, invocationId: 'x', sink }).error('still written');
    expect(lines[0]?.record).toMatchObject({ level: 'error', invocationId: 'x', message: 'still written' });
  });

  it('serializes errors with message, stack and cause', () => {
    const { lines, sink } = capture();
    const log = createLogger({ format: 'json', invocationId: 'i', sink });
    log.error('failed', { error: new Error('boom', { cause: new Error('root') }) });
    const error = lines[0]?.record.error as Record<string, unknown>;
    expect(error.message).toBe('boom');
    expect(String(error.stack)).toContain('boom');
    expect((error.cause as Record<string, unknown>).message).toBe('root');
  });

  it('filters below the level from FAASPORT_LOG_LEVEL', () => {
    vi.stubEnv('FAASPORT_LOG_LEVEL', 'warn');
    const { lines, sink } = capture();
    const log = createLogger({ format: 'json', invocationId: 'i', sink });
    log.info('hidden');
    log.warn('shown');
    expect(lines.map((l) => l.record.message)).toEqual(['shown']);
  });

  it('never lets fields overwrite the invocation id or pollute prototypes', () => {
    const { lines, sink } = capture();
    const log = createLogger({ format: 'json', invocationId: 'mine', sink });
    log.info('x', JSON.parse('{"invocationId":"theirs","__proto__":{"polluted":true}}'));
    expect(lines[0]?.record.invocationId).toBe('mine');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('writes one line to stdout by default', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    createLogger({ invocationId: 'r' }).info('hello');
    expect(write).toHaveBeenCalledTimes(1);
    expect(String(write.mock.calls[0]?.[0])).toMatch(/^\{.*"invocationId":"r".*\}\n$/);
    write.mockRestore();
  });

  describe('never throws, whatever it is given (issue 10, item 4)', () => {
    const levels = ['debug', 'info', 'warn', 'error'] as const;

    it.each(hostileValues())('%s as a field, in fields and as the message: one line each', (_name, value) => {
      const { lines, sink } = capture();
      const log = createLogger({ invocationId: 'h', sink, level: 'debug' });
      for (const level of levels) {
        log[level]('hostile', { error: value, nested: { value } });
        log[level](value as string, { ok: true });
        log[level]('as fields', value as Record<string, unknown>);
      }
      expect(lines).toHaveLength(levels.length * 3);
      for (const { record } of lines) expect(record.invocationId).toBe('h');
      expect(lines[0]?.record.message).toBe('hostile');
      expect(lines[0]?.record).toHaveProperty('error');
    });

    it('says what was thrown: undefined, null, 42, a symbol, BigInt', () => {
      const { lines, sink } = capture();
      const log = createLogger({ invocationId: 'r', sink });
      for (const thrown of [undefined, null, 42, Symbol('s'), 7n]) log.error('failed', { error: thrown });
      expect(lines.map((l) => l.record.error)).toEqual(['undefined', null, 42, 'Symbol(s)', '7']);
    });

    it('writes cycles, looping causes and deep nesting with markers, keeping the plain fields', () => {
      const { lines, sink } = capture();
      const log = createLogger({ format: 'json', invocationId: 'i', sink });
      log.error('failed', { orderId: 7, error: loopingCause(), deep: nested(5000) });
      const record = lines[0]?.record as { orderId: number; error: Record<string, unknown>; deep: unknown };
      expect(record.orderId).toBe(7);
      expect(record.error.message).toBe('outer hunter2');
      expect((record.error.cause as Record<string, unknown>).cause).toBe('[Circular]');
      expect(JSON.stringify(record.deep)).toContain('[Too deep]');
    });

    it('a throwing sink is swallowed; a working one still gets the line', () => {
      const log = createLogger({
        format: 'json',
        invocationId: 'i',
        sink: () => {
          throw new Error('disk full');
        },
      });
      expect(() => log.error('x', { a: 1 })).not.toThrow();
      const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => {
        throw new Error('EPIPE');
      });
      expect(() => createLogger({ invocationId: 'r' }).info('hello')).not.toThrow();
      write.mockRestore();
      const { lines, sink } = capture();
      createLogger({ format: 'json', invocationId: 'i', sink }).info('kept', { a: 1 });
      expect(lines[0]?.record).toMatchObject({ message: 'kept', a: 1 });
    });

    it('plain fields take the fast path: each getter is read once (no second pass)', () => {
      const { lines, sink } = capture();
      let reads = 0;
      const fields = {
        get counted() {
          reads += 1;
          return 'v';
        },
      };
      createLogger({ format: 'json', invocationId: 'i', sink }).info('x', fields);
      expect(reads).toBe(1);
      expect(lines[0]?.record.counted).toBe('v');
    });
  });
});
