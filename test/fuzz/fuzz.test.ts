// The fuzz run (issue 7, item 1): every adapter's suite in one worker, so one counter sees every
// generated case and the last test prints the total. `FUZZ_SEED=<n>` replays a run (fast-check
// prints the seed and the shrunk counterexample of a failure); `FUZZ_SCALE=<x>` scales the counts.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { caseCount, SCALE, seedLabel } from './arbitraries.js';
import { awsSuite } from './aws.js';
import { azureSuite } from './azure.js';
import { gcpSuite } from './gcp.js';

// A property runs thousands of cases; fast-check bounds each case (5 s) and each property (120 s:
// generous, so a loaded CI machine still generates the full count instead of being cut short).
vi.setConfig({ testTimeout: 150_000 * Math.max(1, SCALE) });

const started = performance.now();

awsSuite();
gcpSuite();
azureSuite();

describe('fuzz summary', () => {
  it('generated at least 100,000 cases', () => {
    expect(caseCount()).toBeGreaterThanOrEqual(Math.min(1, SCALE) * 100_000);
  });
});

afterAll(() => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`fuzz: ${caseCount()} cases in ${seconds} s (seed ${seedLabel()})`);
});
