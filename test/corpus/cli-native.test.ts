// Every file of the shared corpus (../shared/fixtures, `npm run test:corpus`) through the dev server's native path:
// detected as its own provider's by content alone, and fired at a definition of its kind. The checks: cli-native.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevServer } from '../../packages/cli/src/dev/server.js';
import { devServer } from '../../packages/cli/test/dev/helpers.js';
import { readJson } from '../helpers/fixtures.js';
import { checkDetected, checkFired } from './cli-native.js';
import { corpusAvailable, corpusName, listCorpus } from './corpus-files.js';

const corpus = (['aws', 'gcp', 'azure'] as const).flatMap((p) => listCorpus(p, '').map((f) => [corpusName(f), f]));

let dev: DevServer;
beforeAll(async () => {
  dev = (await devServer({ as: 'local' })).dev;
});
afterAll(() => dev?.close());

describe('the shared corpus through the dev server', () => {
  it('finds the corpus (in CI a missing corpus fails)', () => {
    if (corpusAvailable()) expect(corpus.length).toBeGreaterThan(150);
    else expect(process.env.CI).not.toBe('true');
  });

  it.each(corpus)('%s: detectNative names its provider by its content alone', (name, file) => {
    checkDetected(name as string, readJson(file as string));
  });

  it.each(corpus)('%s: delivered natively through its own provider, or refused with a reason', async (name, file) => {
    await checkFired(dev, name as string, readJson(file as string));
  });
});
