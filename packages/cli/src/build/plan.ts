import type { Definition } from '@faasport/core';
import type { BuildConfig, FunctionConfig } from './config.js';

/** Where `faasport build` builds to. */
export type Target = 'aws' | 'gcp' | 'azure';

/** The targets, in the order help texts list them. */
export const TARGETS: readonly Target[] = ['aws', 'gcp', 'azure'];

/** One exported definition to build, with its settings from `faasport.config.json`. */
export interface PlannedFunction {
  /** The export name: the handler name on AWS, the entry point on GCP, the function name on Azure. */
  readonly name: string;
  readonly definition: Definition;
  readonly config: FunctionConfig;
}

/** Everything a target's builder needs. */
export interface BuildPlan {
  readonly entryFile: string;
  readonly outDir: string;
  readonly functions: readonly PlannedFunction[];
  readonly config: BuildConfig;
}

/**
 * The generated entry: imports the user's entry as a namespace, then one statement per function.
 *
 * @example
 * entrySource('/app/src/index.ts', ["import { toLambda } from '@faasport/adapter-aws';"], ['…'])
 */
export function entrySource(entryFile: string, imports: readonly string[], statements: readonly string[]): string {
  return [`import * as user from ${JSON.stringify(entryFile)};`, ...imports, ...statements, ''].join('\n');
}
