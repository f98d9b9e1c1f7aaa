import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));

/** Tests run against the TypeScript sources; the packaging test checks the built `dist/` separately. */
export const alias = [
  { find: /^@faasport\/core$/, replacement: src('core/src/index.ts') },
  { find: /^@faasport\/core\/adapter$/, replacement: src('core/src/adapter.ts') },
  { find: /^@faasport\/core\/capabilities$/, replacement: src('core/src/capabilities.ts') },
  { find: /^@faasport\/adapter-aws$/, replacement: src('adapter-aws/src/index.ts') },
  { find: /^@faasport\/adapter-aws\/capabilities$/, replacement: src('adapter-aws/src/capabilities.ts') },
  { find: /^@faasport\/adapter-aws\/streaming$/, replacement: src('adapter-aws/src/streaming.ts') },
  { find: /^@faasport\/adapter-aws\/testing$/, replacement: src('adapter-aws/src/testing/index.ts') },
  { find: /^@faasport\/adapter-gcp$/, replacement: src('adapter-gcp/src/index.ts') },
  { find: /^@faasport\/adapter-gcp\/capabilities$/, replacement: src('adapter-gcp/src/capabilities.ts') },
  { find: /^@faasport\/adapter-gcp\/testing$/, replacement: src('adapter-gcp/src/testing/index.ts') },
  { find: /^@faasport\/adapter-azure$/, replacement: src('adapter-azure/src/index.ts') },
  { find: /^@faasport\/adapter-azure\/capabilities$/, replacement: src('adapter-azure/src/capabilities.ts') },
  { find: /^@faasport\/adapter-azure\/testing$/, replacement: src('adapter-azure/src/testing/index.ts') },
  { find: /^@faasport\/adapter-azure\/streaming$/, replacement: src('adapter-azure/src/streaming.ts') },
  { find: /^@faasport\/cli$/, replacement: src('cli/src/index.ts') },
];

// `npm test` runs everything but the corpus suites (test/corpus: they read ../shared/fixtures, and `npm test` must pass
// on a clone with nothing beside it); `npm run test:corpus` (vitest.corpus.config.ts) runs those, and CI runs both.
export default defineConfig({
  resolve: { alias },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts', 'examples/*/test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'test/corpus/**'],
    globalSetup: ['test/helpers/corpus-notice.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
