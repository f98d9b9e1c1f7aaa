import type { Trace } from './trace.js';

/** Severity of a log line. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Structured logger; every line carries the invocation id. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/**
 * The line shape each platform's log service indexes:
 * - `aws`: Lambda's JSON log format (`timestamp`, `level`, `requestId`, `message`),
 *   https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-advanced.html
 * - `gcp`: Cloud Logging structured JSON (`severity`, `message`, `logging.googleapis.com/*`),
 *   https://cloud.google.com/logging/docs/structured-logging#special-payload-fields
 * - `azure` and `json`: `{ time, level, invocationId, message }`.
 */
export type LogFormat = 'aws' | 'gcp' | 'azure' | 'json';

/** Where finished lines go; default: one line to stdout (stderr for warn/error on `json`). */
export type LogSink = (level: LogLevel, line: string) => void;

/** Options of `createLogger`. */
export interface LoggerOptions {
  readonly format: LogFormat;
  readonly invocationId: string;
  readonly functionName?: string;
  readonly trace?: Trace;
  readonly sink?: LogSink;
  /** Lowest level written; default from `FAASPORT_LOG_LEVEL` / `AWS_LAMBDA_LOG_LEVEL`, else `info`. */
  readonly level?: LogLevel;
  /** Google Cloud project, to link lines to traces; default from `GOOGLE_CLOUD_PROJECT`. */
  readonly project?: string;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const GCP_SEVERITY: Record<LogLevel, string> = { debug: 'DEBUG', info: 'INFO', warn: 'WARNING', error: 'ERROR' };
const AWS_LEVEL: Record<LogLevel, string> = { debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR' };
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

/** Turns an Error into plain fields; JSON.stringify would drop message and stack. */
function serialize(value: unknown): unknown {
  if (value instanceof Error) {
    const out: Record<string, unknown> = { name: value.name, message: value.message, stack: value.stack };
    if (value.cause !== undefined) out.cause = serialize(value.cause);
    return out;
  }
  return value;
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
  #write(level: LogLevel, message: string, fields?: Record<string, unknown>): void {
    this.#min ??= RANK[envLevel()];
    if (RANK[level] < this.#min) return;
    const record = this.#header(level, String(message));
    if (fields) {
      for (const key of Object.keys(fields)) {
        if (!RESERVED.has(key) && !(key in record)) record[key] = serialize(fields[key]);
      }
    }
    this.#sink(level, JSON.stringify(record));
  }
  #header(level: LogLevel, message: string): Record<string, unknown> {
    const o = this.#opts;
    const now = new Date().toISOString();
    switch (o.format) {
      case 'aws':
        return { timestamp: now, level: AWS_LEVEL[level], requestId: o.invocationId, message };
      case 'gcp': {
        const record: Record<string, unknown> = {
          severity: GCP_SEVERITY[level],
          message,
          time: now,
          invocationId: o.invocationId,
          'logging.googleapis.com/labels': { execution_id: o.invocationId },
        };
        const project = o.project ?? process.env.GOOGLE_CLOUD_PROJECT;
        if (o.trace && project) {
          record['logging.googleapis.com/trace'] = `projects/${project}/traces/${o.trace.traceId}`;
          record['logging.googleapis.com/spanId'] = o.trace.spanId;
          record['logging.googleapis.com/trace_sampled'] = o.trace.sampled;
        }
        return record;
      }
      default:
        return { time: now, level, invocationId: o.invocationId, message };
    }
  }
}

/**
 * Creates a structured logger for one invocation.
 *
 * @example
 * const log = createLogger({ format: 'aws', invocationId: context.awsRequestId })
 * log.info('order saved', { orderId })
 */
export function createLogger(options: LoggerOptions): Logger {
  return new StructuredLogger(options);
}
