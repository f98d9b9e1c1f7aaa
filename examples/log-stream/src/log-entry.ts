import type { StreamRecord } from '@faasport/core';
import { MalformedLogError } from './errors.js';

/** Severity of a log entry. */
export type Level = 'debug' | 'info' | 'warn' | 'error';

/** One structured log line. */
export interface LogEntry {
  readonly time: Date;
  readonly level: Level;
  readonly service: string;
  readonly message: string;
  /** Request latency, when the line is a request log. */
  readonly latencyMs?: number;
}

const LEVELS = new Set<string>(['debug', 'info', 'warn', 'error']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Why `value` is not a log entry, or `undefined` when it is one. */
function problemOf(v: { readonly [key: string]: unknown }): string | undefined {
  if (typeof v.time !== 'string' || Number.isNaN(Date.parse(v.time))) return 'time is not an ISO 8601 timestamp';
  if (typeof v.level !== 'string' || !LEVELS.has(v.level)) return `level ${JSON.stringify(v.level)} is not a level`;
  if (typeof v.service !== 'string' || v.service === '') return 'service is missing';
  if (typeof v.message !== 'string') return 'message is missing';
  const latency = v.latencyMs;
  if (latency !== undefined && (typeof latency !== 'number' || !(latency >= 0))) return 'latencyMs is not a duration';
  return undefined;
}

function toEntry(value: unknown, recordId: string, where: string): LogEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MalformedLogError(recordId, `${where} is not a log object`);
  }
  const v = value as { readonly [key: string]: unknown };
  const problem = problemOf(v);
  if (problem) throw new MalformedLogError(recordId, `${where}: ${problem}`);
  return {
    time: new Date(v.time as string),
    level: v.level as Level,
    service: v.service as string,
    message: v.message as string,
    ...(v.latencyMs === undefined ? {} : { latencyMs: v.latencyMs as number }),
  };
}

function linesOf(data: Uint8Array, recordId: string): string[] {
  let text: string;
  try {
    text = utf8.decode(data);
  } catch (cause) {
    throw new MalformedLogError(recordId, 'data is not UTF-8 text', { cause });
  }
  return text.split('\n').filter((line) => line.trim() !== '');
}

function parseLine(line: string, recordId: string, n: number): unknown {
  try {
    return JSON.parse(line);
  } catch (cause) {
    throw new MalformedLogError(recordId, `line ${n} is not JSON`, { cause });
  }
}

/**
 * The log entries of a stream record: newline-delimited JSON in `data` (Kinesis, Event Hubs), or
 * one entry as the document of a change feed (`newImage`: Firestore, Cosmos DB). Anything else is a
 * `MalformedLogError` naming the record and the line.
 *
 * @example
 * entriesOf(rec) // [{ time, level: 'error', service: 'checkout', message: 'payment declined' }]
 */
export function entriesOf(rec: Pick<StreamRecord, 'id' | 'data' | 'newImage'>): LogEntry[] {
  if (rec.data) {
    const lines = linesOf(rec.data, rec.id);
    return lines.map((line, i) => toEntry(parseLine(line, rec.id, i + 1), rec.id, `line ${i + 1}`));
  }
  if (rec.newImage) return [toEntry(rec.newImage, rec.id, 'document')];
  throw new MalformedLogError(rec.id, 'has neither data nor a document');
}
