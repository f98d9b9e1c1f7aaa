// Every own fixture (test/fixtures, part of npm test) through the dev server's native path: detected as its own
// provider's by content alone, and fired at a definition of its kind. The same checks as the corpus suite: cli-native.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevServer } from '../../packages/cli/src/dev/server.js';
import { devServer } from '../../packages/cli/test/dev/helpers.js';
import { checkDetected, checkFired } from '../corpus/cli-native.js';
import { listOwnFixtures, ownFixtureName, readJson } from '../helpers/fixtures.js';

const own = (['aws', 'gcp', 'azure'] as const).flatMap((p) => listOwnFixtures(p).map((f) => [ownFixtureName(f), f]));

let dev: DevServer;
beforeAll(async () => {
  dev = (await devServer({ as: 'local' })).dev;
});
afterAll(() => dev?.close());

describe('the own fixtures through the dev server', () => {
  it('finds fixtures of all three providers', () => {
    for (const provider of ['aws', 'gcp', 'azure']) {
      expect(own.filter(([name]) => name?.startsWith(`${provider}/`)).length, provider).toBeGreaterThan(5);
    }
  });

  it.each(own)('%s: detectNative names its provider by its content alone', (name, file) => {
    checkDetected(name as string, readJson(file as string));
  });

  it.each(own)('%s: delivered natively through its own provider, or refused with a reason', async (name, file) => {
    await checkFired(dev, name as string, readJson(file as string));
  });
});
