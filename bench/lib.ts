// Interleaved micro-benchmarks: every variant of a case runs once per round, in rotating order,
// so drift of the machine (turbo, other load) hits all of them alike. We report medians of the
// per-round figures and ratios computed within each round.

export interface Variant {
  readonly name: string;
  /** One invocation. */
  readonly run: () => Promise<unknown>;
}

export interface CaseResult {
  readonly name: string;
  /** ns per invocation, one figure per round, by variant name. */
  readonly rounds: Record<string, number[]>;
}

export interface BenchOptions {
  readonly rounds: number;
  readonly iterations: number;
  readonly warmup: number;
}

async function timeLoop(run: () => Promise<unknown>, iterations: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) await run();
  return Number(process.hrtime.bigint() - start) / iterations;
}

/** Runs the variants of one case interleaved; returns ns/op per round per variant. */
export async function runCase(name: string, variants: readonly Variant[], opts: BenchOptions): Promise<CaseResult> {
  for (const v of variants) await timeLoop(v.run, opts.warmup);
  const rounds: Record<string, number[]> = Object.fromEntries(variants.map((v) => [v.name, []]));
  for (let r = 0; r < opts.rounds; r++) {
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(k + r) % variants.length] as Variant;
      rounds[v.name]?.push(await timeLoop(v.run, opts.iterations));
    }
  }
  return { name, rounds };
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Time a variant adds over the floor, per round (ns). */
export function addedPerRound(result: CaseResult, variant: string, floor: string): number[] {
  const v = result.rounds[variant] ?? [];
  const f = result.rounds[floor] ?? [];
  return v.map((x, i) => x - (f[i] ?? 0));
}

/**
 * Per-round ratio of added times: ours / peer's. Rounds where the peer added nothing measurable
 * (its time at or below the floor's, i.e. noise) have no ratio and are left out.
 */
export function addedRatioPerRound(result: CaseResult, ours: string, peer: string, floor: string): number[] {
  const a = addedPerRound(result, ours, floor);
  const b = addedPerRound(result, peer, floor);
  return a.flatMap((x, i) => {
    const d = b[i] ?? 0;
    return d > 0 ? [x / d] : [];
  });
}

export const fmtUs = (ns: number): string => `${(ns / 1000).toFixed(2)} µs`;
export const fmtRatio = (r: number): string => r.toFixed(2);
