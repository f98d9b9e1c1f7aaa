import { describeThrown } from './describe-thrown.js';
import { toSafeJson, unreadable } from './safe-serialize.js';
import type { Trace } from './trace.js';

/** Severity of a log line. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * Structured logger; every line carries the invocation id. Its methods never throw, whatever the
 * fields hold: cycles are written `[Circular]`, BigInt as a string, nesting past 64 levels
 * `[Too deep]`, a getter or `toJSON` that throws `[Unreadable: <reason>]`, an Error field as
 * `{ name, message, stack, cause }` (`error: undefined`, from `throw undefined`, as `"undefined"`);
 * a sink that throws loses that line, nothing else.
 *
 * @example
 * ctx.log.error('Charge failed', { orderId, error })
 */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/**
 * The fields a line starts with, in the form one platform's log service indexes. Each adapter brings its own
 * (Lambda's JSON log format, Cloud Logging's special fields, …); core knows no platform. `time` is ISO 8601.
 *
 * @example
 * const plain: LineFormat = (level, message, time, o) => ({ time, level, invocationId: o.invocationId, message })
 */
export type LineFormat = (
  level: LogLevel,
  message: string,
  time: string,
  options: LoggerOptions,
) => Record<string, unknown>;

/** `'json'` (`{ time, level, invocationId, message }`, the default) or an adapter's own `LineFormat`. */
export type LogFormat = 'json' | LineFormat;

/** Where finished lines go; default: one line to stdout (stderr for warn/error on `json`). */
export type LogSink = (level: LogLevel, line: string) => void;

/** Options of `createLogger`. */
export interface LoggerOptions {
  readonly format?: LogFormat;
  readonly invocationId: string;
  readonly functionName?: string;
  readonly trace?: Trace;
  readonly sink?: LogSink;
  /** Lowest level written; default from `FAASPORT_LOG_LEVEL` / `AWS_LAMBDA_LOG_LEVEL`, else `info`. */
  readonly level?: LogLevel;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

function envLevel(): LogLevel {
  const env = typeof process === 'undefined' ? undefined : process.env;
  const raw = (env?.FAASPORT_LOG_LEVEL ?? env?.AWS_LAMBDA_LOG_LEVEL ?? 'info').toLowerCase();
  if (raw === 'trace') return 'debug';
  return raw in RANK ? (raw as LogLevel) : 'info';
}

const stdoutSink: LogSink = (_level, line) => {
  process.stdout.write(`${line}\n`);
};

/**
 * A field value as written on the fast path: plain values as they are (JSON.stringify does the
 * rest), Errors, BigInt, symbols and functions through `toSafeJson`. A field named `error` that
 * is `undefined` (what `throw undefined` leaves) is written as the string `"undefined"`.
 */
function fieldValue(key: string, value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'object':
      return value instanceof Error ? toSafeJson(value) : value;
    case 'undefined':
      return key === 'error' ? 'undefined' : undefined;
    default:
      return toSafeJson(value);
  }
}

function textOf(message: unknown): string {
  if (typeof message === 'string') return message;
  try {
    return String(message);
  } catch {
    return describeThrown(message);
  }
}

class StructuredLogger implements Logger {
  readonly #opts: LoggerOptions;
  // Resolved on the first line written: most invocations log nothing and should not read the env.
  #min: number | undefined;
  readonly #sink: LogSink;
  constructor(opts: LoggerOptions) {
    this.#opts = opts;
    if (opts.level) this.#min = RANK[opts.level];
    this.#sink = opts.sink ?? stdoutSink;
  }
  debug(message: string, fields?: Record<string, unknown>): void {
    this.#write('debug', message, fields);
  }
  info(message: string, fields?: Record<string, unknown>): void {
    this.#write('info', message, fields);
  }
  warn(message: string, fields?: Record<string, unknown>): void {
    this.#write('warn', message, fields);
  }
  error(message: string, fields?: Record<string, unknown>): void {
    this.#write('error', message, fields);
  }
  // Never throws: a record JSON.stringify refuses (a cycle, BigInt, a throwing getter or toJSON,
  // nesting deeper than its stack) is written again through `toSafeJson`, and a failing sink is
  // ignored. Plain fields pay one JSON.stringify and no per-key try.
  #write(level: LogLevel, message: string, fields?: Record<string, unknown>): void {
    this.#min ??= RANK[envLevel()];
    if (RANK[level] < this.#min) return;
    let line: string;
    try {
      const record = this.#header(level, typeof message === 'string' ? message : String(message));
      if (fields) {
        for (const key of Object.keys(fields)) {
          if (!RESERVED.has(key) && !(key in record)) record[key] = fieldValue(key, fields[key]);
        }
      }
      line = JSON.stringify(record);
    } catch {
      line = this.#safeLine(level, message, fields);
    }
    try {
      this.#sink(level, line);
    } catch {
      // A log line is never worth a failed invocation (or a message redelivered for it).
    }
  }
  #safeLine(level: LogLevel, message: unknown, fields: unknown): string {
    const record = this.#header(level, textOf(message));
    try {
      const safe = toSafeJson(fields);
      if (safe !== null && typeof safe === 'object') {
        const copy = safe as Record<string, unknown>;
        for (const key of Object.keys(copy)) {
          const value = copy[key] === undefined && key === 'error' ? 'undefined' : copy[key];
          if (!RESERVED.has(key) && !(key in record)) record[key] = value;
        }
      } else if (safe !== undefined) {
        record.fields = safe;
      }
      return JSON.stringify(record);
    } catch (error) {
      return JSON.stringify({ ...this.#header(level, textOf(message)), logError: unreadable(error) });
    }
  }
  #header(level: LogLevel, message: string): Record<string, unknown> {
    const o = this.#opts;
    const time = new Date().toISOString();
    const format = o.format;
    if (typeof format === 'function') {
      try {
        return format(level, message, time, o);
      } catch {
        // An adapter's format does not throw; if one did, the line keeps the neutral form below.
      }
    }
    return { time, level, invocationId: o.invocationId, message };
  }
}

/**
 * Creates a structured logger for one invocation.
 *
 * @example
 * const log = createLogger({ invocationId: 'req-1' })
 * log.info('order saved', { orderId })
 */
export function createLogger(options: LoggerOptions): Logger {
  return new StructuredLogger(options);
}
