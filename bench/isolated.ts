// Interleaved benchmarks with every variant isolated in a worker thread, its module bundled and
// minified by esbuild as a user would deploy it.
import { existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { BenchOptions, CaseResult } from './lib.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = join(here, '.out');

/** A variant: a module under bench/variants exporting `create(input) => () => Promise<unknown>`. */
export interface IsolatedVariant {
  readonly name: string;
  readonly module: string;
}

/**
 * Bundles an entry (minified ESM for Node, like a deployment) to bench/.out/<outName>.mjs; returns its path.
 * `@faasport/*` resolves as in a user's project: node_modules → the package's `exports` → its built `dist`
 * (bench/tsconfig.published.json has no `paths` to the sources), so run `npm run build` first.
 */
export async function bundleEntry(entry: string, outName: string): Promise<string> {
  assertBuilt();
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${outName}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    keepNames: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: join(here, 'tsconfig.published.json'),
    logLevel: 'error',
    // As faasport build does for Azure: the deployed app installs the library (it loads the host's
    // @azure/functions-core at run time).
    external: ['@azure/functions'],
    // CommonJS dependencies inside an ESM bundle need `require`.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return outfile;
}

const PUBLISHED = ['core', 'adapter-aws', 'adapter-gcp', 'adapter-azure'];

/** The bundles measure the published `dist`; refuses to run on a checkout that was never built. */
function assertBuilt(): void {
  const missing = PUBLISHED.filter((p) => !existsSync(join(here, '..', 'packages', p, 'dist', 'index.js')));
  if (missing.length > 0)
    throw new Error(`bench bundles the built packages; run \`npm run build\` (no dist: ${missing.join(', ')})`);
}

/** Bundles a module of bench/variants and returns the bundle's path. */
export function bundleVariant(module: string): Promise<string> {
  return bundleEntry(join(here, 'variants', module), basename(module, '.ts'));
}

interface Reply {
  ready?: boolean;
  sample?: unknown;
  nsPerOp?: number;
  error?: string;
}

/** What a variant's first answer means, reduced to what every variant of a case must agree on. */
export type AnswerKey = (sample: unknown) => string;

function ask(worker: Worker, message: unknown): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: Reply) => {
      worker.off('error', reject);
      if (reply.error) reject(new Error(reply.error));
      else resolve(reply);
    };
    worker.once('message', onMessage);
    worker.once('error', reject);
    if (message !== undefined) worker.postMessage(message);
  });
}

/** Throws unless every variant's first answer has the floor's (the first variant's) key. */
function checkAnswers(name: string, variants: readonly IsolatedVariant[], samples: unknown[], key: AnswerKey): void {
  const expected = key(samples[0]);
  samples.forEach((sample, i) => {
    const got = key(sample);
    if (got !== expected) {
      const variant = variants[i]?.name;
      throw new Error(`${name}: ${variant} answered ${got}, the floor answered ${expected}; not comparable`);
    }
  });
}

/**
 * Runs each variant in its worker, rotating the order every round; ns/op per round per variant.
 * The first variant is the floor; every other must answer what it answers (by `key`).
 */
export async function runIsolatedCase(
  name: string,
  variants: readonly IsolatedVariant[],
  input: unknown,
  opts: BenchOptions,
  key: AnswerKey,
): Promise<CaseResult> {
  const samples: unknown[] = [];
  const started = await Promise.allSettled(
    variants.map(async (v, i) => {
      const worker = new Worker(join(here, 'worker.mjs'), {
        workerData: { bundle: await bundleVariant(v.module), input },
      });
      try {
        samples[i] = (await ask(worker, undefined)).sample;
      } catch (error) {
        await worker.terminate();
        throw new Error(`${name}: ${v.name} failed to start`, { cause: error });
      }
      return worker;
    }),
  );
  const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw failed.reason;
  }
  try {
    checkAnswers(name, variants, samples, key);
    for (const w of workers) await ask(w, { iterations: opts.warmup });
    const rounds: Record<string, number[]> = Object.fromEntries(variants.map((v) => [v.name, []]));
    for (let r = 0; r < opts.rounds; r++) {
      for (let k = 0; k < variants.length; k++) {
        const i = (k + r) % variants.length;
        const reply = await ask(workers[i] as Worker, { iterations: opts.iterations });
        rounds[(variants[i] as IsolatedVariant).name]?.push(reply.nsPerOp as number);
      }
    }
    return { name, rounds };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
