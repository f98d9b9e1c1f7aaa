import { corpusAvailable, sharedFixturesDir } from '../corpus/corpus-files.js';

/**
 * vitest globalSetup of `npm test`: one line on the shared corpus, which `npm test` never reads.
 * @example export default defineConfig({ test: { globalSetup: ['test/helpers/corpus-notice.ts'] } });
 */
export default function corpusNotice(): void {
  const state = corpusAvailable() ? 'present' : 'absent';
  process.stdout.write(
    `corpus: ${sharedFixturesDir} is ${state}; npm test does not read it — the corpus suite is \`npm run test:corpus\`\n`,
  );
}
