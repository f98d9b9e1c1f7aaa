import type { StreamRecord } from '@faasport/core';
import { z } from 'zod';
import { MalformedLogError } from './errors.js';

/** The severities a log entry may have. */
export const LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/**
 * The zod 4 schema of one structured log line; `time` comes out as a `Date` and unknown fields are dropped.
 * Each issue's message is the reason `entriesOf` gives in its `MalformedLogError`.
 *
 * @example
 * LogEntrySchema.parse({ time: '2024-05-01T12:00:00Z', level: 'error', service: 'checkout', message: 'declined' })
 */
export const LogEntrySchema = z.object({
  time: z.iso.datetime({ offset: true, error: 'time is not an ISO 8601 timestamp' }).transform((iso) => new Date(iso)),
  level: z.enum(LEVELS, { error: (issue) => `level ${JSON.stringify(issue.input)} is not a level` }),
  service: z.string({ error: 'service is missing' }).min(1, { error: 'service is missing' }),
  message: z.string({ error: 'message is missing' }),
  /** Request latency, when the line is a request log. */
  latencyMs: z
    .number({ error: 'latencyMs is not a duration' })
    .nonnegative({ error: 'latencyMs is not a duration' })
    .optional(),
});

/** One structured log line (the output of `LogEntrySchema`). */
export type LogEntry = z.output<typeof LogEntrySchema>;
/** Severity of a log entry. */
export type Level = LogEntry['level'];

const utf8 = new TextDecoder('utf-8', { fatal: true });

function toEntry(value: unknown, recordId: string, where: string): LogEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MalformedLogError(recordId, `${where} is not a log object`);
  }
  const result = LogEntrySchema.safeParse(value);
  if (result.success) return result.data;
  // The first problem names the field, as a person reading the log wants it; the ZodError keeps them all.
  const problem = result.error.issues[0]?.message ?? 'is not a log entry';
  throw new MalformedLogError(recordId, `${where}: ${problem}`, { cause: result.error });
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
