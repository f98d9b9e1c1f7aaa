// Every non-HTTP AWS payload of the shared corpus through the per-file check of aws-events.ts; a folder no rule places
// fails the suite. The same check runs over the project's own fixtures in test/own-fixtures/aws-events.test.ts.
import type { StorageEvent } from '@faasport/core';
import { storage } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { readJson } from '../helpers/fixtures.js';
import { awsEventTests, collect, isAwsEventFile } from './aws-events.js';
import { corpusAvailable, corpusName, listCorpus } from './corpus-files.js';

const files = listCorpus('aws', '').filter((f) => isAwsEventFile(corpusName(f)));

describe('AWS event corpus through toLambda', () => {
  it('finds the corpus (outside CI a missing corpus is reported, not failed)', () => {
    if (corpusAvailable()) expect(files.length).toBeGreaterThan(40);
    else expect(process.env.CI).not.toBe('true');
  });

  awsEventTests(files.map((f) => [corpusName(f), f]));

  it('trap: placeholder ARNs ({region}, arn:{partition}) are passed on as odd strings, not a crash', async () => {
    const file = files.find((f) => f.endsWith('lambda-dotnet-testtool-s3-delete.json')) as string;
    const { seen } = await collect<StorageEvent>((h) => storage(h), readJson(file));
    expect(seen[0]).toMatchObject({ kind: 'deleted', bucket: 'sourcebucket', key: 'HappyFace.jpg' });
    expect(seen[0]?.toCloudEvent().source).toBe('arn:{partition}:s3:::mybucket');
  });
});
