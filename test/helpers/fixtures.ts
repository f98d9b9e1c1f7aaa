import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listCorpus } from '../corpus/corpus-files.js';
import { listJsonUnder } from './json-files.js';

/** The repo root. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The project's own hand-written fixtures, one folder per provider: `test/fixtures/<provider>/<kind>-<source>/`. */
export const ownFixturesDir = join(repoRoot, 'test', 'fixtures');

/**
 * Lists the project's own fixtures of one provider whose folder starts with `prefix`, sorted; the same layout and file
 * forms as the shared corpus (see test/fixtures/README.md), so a suite can run over both.
 */
export function listOwnFixtures(provider: 'aws' | 'gcp' | 'azure', prefix = ''): string[] {
  return listJsonUnder(join(ownFixturesDir, provider), prefix);
}

/** Reads one of the project's own fixtures: `ownFixture('aws/queue-sqs/batch-of-two.json')`. */
export function ownFixture<T = unknown>(path: string): T {
  return readJson<T>(join(ownFixturesDir, path));
}

/** A short, stable name for an own fixture in test titles: `aws/queue-sqs/x.json`. */
export function ownFixtureName(path: string): string {
  return relative(ownFixturesDir, path);
}

/**
 * The fixtures of a suite that both `npm test` and `npm run test:corpus` run (the fuzz suite): the project's own, or
 * the shared corpus when the corpus config sets `FAASPORT_FIXTURES=corpus`. `npm test` never reads the corpus.
 */
export function listSuiteFixtures(provider: 'aws' | 'gcp' | 'azure', prefix = ''): string[] {
  return process.env.FAASPORT_FIXTURES === 'corpus' ? listCorpus(provider, prefix) : listOwnFixtures(provider, prefix);
}

/** Reads a JSON file (corpus or own fixture). */
export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
