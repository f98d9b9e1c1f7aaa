import { type Context, type StreamDefinition, stream } from '@faasport/core';
import { type Anomaly, AnomalyDetector, type DetectorOptions } from './detector.js';
import { entriesOf } from './log-entry.js';

/** Where anomalies go besides the warn log: a pager, an incident tool, a test's list. */
export type AnomalySink = (anomaly: Anomaly & { readonly recordId: string }, ctx: Context) => void | Promise<void>;

/** What `createLogStream` needs. */
export interface LogStreamOptions {
  readonly detector?: DetectorOptions;
  /** Default: none (the warn log line is the alert). */
  readonly sink?: AnomalySink;
  /** Record ids remembered to skip replays. Default 10,000. */
  readonly rememberRecords?: number;
}

/**
 * The log scanner: records arrive in order per shard or partition; each record's entries go
 * through the `AnomalyDetector`, and each anomaly is logged at warn and handed to the sink. A
 * malformed record (or a failing sink) fails that record, which stops the batch there: the platform
 * resumes at it. Records already scanned are remembered by id, so a batch replayed after a failure
 * (Event Hubs, Cosmos DB) does not count its entries twice.
 *
 * @example
 * export const handler = toLambda(createLogStream({ sink: pager }))
 */
export function createLogStream(options: LogStreamOptions = {}): StreamDefinition {
  const detector = new AnomalyDetector(options.detector);
  const remember = options.rememberRecords ?? 10_000;
  const seen = new Set<string>();
  return stream(async (rec, ctx) => {
    // A change feed may deliver one document id many times; its position tells the versions apart.
    const key = `${rec.source}|${rec.id}|${rec.sequence}`;
    if (seen.has(key)) return;
    // Parse the whole record first: a bad line must not leave half a record counted.
    const entries = entriesOf(rec);
    for (const entry of entries) {
      for (const anomaly of detector.observe(entry)) {
        ctx.log.warn(`anomaly: ${anomaly.kind}`, { ...anomaly, recordId: rec.id });
        await options.sink?.({ ...anomaly, recordId: rec.id }, ctx);
      }
    }
    seen.add(key);
    // A Set iterates in insertion order: the first key is the oldest.
    if (seen.size > remember) seen.delete(seen.values().next().value as string);
  });
}

/** The deployed function (entry files `aws.ts`, `gcp.ts`, `azure.ts`). */
export const logStream = createLogStream();
