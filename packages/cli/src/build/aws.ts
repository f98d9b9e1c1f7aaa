import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundle } from './bundle.js';
import { type BuildPlan, entrySource, type PlannedFunction } from './plan.js';
import { toSamTemplate } from './sam-template.js';
import { createZip } from './zip.js';

/**
 * The generated Lambda entry: one named export per definition, `toLambda(def)` (or
 * `toStreamingLambda(def)` when its AWS settings ask for streaming).
 *
 * @example
 * awsEntrySource(plan) // "import * as user from …; export { h0 as hello };"
 */
export function awsEntrySource(plan: Pick<BuildPlan, 'entryFile' | 'functions'>): string {
  const streaming = plan.functions.some(isStreaming);
  const imports = [
    "import { toLambda } from '@faasport/adapter-aws';",
    ...(streaming ? ["import { toStreamingLambda } from '@faasport/adapter-aws/streaming';"] : []),
  ];
  const statements = plan.functions.map((fn, i) => {
    const wrap = isStreaming(fn) ? 'toStreamingLambda' : 'toLambda';
    return `const h${i} = ${wrap}(user[${JSON.stringify(fn.name)}]);\nexport { h${i} as ${fn.name} };`;
  });
  return entrySource(plan.entryFile, imports, statements);
}

function isStreaming(fn: PlannedFunction): boolean {
  return fn.definition.kind === 'http' && fn.config.aws?.streaming === true;
}

/**
 * Builds the AWS artifact: `index.mjs` (+ map), `function.zip` holding both, and `template.yaml`.
 * Nothing is external: the Lambda runtime provides no package faasport needs.
 *
 * @example
 * const files = await buildAws(plan) // ['index.mjs', 'index.mjs.map', 'function.zip', 'template.yaml']
 */
export async function buildAws(plan: BuildPlan): Promise<string[]> {
  // The template first: a schedule EventBridge cannot express fails before any bundling.
  const template = toSamTemplate(plan.functions, { codeUri: 'function.zip' });
  await bundle({
    entryFile: plan.entryFile,
    contents: awsEntrySource(plan),
    outfile: join(plan.outDir, 'index.mjs'),
    external: [],
  });
  const zip = createZip(
    ['index.mjs', 'index.mjs.map'].map((name) => ({ name, data: readFileSync(join(plan.outDir, name)) })),
  );
  writeFileSync(join(plan.outDir, 'function.zip'), zip);
  writeFileSync(join(plan.outDir, 'template.yaml'), template);
  return ['index.mjs', 'index.mjs.map', 'function.zip', 'template.yaml'];
}
