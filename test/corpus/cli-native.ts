// The dev server's two per-file checks over native payloads, shared by the corpus suite (test/corpus/cli-native.test.ts,
// over ../shared/fixtures) and the own-fixture suite (test/own-fixtures/cli-native.test.ts, over test/fixtures): the
// provider is named from the content alone, and the file fired at a definition of its kind is delivered through that
// provider or refused with a reason. A file is named `<provider>/<kind>-<source>/<file>.json` in both.
import { expect } from 'vitest';
import { detectNative } from '../../packages/cli/src/dev/detect-native.js';
import { EventRefusedError } from '../../packages/cli/src/dev/errors.js';
import type { DevServer } from '../../packages/cli/src/dev/server.js';
import { fire } from '../../packages/cli/test/dev/helpers.js';

/** Files that are no event faasport takes: Lambda@Edge, AWS sources without a trigger kind, Azure HTTP captures. */
const NOT_EVENTS = /^aws\/(http-lambda-edge|http-cloudfront|other)[^/]*\/|^azure\/http[^/]*\//;
/** Corpus captures the adapters refuse on purpose: partial Python-library captures with a malformed field. */
const MALFORMED = /pythonlib-storageQueue|pythonlib-storageBlob/;

/**
 * Asserts that `detectNative` names the file's provider (its first path segment) from its content alone, and that
 * what is no event (see NOT_EVENTS) is refused with `EventRefusedError` naming that provider.
 * @example checkDetected('aws/queue-sqs/two-records.json', readJson(file));
 */
export function checkDetected(name: string, payload: unknown): void {
  const provider = name.split('/')[0] as string;
  if (!NOT_EVENTS.test(name)) {
    expect(detectNative(payload).provider, name).toBe(provider);
    return;
  }
  expect(() => detectNative(payload), name).toThrow(EventRefusedError);
  expect(() => detectNative(payload), name).toThrow(new RegExp(provider, 'i'));
}

// Which of the dev test entry's definitions (packages/cli/test/fixtures/dev/app.ts) a folder's events are for.
const TARGET: Record<string, string> = {
  queue: 'orders',
  topic: 'alerts',
  storage: 'uploads',
  schedule: 'nightly',
  stream: 'changes',
  event: 'audit',
  http: 'api',
  conversion: 'orders',
};

/**
 * The definition of the dev test entry a file's events go to, from its folder.
 * @example targetOf('gcp/event-firestore/written.json') // 'changes'
 */
export function targetOf(name: string): string {
  const folder = name.split('/')[1] ?? '';
  if (folder === 'conversion-expected') return name.includes('storage') ? 'uploads' : 'orders';
  if (folder === 'event-firestore' && !name.includes('firebasedb')) return 'changes';
  if (folder.startsWith('event-event-grid')) return name.includes('blob') ? 'uploads' : 'audit';
  return TARGET[folder.split('-')[0] ?? ''] ?? 'orders';
}

/**
 * Fires the file at the local dev server (`POST /_faasport/<target>`) and asserts it was delivered natively through its
 * own provider — or, only for what is no event or a malformed capture, refused with 400 and a reason.
 * @example await checkFired(dev, 'aws/queue-sqs/two-records.json', readJson(file));
 */
export async function checkFired(dev: DevServer, name: string, payload: unknown): Promise<void> {
  const { status, json: answer } = await fire(dev, targetOf(name), payload);
  if (status === 200) {
    expect(answer.provider, name).toBe(name.split('/')[0]);
    expect(String(answer.via), name).toMatch(/\(native\)$/);
    expect(['ok', 'partial', 'failed'], name).toContain(answer.outcome);
    return;
  }
  expect(status, `${name}: ${answer.error?.message}`).toBe(400);
  expect(NOT_EVENTS.test(name) || MALFORMED.test(name), `${name} refused: ${answer.error?.message}`).toBe(true);
  expect(answer.error?.message, name).toMatch(/no faasport trigger kind|send HTTP requests|is not/);
}
