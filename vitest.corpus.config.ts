import { defineConfig } from 'vitest/config';
import { alias } from './vitest.config.js';

// `npm run test:corpus`: the suites that read the shared corpus (../shared/fixtures) in place. Not part of `npm test`,
// which must pass on a clone with nothing beside it; CI runs this one too, and there a missing corpus fails.
export default defineConfig({
  resolve: { alias },
  test: {
    // The fuzz suite runs here too, mutating the corpus instead of the own fixtures (test/helpers/fixtures.ts).
    include: ['test/corpus/**/*.test.ts', 'test/fuzz/**/*.test.ts'],
    env: { FAASPORT_FIXTURES: 'corpus' },
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
