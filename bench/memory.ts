// Memory: heap after 100,000 invocations against heap after 1,000 (full GCs before each reading), for
// the faasport variants and, as the noise reference, their floors; each in a fresh process.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiGatewayV2Get, apiGatewayV2Post, sqsBatch } from './events.js';
import { bundleVariant } from './isolated.js';
import { median } from './lib.js';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Late growth (a tenth of the calls to all of them, after full GCs) beyond this is a leak: ~2.9 bytes per call over 90,000. */
export const GROWTH_LIMIT_BYTES = 256 * 1024;

interface MemoryCase {
  readonly name: string;
  readonly module: string;
  readonly input: unknown;
  /** Floors are measured as the noise reference; no target. */
  readonly floor: boolean;
}

const cases: MemoryCase[] = [
  { name: 'native handler, API Gateway v2 GET', module: 'aws-http-native.ts', input: apiGatewayV2Get(), floor: true },
  {
    name: 'faasport toLambda, API Gateway v2 GET',
    module: 'aws-http-faasport.ts',
    input: apiGatewayV2Get(),
    floor: false,
  },
  {
    name: 'faasport toLambda, API Gateway v2 POST',
    module: 'aws-http-faasport.ts',
    input: apiGatewayV2Post(),
    floor: false,
  },
  { name: 'hand-written loop, SQS batch of 10', module: 'aws-sqs-floor.ts', input: sqsBatch(10), floor: true },
  {
    name: 'faasport toLambda(queue), SQS batch of 10',
    module: 'aws-sqs-faasport.ts',
    input: sqsBatch(10),
    floor: false,
  },
];

export interface MemoryResult {
  readonly name: string;
  readonly floor: boolean;
  readonly early: number;
  readonly total: number;
  /** Median over repeats, bytes. */
  readonly earlyHeap: number;
  readonly growth: number;
  readonly growths: readonly number[];
  /** After a tenth of the calls: growth from there to the end (warm-up steps excluded), median. */
  readonly mid: number;
  readonly lateGrowth: number;
}

function measure(bundle: string, inputFile: string, counts: readonly number[]) {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', join(here, 'memory-child.mjs'), bundle, inputFile, ...counts.map(String)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(out) as { earlyHeap: number; midHeap: number; lateHeap: number };
}

/** Each case `repeats` times in fresh processes: `early` invocations, then up to `total`. */
export async function runMemory(early: number, total: number, repeats: number): Promise<MemoryResult[]> {
  const results: MemoryResult[] = [];
  for (const [i, c] of cases.entries()) {
    const bundle = await bundleVariant(c.module);
    const inputFile = join(here, '.out', `memory-input-${i}.json`);
    writeFileSync(inputFile, JSON.stringify(c.input));
    const mid = Math.max(early, Math.round(total / 10));
    const runs = Array.from({ length: repeats }, () => measure(bundle, inputFile, [early, mid, total]));
    const growths = runs.map((r) => r.lateHeap - r.earlyHeap);
    const lateGrowth = median(runs.map((r) => r.lateHeap - r.midHeap));
    const earlyHeap = median(runs.map((r) => r.earlyHeap));
    results.push({
      name: c.name,
      floor: c.floor,
      early,
      total,
      earlyHeap,
      growth: median(growths),
      growths,
      mid,
      lateGrowth,
    });
  }
  return results;
}
