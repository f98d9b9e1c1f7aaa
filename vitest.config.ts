import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));

// Tests run against the TypeScript sources; the packaging test checks the built `dist/` separately.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@faasport\/core$/, replacement: src('core/src/index.ts') },
      { find: /^@faasport\/core\/adapter$/, replacement: src('core/src/adapter.ts') },
      { find: /^@faasport\/adapter-aws$/, replacement: src('adapter-aws/src/index.ts') },
      { find: /^@faasport\/adapter-aws\/streaming$/, replacement: src('adapter-aws/src/streaming.ts') },
      { find: /^@faasport\/adapter-aws\/testing$/, replacement: src('adapter-aws/src/testing/index.ts') },
      { find: /^@faasport\/adapter-gcp$/, replacement: src('adapter-gcp/src/index.ts') },
      { find: /^@faasport\/adapter-gcp\/testing$/, replacement: src('adapter-gcp/src/testing/index.ts') },
      { find: /^@faasport\/adapter-azure$/, replacement: src('adapter-azure/src/index.ts') },
      { find: /^@faasport\/adapter-azure\/testing$/, replacement: src('adapter-azure/src/testing/index.ts') },
      { find: /^@faasport\/adapter-azure\/streaming$/, replacement: src('adapter-azure/src/streaming.ts') },
      { find: /^@faasport\/cli$/, replacement: src('cli/src/index.ts') },
    ],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts', 'examples/*/test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
