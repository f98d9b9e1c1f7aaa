import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repo root. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Real platform payloads, read in place (never copied into the repo): `../shared/fixtures`. */
export const sharedFixturesDir = join(repoRoot, '..', 'shared', 'fixtures');

/**
 * Lists the corpus files of one provider whose folder starts with `prefix` (e.g. `http-`), sorted.
 * In CI a missing corpus is an error, not a skip (fixtures README); locally it returns [] and
 * `corpusAvailable()` tells the suite to say so.
 */
export function listCorpus(provider: 'aws' | 'gcp' | 'azure', prefix: string): string[] {
  const base = join(sharedFixturesDir, provider);
  if (!existsSync(base)) {
    if (process.env.CI === 'true') throw new Error(`fixture corpus missing at ${base} (CI=true)`);
    return [];
  }
  const out: string[] = [];
  for (const dir of readdirSync(base, { withFileTypes: true })) {
    if (!dir.isDirectory() || !dir.name.startsWith(prefix)) continue;
    for (const file of readdirSync(join(base, dir.name))) {
      if (file.endsWith('.json')) out.push(join(base, dir.name, file));
    }
  }
  return out.sort();
}

/** The project's own hand-written fixtures, one folder per provider: `test/fixtures/<provider>/<kind>-<source>/`. */
export const ownFixturesDir = join(repoRoot, 'test', 'fixtures');

/**
 * Lists the project's own fixtures of one provider whose folder starts with `prefix`, sorted; the same layout and file
 * forms as the shared corpus (see test/fixtures/README.md), so a suite can run over both.
 */
export function listOwnFixtures(provider: 'aws' | 'gcp' | 'azure', prefix = ''): string[] {
  const base = join(ownFixturesDir, provider);
  const out: string[] = [];
  for (const dir of readdirSync(base, { withFileTypes: true })) {
    if (!dir.isDirectory() || !dir.name.startsWith(prefix)) continue;
    for (const file of readdirSync(join(base, dir.name))) {
      if (file.endsWith('.json')) out.push(join(base, dir.name, file));
    }
  }
  return out.sort();
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

/** Whether the shared corpus is present. */
export function corpusAvailable(): boolean {
  return existsSync(sharedFixturesDir);
}

/** Reads a JSON file (corpus or own fixture). */
export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** A short, stable name for a corpus file in test titles: `aws/http-alb/x.json`. */
export function corpusName(path: string): string {
  return relative(sharedFixturesDir, path);
}
