import { type ContextHandle, createContext } from '../../src/context.js';
import { createLogger, type LogLevel } from '../../src/logger.js';
import type { Schema } from '../../src/schema.js';

/** A local context whose log lines are captured. */
export function testContext(): { ctx: ContextHandle; lines: { level: LogLevel; record: Record<string, unknown> }[] } {
  const lines: { level: LogLevel; record: Record<string, unknown> }[] = [];
  const log = createLogger({
    format: 'json',
    invocationId: 'inv',
    sink: (level, line) => lines.push({ level, record: JSON.parse(line) }),
  });
  const ctx = createContext({
    provider: 'local',
    functionName: 'f',
    invocationId: 'inv',
    coldStart: false,
    log,
    raw: {},
  });
  return { ctx, lines };
}

/** A minimal Standard Schema: an object with a numeric `qty` (async, as some libraries validate). */
export const qtySchema: Schema<{ qty: number }> = {
  '~standard': {
    version: 1,
    vendor: 'test',
    validate: async (value) => {
      const qty = (value as { qty?: unknown } | null)?.qty;
      if (typeof qty === 'number') return { value: { qty } };
      return { issues: [{ message: 'expected a number', path: [{ key: 'qty' }] }] };
    },
  },
};
