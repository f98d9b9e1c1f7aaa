import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EntryLoadError } from '../load-entry.js';
import type { LambdaHandler } from './lambda-invoke.js';

/**
 * Imports a built AWS folder's `index.mjs` (or the module file given) as the Lambda Node.js
 * runtime does — handler `index.<name>` is the export `<name>` — and resolves to its function
 * exports. `EntryLoadError` when the file is missing, fails to import, or exports no function.
 * https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html
 *
 * @example
 * const handlers = await loadLambdaDir('dist/aws') // { hello: [Function] }
 */
export async function loadLambdaDir(dir: string, cwd = process.cwd()): Promise<Record<string, LambdaHandler>> {
  const path = resolve(cwd, dir);
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.mjs') : path;
  if (!existsSync(file)) {
    throw new EntryLoadError(dir, `${file} does not exist (build it with faasport build <entry> --target aws)`);
  }
  let module: Record<string, unknown>;
  try {
    module = await import(pathToFileURL(file).href);
  } catch (error) {
    throw new EntryLoadError(dir, `importing ${file} failed: ${(error as Error).message}`, { cause: error });
  }
  const handlers: Record<string, LambdaHandler> = {};
  for (const [name, value] of Object.entries(module)) {
    if (typeof value === 'function') handlers[name] = value as LambdaHandler;
  }
  if (Object.keys(handlers).length === 0) throw new EntryLoadError(dir, `${file} exports no Lambda handler`);
  return handlers;
}
