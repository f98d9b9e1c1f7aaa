import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Target } from './plan.js';

/**
 * Where a build goes: `--out` (relative to `cwd`), else `dist/<target>` in the entry's package (the
 * entry folder itself, or the nearest folder with a package.json above the entry file).
 *
 * @example
 * outDirFor('examples/hello/src/app.ts', 'aws') // …/examples/hello/dist/aws
 */
export function outDirFor(entry: string, entryFile: string, target: Target, out?: string, cwd = process.cwd()): string {
  if (out !== undefined) return resolve(cwd, out);
  const given = resolve(cwd, entry);
  if (existsSync(given) && statSync(given).isDirectory()) return join(given, 'dist', target);
  return join(packageRoot(entryFile), 'dist', target);
}

function packageRoot(file: string): string {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return dirname(file);
  }
}
