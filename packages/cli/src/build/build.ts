import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadEntry } from '../load-entry.js';
import { buildAws } from './aws.js';
import { buildAzure } from './azure.js';
import { readBuildConfig } from './config.js';
import { buildGcp } from './gcp.js';
import { outDirFor } from './out-dir.js';
import type { BuildPlan, Target } from './plan.js';

/** Options of `faasport build`. */
export interface BuildOptions {
  readonly entry: string;
  readonly target: Target;
  /** Output folder; default `dist/<target>` in the entry's package. */
  readonly out?: string;
  readonly cwd?: string;
}

/** What a build wrote. */
export interface BuildResult {
  readonly target: Target;
  readonly outDir: string;
  /** Files written, relative to `outDir`. */
  readonly files: readonly string[];
  /** Export names built, one function each. */
  readonly functions: readonly string[];
}

const BUILDERS: Record<Target, (plan: BuildPlan) => Promise<string[]>> = {
  aws: buildAws,
  gcp: buildGcp,
  azure: buildAzure,
};

/**
 * Builds an entry's definitions into a folder ready to deploy to `target`. Throws `EntryLoadError`
 * (no definitions, does not compile), `BuildConfigError` or `BuildError` naming the problem.
 *
 * @example
 * const { outDir, files } = await build({ entry: 'examples/hello', target: 'aws' })
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const cwd = options.cwd ?? process.cwd();
  const { file, definitions } = await loadEntry(options.entry, { cwd });
  const names = [...definitions.keys()];
  const config = readBuildConfig(file, names);
  const outDir = outDirFor(options.entry, file, options.target, options.out, cwd);
  const functions = names.map((name) => ({
    name,
    definition: definitions.get(name) as NonNullable<ReturnType<typeof definitions.get>>,
    config: config.functions[name] ?? {},
  }));
  mkdirSync(outDir, { recursive: true });
  const files = await BUILDERS[options.target]({ entryFile: file, outDir, functions, config });
  return { target: options.target, outDir, files, functions: names };
}

/**
 * One line per file written, for the command's output.
 *
 * @example
 * process.stdout.write(describeBuild(result))
 */
export function describeBuild(result: BuildResult, cwd = process.cwd()): string {
  const where = relative(cwd, result.outDir) || '.';
  return [
    `faasport build: ${result.functions.length} function(s) for ${result.target} (${result.functions.join(', ')}) → ${where}`,
    ...result.files.map((f) => `  ${join(where, f)}`),
    '',
  ].join('\n');
}
