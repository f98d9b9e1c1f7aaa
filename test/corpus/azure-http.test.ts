// Every Azure HTTP payload of the shared corpus through the per-file check of azure-http.ts (fixtures README: a file
// the suite cannot place fails it). The same check runs over the own fixtures in test/own-fixtures/azure-http.test.ts.
import { describe, expect, it } from 'vitest';
import { checkHttpFile } from './azure-http.js';
import { corpusAvailable, corpusName, listCorpus } from './corpus-files.js';

const files = listCorpus('azure', 'http');

describe('azure http corpus', () => {
  it('finds the azure http corpus (outside CI a missing corpus is reported, not failed)', () => {
    if (corpusAvailable()) {
      expect(files.length).toBeGreaterThan(0);
    } else {
      console.warn('azure http corpus: ../shared/fixtures is missing; corpus cases not run');
      expect(process.env.CI).not.toBe('true');
    }
  });

  it.each(files.map((f) => [corpusName(f), f]))('%s reaches the handler intact', (name, file) =>
    checkHttpFile(name, file),
  );
});
