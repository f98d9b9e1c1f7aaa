// Run with --expose-gc: heap after `early`, `mid` and `total` invocations, each after full GCs.
// Prints { earlyHeap, midHeap, lateHeap } (bytes) as JSON on stdout.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [bundle, inputFile, early, mid, total] = process.argv.slice(2);
const input = JSON.parse(readFileSync(inputFile, 'utf8'));
const run = await (await import(pathToFileURL(resolve(bundle)).href)).create(input);

async function settledHeap() {
  // Several passes with turns of the event loop between, so finalizers and weak callbacks run.
  for (let i = 0; i < 4; i++) {
    globalThis.gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

let done = 0;
for (; done < Number(early); done++) await run();
const earlyHeap = await settledHeap();
for (; done < Number(mid); done++) await run();
const midHeap = await settledHeap();
for (; done < Number(total); done++) await run();
const lateHeap = await settledHeap();
process.stdout.write(JSON.stringify({ earlyHeap, midHeap, lateHeap }));
