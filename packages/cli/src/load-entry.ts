import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Definition, FaasportError } from '@faasport/core';
import { isDefinition } from '@faasport/core/adapter';
import { build } from 'esbuild';

/**
 * The entry could not be found, bundled or imported; the message says which and why.
 *
 * @example
 * if (error instanceof EntryLoadError) process.exit(1)
 */
export class EntryLoadError extends FaasportError {
  readonly entry: string;
  constructor(entry: string, message: string, options?: { cause?: unknown }) {
    super('ENTRY_LOAD_FAILED', `cannot load ${entry}: ${message}`, options);
    this.entry = entry;
  }
}

/** A loaded entry: its file and the definitions it exports, by export name. */
export interface LoadedEntry {
  readonly file: string;
  readonly definitions: ReadonlyMap<string, Definition>;
}

/**
 * Resolves `<entry>`: a module file, or a folder (its package.json `main`, else `src/index.ts`).
 *
 * @example
 * resolveEntry('examples/hello') // …/examples/hello/src/index.ts
 */
export function resolveEntry(entry: string, cwd = process.cwd()): string {
  const path = resolve(cwd, entry);
  if (!existsSync(path)) throw new EntryLoadError(entry, `no such file or folder (${path})`);
  if (!statSync(path).isDirectory()) return path;
  const pkgPath = join(path, 'package.json');
  if (existsSync(pkgPath)) {
    const main = (JSON.parse(readFileSync(pkgPath, 'utf8')) as { main?: unknown }).main;
    if (typeof main === 'string' && existsSync(join(path, main))) return join(path, main);
  }
  const fallback = join(path, 'src', 'index.ts');
  if (existsSync(fallback)) return fallback;
  throw new EntryLoadError(entry, `a folder needs a package.json "main" that exists, or src/index.ts (${path})`);
}

let generation = 0;

/**
 * Bundles the entry (TypeScript too) with esbuild, its packages left external, into `outDir`,
 * imports it fresh (a new file each call, so a reload sees changes) and collects the exported
 * faasport definitions.
 *
 * @example
 * const { definitions } = await loadEntry('examples/hello/src/app.ts')
 */
export async function loadEntry(entry: string, options: { cwd?: string; outDir?: string } = {}): Promise<LoadedEntry> {
  const file = resolveEntry(entry, options.cwd);
  const outDir = options.outDir ?? join(dirname(file), '.faasport', 'load');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `entry-${process.pid}-${++generation}.mjs`);
  try {
    await build({
      entryPoints: [file],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      sourcemap: 'inline',
      logLevel: 'silent',
    });
  } catch (error) {
    throw new EntryLoadError(entry, `it does not compile: ${(error as Error).message}`, { cause: error });
  }
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(outfile).href)) as Record<string, unknown>;
  } catch (error) {
    throw new EntryLoadError(entry, `importing it threw: ${(error as Error).message}`, { cause: error });
  }
  const definitions = new Map<string, Definition>();
  for (const [name, value] of Object.entries(mod)) {
    if (isDefinition(value)) definitions.set(name, value);
  }
  if (definitions.size === 0) {
    throw new EntryLoadError(entry, 'it exports no faasport definitions (http(), queue(), …)');
  }
  return { file, definitions };
}
