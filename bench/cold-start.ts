// Cold start: every AWS HTTP variant bundled and minified with esbuild; its size and gzip size; then,
// in fresh `node` processes spawned in rotating order, the time to import it (with its init) and
// the time of its first invocation.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { lambdaHttpAnswer } from './answers.js';
import { AWS_HTTP_FLOOR, awsHttpVariants } from './aws-http.js';
import { apiGatewayV2Get } from './events.js';
import { bundleVariant } from './isolated.js';
import { addedPerRound, type CaseResult, median } from './lib.js';

export const COLD_CASE = 'Cold start, API Gateway v2 GET';
export { AWS_HTTP_FLOOR as COLD_FLOOR };

export interface Size {
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface ColdResult {
  /** Import + first call, ms per spawn, by variant. */
  readonly total: CaseResult;
  readonly importMs: Record<string, number[]>;
  readonly firstCallMs: Record<string, number[]>;
  readonly sizes: Record<string, Size>;
}

const here = fileURLToPath(new URL('.', import.meta.url));

export function sizeOf(file: string): Size {
  const bytes = readFileSync(file);
  return { bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

interface ChildReport {
  importMs: number;
  firstCallMs: number;
  sample: unknown;
}

function spawnCold(bundle: string, inputFile: string): ChildReport {
  const out = execFileSync(process.execPath, [join(here, 'cold-child.mjs'), bundle, inputFile], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out) as ChildReport;
}

/** `spawns` fresh processes per variant, in rotating order; refuses variants that answer unlike the floor. */
export async function runColdStart(spawns: number): Promise<ColdResult> {
  const inputFile = join(here, '.out', 'cold-input.json');
  mkdirSync(join(here, '.out'), { recursive: true });
  writeFileSync(inputFile, JSON.stringify(apiGatewayV2Get()));
  const bundles = await Promise.all(awsHttpVariants.map((v) => bundleVariant(v.module)));
  const names = awsHttpVariants.map((v) => v.name);
  const empty = () => Object.fromEntries(names.map((n) => [n, [] as number[]]));
  const total: Record<string, number[]> = empty();
  const importMs: Record<string, number[]> = empty();
  const firstCallMs: Record<string, number[]> = empty();
  const expected = lambdaHttpAnswer(spawnCold(bundles[0] as string, inputFile).sample);
  for (let r = 0; r < spawns; r++) {
    for (let k = 0; k < names.length; k++) {
      const i = (k + r) % names.length;
      const name = names[i] as string;
      const report = spawnCold(bundles[i] as string, inputFile);
      const answer = lambdaHttpAnswer(report.sample);
      if (answer !== expected) throw new Error(`${COLD_CASE}: ${name} answered ${answer}, floor ${expected}`);
      importMs[name]?.push(report.importMs);
      firstCallMs[name]?.push(report.firstCallMs);
      total[name]?.push(report.importMs + report.firstCallMs);
    }
  }
  const sizes = Object.fromEntries(names.map((n, i) => [n, sizeOf(bundles[i] as string)]));
  return { total: { name: COLD_CASE, rounds: total }, importMs, firstCallMs, sizes };
}

/** Median added ms (import + first call) over the floor, per variant. */
export function coldAdded(result: ColdResult): Record<string, number> {
  const names = Object.keys(result.total.rounds);
  return Object.fromEntries(names.map((n) => [n, median(addedPerRound(result.total, n, AWS_HTTP_FLOOR))]));
}
