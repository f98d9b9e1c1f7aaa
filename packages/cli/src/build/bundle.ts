import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { BuildError } from './errors.js';

/** What to bundle: a generated entry (source text) that imports the user's entry. */
export interface BundleOptions {
  /** The user's entry file; its folder resolves the generated entry's imports. */
  readonly entryFile: string;
  /** Source of the generated entry (JavaScript). */
  readonly contents: string;
  readonly outfile: string;
  /** Packages the platform (or the generated package.json) provides. */
  readonly external: readonly string[];
}

// ESM output of bundled CommonJS code calls `require` for Node built-ins; give it a real one.
const REQUIRE_SHIM =
  "import { createRequire as __faasportCreateRequire } from 'node:module';\n" +
  'const require = __faasportCreateRequire(import.meta.url);';

/**
 * Bundles a generated entry with esbuild: ESM, platform node, target node22, tree-shaken, minified,
 * with a source map file. Every file is resolved with the entry's nearest tsconfig.json, so its
 * `paths` (if any) apply to dependencies too and one copy of each package ends up in the bundle.
 * https://esbuild.github.io/api/#tsconfig
 *
 * @example
 * await bundle({ entryFile, contents: "export * from './app.ts'", outfile: 'dist/aws/index.mjs', external: [] })
 */
export async function bundle(options: BundleOptions): Promise<void> {
  const resolveDir = dirname(options.entryFile);
  const tsconfig = nearestTsconfig(resolveDir);
  try {
    await build({
      stdin: { contents: options.contents, resolveDir, sourcefile: 'faasport-entry.js', loader: 'js' },
      outfile: options.outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node22',
      minify: true,
      // Errors name themselves from their class (`new.target.name`): minified names would reach
      // logs and Lambda's errorType as 'O'.
      keepNames: true,
      treeShaking: true,
      sourcemap: true,
      legalComments: 'none',
      external: [...options.external],
      banner: { js: REQUIRE_SHIM },
      logLevel: 'silent',
      ...(tsconfig && { tsconfig }),
    });
  } catch (error) {
    throw new BuildError(`bundling ${options.entryFile} failed: ${(error as Error).message}`, { cause: error });
  }
}

function nearestTsconfig(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'tsconfig.json');
    if (existsSync(file)) return file;
    if (dirname(dir) === dir) return undefined;
  }
}
