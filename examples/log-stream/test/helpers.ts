import type { JsonValue, StreamRecord } from '@faasport/core';
import { createStreamRecord, type StreamInput } from '@faasport/core/adapter';
import { recordingContext as sharedRecordingContext } from '../../../test/helpers/examples.js';

export { allTransports, loadAzureEntry } from '../../../test/helpers/examples.js';

/** A context whose log lines land in `lines` (parsed). */
export const recordingContext = () => sharedRecordingContext('log-stream');

/** A log line as services write it. */
export function aLine(time: string, level: string, service = 'checkout', extra: Record<string, unknown> = {}) {
  return { time, level, service, message: `${level} from ${service}`, ...extra };
}

/** A Kinesis / Event Hubs record: newline-delimited JSON lines. */
export function bytesRecord(id: string, lines: readonly unknown[], partitionKey = 'checkout'): StreamInput {
  const text = lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n');
  return { id, partitionKey, data: text, time: new Date('2024-05-01T12:00:00Z') };
}

/** A Firestore / Cosmos DB change: one log entry as the new document. */
export function documentRecord(id: string, line: { [key: string]: JsonValue }): StreamInput {
  return {
    id,
    partitionKey: `logs/${id}`,
    change: 'insert',
    keys: { id },
    newImage: line,
    time: new Date('2024-05-01T12:00:00Z'),
  };
}

/** The normalized record an adapter would build. */
export function normalized(input: StreamInput, source = 'test-stream'): StreamRecord {
  const { data, time = new Date(), ...rest } = input;
  return createStreamRecord(
    {
      ...rest,
      sequence: input.id,
      time,
      source,
      ...(data === undefined ? {} : { data: typeof data === 'string' ? new TextEncoder().encode(data) : data }),
      raw: input,
    },
    'test.record',
  );
}
