// Every non-HTTP Azure payload of the project's own fixtures (test/fixtures/azure, written from the Azure docs) through
// the same per-file check as the shared corpus (test/corpus/azure-events.ts).
import { describe, expect, it } from 'vitest';
import { checkEventFile, checkRefusedByOtherKind, isEventFile } from '../corpus/azure-events.js';
import { listOwnFixtures, ownFixtureName } from '../helpers/fixtures.js';

const files = listOwnFixtures('azure').filter((f) => isEventFile(ownFixtureName(f)));

describe('azure events (own fixtures)', () => {
  it('has a fixture for every event folder', () => {
    const folders = new Set(files.map((f) => ownFixtureName(f).split('/')[1]));
    expect([...folders].sort()).toEqual([
      'event-event-grid',
      'queue-service-bus',
      'queue-storage-queue',
      'schedule-timer',
      'storage-blob',
      'stream-cosmos-db',
      'stream-event-hubs',
    ]);
  });

  it.each(files.map((f) => [ownFixtureName(f), f]))('%s normalizes to its own values', (name, file) =>
    checkEventFile(name, file),
  );

  it.each(files.filter((f) => !ownFixtureName(f).includes('event-grid')).map((f) => [ownFixtureName(f), f]))(
    '%s is refused by a definition of another kind',
    (_name, file) => checkRefusedByOtherKind(file),
  );
});
