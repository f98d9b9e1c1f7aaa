// Every real AWS HTTP payload of the shared corpus through the per-file check of aws-http.ts (toLambda(http(echo)));
// a folder no rule places fails. The same check runs over the project's own fixtures in test/own-fixtures/aws-http.test.ts.
import { describe, expect, it } from 'vitest';
import { awsHttpTests } from './aws-http.js';
import { corpusAvailable, corpusName, listCorpus } from './corpus-files.js';

const files = listCorpus('aws', 'http-');

describe('AWS HTTP corpus through toLambda(http(echo))', () => {
  it('finds the corpus (outside CI a missing corpus is reported, not failed)', () => {
    if (corpusAvailable()) expect(files.length).toBeGreaterThan(30);
    else expect(process.env.CI).not.toBe('true');
  });

  awsHttpTests(files.map((f) => [corpusName(f), f]));
});
