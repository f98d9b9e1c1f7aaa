// Every GCP event fixture of the project's own (test/fixtures/gcp, all but HTTP requests) through the real Functions
// Framework server; the same per-file check as the shared-corpus suite (test/corpus/gcp-events.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkGcpFile,
  expectStreamRefuses,
  type GcpTargets,
  type Json,
  startGcpTargets,
} from '../corpus/gcp-events.js';
import { listOwnFixtures, ownFixture, ownFixtureName, readJson } from '../helpers/fixtures.js';

const files = listOwnFixtures('gcp').filter((f) => !ownFixtureName(f).startsWith('gcp/http-'));
let targets: GcpTargets;

beforeAll(async () => {
  targets = await startGcpTargets();
});

afterAll(async () => {
  await targets.close();
});

describe('GCP own event fixtures through the Functions Framework', () => {
  it('finds every folder', () => {
    const folders = new Set(files.map((f) => ownFixtureName(f).split('/')[1]));
    expect([...folders].sort()).toEqual([
      'conversion-expected',
      'event-auditlog',
      'event-firestore',
      'event-generic',
      'queue-pubsub',
      'schedule-scheduler',
      'storage-gcs',
    ]);
  });

  it.each(files.map((f) => [ownFixtureName(f), f]))('%s', async (name, path) => {
    await checkGcpFile(targets, name, readJson<Json>(path));
  });

  it('a Firebase Realtime Database event is refused by a stream definition with UnsupportedEventError', async () => {
    await expectStreamRefuses(ownFixture('gcp/event-generic/firebase-database-written-binary.json'));
  });
});
