// Every non-HTTP Azure payload of the shared corpus through the per-file check of azure-events.ts; a file no rule
// places fails the suite. The same check runs over the project's own fixtures in test/own-fixtures/azure-events.test.ts.
import { describe, expect, it } from 'vitest';
import { checkEventFile, checkRefusedByOtherKind, isEventFile } from './azure-events.js';
import { corpusAvailable, corpusName, listCorpus } from './corpus-files.js';

const files = listCorpus('azure', '').filter((f) => isEventFile(corpusName(f)));

describe('azure events corpus', () => {
  it('finds the azure event corpus (outside CI a missing corpus is reported, not failed)', () => {
    if (corpusAvailable()) expect(files.length).toBeGreaterThanOrEqual(20);
    else expect(process.env.CI).not.toBe('true');
  });

  it.each(files.map((f) => [corpusName(f), f]))('%s normalizes to its own values', (name, file) =>
    checkEventFile(name, file),
  );

  it.each(files.filter((f) => !corpusName(f).includes('event-grid')).map((f) => [corpusName(f), f]))(
    '%s is refused by a definition of another kind',
    (_name, file) => checkRefusedByOtherKind(file),
  );
});
