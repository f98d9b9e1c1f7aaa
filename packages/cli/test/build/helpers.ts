import { execFile } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Definition } from '@faasport/core';
import type { FunctionConfig } from '../../src/build/config.js';
import type { PlannedFunction } from '../../src/build/plan.js';

/** The repo root (externals of built artifacts resolve from its node_modules). */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** A fixture entry of the build tests. */
export const fixture = (path: string): string => fileURLToPath(new URL(`../fixtures/build/${path}`, import.meta.url));

/** An example's entry file. */
export const example = (path: string): string => join(repoRoot, 'examples', path);

/**
 * A fresh output folder inside the repo (so `node_modules` resolves) and ignored by git (`.faasport/`).
 *
 * @example
 * const out = freshOutDir('hello-aws')
 */
export function freshOutDir(name: string): string {
  const dir = join(repoRoot, 'packages', 'cli', '.faasport', 'build-test', `${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A planned function for module tests. */
export const planned = (name: string, definition: Definition, config: FunctionConfig = {}): PlannedFunction => ({
  name,
  definition,
  config,
});

/**
 * Runs a Node script in a fresh process from the repo root and resolves to its stdout.
 *
 * @example
 * const out = await runNode([hostScript, outDir])
 */
export function runNode(args: readonly string[], timeoutMs = 15_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [...args], { cwd: repoRoot, timeout: timeoutMs }, (error, stdout, stderr) => {
      if (error) reject(new Error(`node ${args.join(' ')} failed: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}
