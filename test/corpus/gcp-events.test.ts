// Every GCP event payload of the shared corpus through the real Functions Framework server (the check is
// gcp-events.ts, shared with test/own-fixtures/gcp-events.test.ts). A file no rule places fails the suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJson } from '../helpers/fixtures.js';
import { corpusName, listCorpus } from './corpus-files.js';
import { checkGcpFile, expectStreamRefuses, type GcpTargets, type Json, startGcpTargets } from './gcp-events.js';

const files = listCorpus('gcp', '');
let targets: GcpTargets;

beforeAll(async () => {
  targets = await startGcpTargets();
});

afterAll(async () => {
  await targets.close();
});

describe('GCP event corpus through the Functions Framework', () => {
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files.map((f) => [corpusName(f), f]))('%s', async (name, path) => {
    await checkGcpFile(targets, name, readJson<Json>(path));
  });

  it('a Firebase Realtime Database event is refused by a stream definition with UnsupportedEventError', async () => {
    const fixture = files.find((f) => f.includes('firebasedb')) as string;
    await expectStreamRefuses(readJson(fixture));
  });
});
