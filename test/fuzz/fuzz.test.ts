// The fuzz run (issue 7, item 1): every adapter's suite in one worker, so one counter sees every
// generated case and the last test prints the total. `FUZZ_SEED=<n>` replays a run.
import { afterAll, describe, expect, it } from 'vitest';
import { caseCount, seedLabel } from './arbitraries.js';
import { awsSuite } from './aws.js';
import { gcpSuite } from './gcp.js';

const started = performance.now();

awsSuite();
gcpSuite();

describe('fuzz summary', () => {
  it('generated at least 100,000 cases', () => {
    expect(caseCount()).toBeGreaterThanOrEqual(100_000);
  });
});

afterAll(() => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`fuzz: ${caseCount()} cases in ${seconds} s (seed ${seedLabel()})`);
});
