// The dev server's two per-file checks over native payloads, shared by the corpus suite (test/corpus/cli-native.test.ts,
// over ../shared/fixtures) and the own-fixture suite (test/own-fixtures/cli-native.test.ts, over test/fixtures): the
// provider is named from the content alone, and the file fired at a definition of its kind is delivered through that
// provider or refused with a reason. A file is named `<provider>/<kind>-<source>/<file>.json` in both.
import { expect } from 'vitest';
import { detectNative } from '../../packages/cli/src/dev/detect-native.js';
import { EventRefusedError } from '../../packages/cli/src/dev/errors.js';
import type { DevServer } from '../../packages/cli/src/dev/server.js';
import { fire } from '../../packages/cli/test/dev/helpers.js';

/**
 * What the dev server's event route refuses, by file name, and the reason it must give: Lambda@Edge and AWS sources
 * without a faasport trigger kind; Azure HTTP captures and plain GCP HTTP requests (`*-request.json`: they go to the
 * function's route, not to the event route); captures with a malformed field (partial Python-library captures in the
 * corpus, `malformed-*` traps in the own fixtures). Only the last are detected first and refused by their own adapter.
 */
const REFUSALS: readonly { files: RegExp; reason: RegExp; detected: boolean }[] = [
  { files: /^aws\/(http-lambda-edge|other)\//, reason: /\(aws\) has no faasport trigger kind/, detected: false },
  { files: /^azure\/http\//, reason: /Azure HTTP trigger capture .*send HTTP requests/, detected: false },
  {
    files: /^gcp\/.*-request\.json$/,
    reason: /neither a normalized event .* \(got method, path, headers/,
    detected: false,
  },
  { files: /pythonlib-storageQueue|pythonlib-storageBlob|\/malformed-/, reason: /is not/, detected: true },
];

const refusalOf = (name: string) => REFUSALS.find((r) => r.files.test(name));

/**
 * Asserts that `detectNative` names the file's provider (its first path segment) from its content alone, and that
 * what is no event (see REFUSALS) is refused with `EventRefusedError` giving its reason.
 * @example checkDetected('aws/queue-sqs/two-records.json', readJson(file));
 */
export function checkDetected(name: string, payload: unknown): void {
  const refusal = refusalOf(name);
  if (refusal === undefined || refusal.detected) {
    expect(detectNative(payload).provider, name).toBe(name.split('/')[0]);
    return;
  }
  expect(() => detectNative(payload), name).toThrow(EventRefusedError);
  expect(() => detectNative(payload), name).toThrow(refusal.reason);
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
 * own provider — or, only for the files REFUSALS names, refused with 400 and that reason.
 * @example await checkFired(dev, 'aws/queue-sqs/two-records.json', readJson(file));
 */
export async function checkFired(dev: DevServer, name: string, payload: unknown): Promise<void> {
  const { status, json: answer } = await fire(dev, targetOf(name), payload);
  const refusal = refusalOf(name);
  if (refusal === undefined) {
    expect(status, `${name}: ${answer.error?.message}`).toBe(200);
    expect(answer.provider, name).toBe(name.split('/')[0]);
    expect(String(answer.via), name).toMatch(/\(native\)$/);
    expect(['ok', 'partial', 'failed'], name).toContain(answer.outcome);
    return;
  }
  expect(status, name).toBe(400);
  expect(answer.error?.message, name).toMatch(refusal.reason);
}
