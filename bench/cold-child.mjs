// A fresh process: import one bundled variant (its init included), then its first invocation.
// Prints { importMs, firstCallMs, sample } as JSON on stdout.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [bundle, inputFile] = process.argv.slice(2);
const input = JSON.parse(readFileSync(inputFile, 'utf8'));

const t0 = performance.now();
const mod = await import(pathToFileURL(resolve(bundle)).href);
const run = await mod.create(input);
const t1 = performance.now();
const sample = await run();
const t2 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstCallMs: t2 - t1, sample }));
