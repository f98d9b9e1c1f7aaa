// The per-file check of the Azure non-HTTP payloads, run over the shared corpus (test/corpus/azure-events.test.ts) and over
// the project's own fixtures (test/own-fixtures/azure-events.test.ts). Each payload goes through toAzureHandler with a
// definition of the matching kind and the library's real InvocationContext; what the handler saw is checked against
// values read here from the JSON, independently of the adapter. Files whose data cannot be normalized (partial
// captures) must give their typed error; a file no rule places fails.
import { EventFailedError } from '@faasport/adapter-azure';
import { queue, type StreamRecord, stream, UnsupportedEventError } from '@faasport/core';
import { expect } from 'vitest';
import { readJson } from '../helpers/fixtures.js';
import { checkEventGrid } from './azure-event-grid.js';
import { bodyText, invoke, type TriggerFixture } from './azure-invoke.js';
import { checkBlob, checkQueue, checkSchedule } from './azure-messages.js';

type Json = Record<string, unknown>;

async function checkStream(fixture: TriggerFixture) {
  const seen: StreamRecord[] = [];
  const out = await invoke(
    stream((r) => void seen.push(r)),
    fixture,
  );
  if (fixture.trigger === 'cosmosDBTrigger') {
    const docs = fixture.input as Json[];
    expect(out.error).toBeUndefined();
    expect(seen.map((r) => r.id)).toEqual(docs.map((d) => String(d.id)));
    expect(seen.map((r) => r.time.getTime())).toEqual(docs.map((d) => Number(d._ts) * 1000));
    expect(seen.map((r) => r.sequence)).toEqual(docs.map((d) => String(d._lsn ?? d._etag)));
    expect(seen.every((r) => r.change === 'modify' && r.newImage?.id === r.id)).toBe(true);
    return;
  }
  const meta = fixture.triggerMetadata ?? {};
  const partition = (meta.partitionContext as { partitionId?: string } | undefined)?.partitionId;
  if (fixture.cardinality === 'many') {
    const sequences = meta.sequenceNumberArray;
    if (!Array.isArray(sequences)) {
      // A partial capture (no sequence numbers anywhere): the batch fails before any handler runs.
      expect(JSON.stringify(meta).includes('sequenceNumber')).toBe(false);
      expect(out.error).toBeInstanceOf(EventFailedError);
      expect(seen).toEqual([]);
      return;
    }
    const inputs = fixture.input as unknown[];
    const times = meta.enqueuedTimeUtcArray as string[];
    expect(out.error).toBeUndefined();
    expect(seen.map((r) => r.sequence)).toEqual(sequences.map(String));
    expect(seen.map((r) => r.time.getTime())).toEqual(times.map((t) => Date.parse(t)));
    expect(seen.map((r) => new TextDecoder().decode(r.data))).toEqual(inputs.map(bodyText));
    if (partition) expect(seen.map((r) => r.id)).toEqual(sequences.map((s) => `${partition}:${s}`));
    return;
  }
  expect(out.error).toBeUndefined();
  expect(seen[0]?.sequence).toBe(String(meta.sequenceNumber));
  expect(seen[0]?.time.getTime()).toBe(Date.parse(String(meta.enqueuedTimeUtc)));
  expect(new TextDecoder().decode(seen[0]?.data)).toBe(bodyText(fixture.input));
  if (partition) expect(seen[0]?.id).toBe(`${partition}:${meta.sequenceNumber}`);
}

const CHECKS: [string, (file: string, fixture: TriggerFixture) => Promise<void>][] = [
  ['azure/queue-', (_f, fx) => checkQueue(fx)],
  ['azure/schedule-', (_f, fx) => checkSchedule(fx)],
  ['azure/storage-blob/', (_f, fx) => checkBlob(fx)],
  ['azure/stream-', (_f, fx) => checkStream(fx)],
  ['azure/event-event-grid/', (f) => checkEventGrid(f)],
];

/**
 * Whether a file (by its `azure/<folder>/<file>` name) is a non-HTTP payload this check covers.
 *
 * @example
 * isEventFile('azure/queue-service-bus/x.json') // true
 */
export function isEventFile(name: string): boolean {
  return !name.startsWith('azure/http');
}

/**
 * Checks one file: it normalizes to its own values (or gives its typed error); a file no rule places throws.
 *
 * @example
 * await checkEventFile('azure/queue-storage-queue/x.json', path)
 */
export async function checkEventFile(name: string, file: string): Promise<void> {
  const check = CHECKS.find(([prefix]) => name.startsWith(prefix));
  if (!check) throw new Error(`${name}: no rule of this suite places it`);
  await check[1](file, readJson<TriggerFixture>(file));
}

/**
 * Checks that a trigger capture (not Event Grid) is refused by a definition of another kind.
 *
 * @example
 * await checkRefusedByOtherKind(path)
 */
export async function checkRefusedByOtherKind(file: string): Promise<void> {
  const fixture = readJson<TriggerFixture>(file);
  const wrong =
    fixture.trigger === 'eventHubTrigger' || fixture.trigger === 'cosmosDBTrigger' ? queue(() => {}) : stream(() => {});
  expect((await invoke(wrong, fixture)).error).toBeInstanceOf(UnsupportedEventError);
}
