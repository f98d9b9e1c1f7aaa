import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listJsonUnder } from '../helpers/json-files.js';

/** Real platform payloads, read in place (never copied into the repo): `../shared/fixtures`. */
export const sharedFixturesDir = fileURLToPath(new URL('../../../shared/fixtures', import.meta.url));

/**
 * Lists the corpus files of one provider whose folder starts with `prefix` (e.g. `http-`), sorted.
 * In CI a missing corpus is an error, not a skip (fixtures README); locally it returns [] and
 * `corpusAvailable()` tells the suite to say so.
 *
 * @example
 * listCorpus('aws', 'queue-') // ['…/shared/fixtures/aws/queue-sqs/….json', …]
 */
export function listCorpus(provider: 'aws' | 'gcp' | 'azure', prefix: string): string[] {
  const base = join(sharedFixturesDir, provider);
  if (!existsSync(base)) {
    if (process.env.CI === 'true') throw new Error(`fixture corpus missing at ${base} (CI=true)`);
    return [];
  }
  return listJsonUnder(base, prefix);
}

/**
 * Whether the shared corpus is present.
 *
 * @example
 * if (!corpusAvailable()) console.log('corpus absent')
 */
export function corpusAvailable(): boolean {
  return existsSync(sharedFixturesDir);
}

/**
 * A short, stable name for a corpus file in test titles: `aws/http-alb/x.json`.
 *
 * @example
 * corpusName(listCorpus('aws', 'http-')[0])
 */
export function corpusName(path: string): string {
  return relative(sharedFixturesDir, path);
}
