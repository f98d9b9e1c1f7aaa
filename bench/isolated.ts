// Interleaved benchmarks with every variant isolated in a worker thread, its module bundled and
// minified by esbuild as a user would deploy it.
import { mkdirSync } from 'node:fs';
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

/** Bundles a variant module (minified, like a deployment) and returns the bundle's path. */
export async function bundleVariant(module: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${basename(module, '.ts')}.mjs`);
  await build({
    entryPoints: [join(here, 'variants', module)],
    outfile,
    bundle: true,
    minify: true,
    keepNames: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: join(here, '..', 'tsconfig.json'),
    logLevel: 'error',
    // CommonJS dependencies inside an ESM bundle need `require`.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return outfile;
}

interface Reply {
  ready?: boolean;
  nsPerOp?: number;
  error?: string;
}

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

/** Runs each variant in its worker, rotating the order every round; ns/op per round per variant. */
export async function runIsolatedCase(
  name: string,
  variants: readonly IsolatedVariant[],
  input: unknown,
  opts: BenchOptions,
): Promise<CaseResult> {
  const workers = await Promise.all(
    variants.map(async (v) => {
      const worker = new Worker(join(here, 'worker.mjs'), {
        workerData: { bundle: await bundleVariant(v.module), input },
      });
      await ask(worker, undefined);
      return worker;
    }),
  );
  try {
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
