import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Capabilities } from '@faasport/core/capabilities';
import { buildMatrix } from './model.js';
import { spliceReadme } from './readme.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown, renderReadmeTable } from './render-markdown.js';

/** The generated files, relative to the repository root. */
export const OUTPUTS = ['docs/providers.md', 'docs/providers.html', 'README.md'] as const;

/**
 * What each generated file must contain, from `all` and the README currently under `root`.
 *
 * @example
 * const files = expectedOutputs(process.cwd(), providerCapabilities())
 */
export function expectedOutputs(root: string, all: readonly Capabilities[]): Map<string, string> {
  const matrix = buildMatrix(all);
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  return new Map([
    ['docs/providers.md', renderMarkdown(matrix)],
    ['docs/providers.html', renderHtml(matrix)],
    ['README.md', spliceReadme(readme, renderReadmeTable(matrix))],
  ]);
}

/**
 * The generated files whose content on disk differs from `expected` (missing ones included).
 *
 * @example
 * staleOutputs(root, expectedOutputs(root, caps)) // ['docs/providers.html']
 */
export function staleOutputs(root: string, expected: ReadonlyMap<string, string>): string[] {
  return [...expected]
    .filter(([path, content]) => {
      const file = join(root, path);
      return !existsSync(file) || readFileSync(file, 'utf8') !== content;
    })
    .map(([path]) => path);
}

/**
 * Writes the files that changed; returns their paths.
 *
 * @example
 * writeOutputs(root, expectedOutputs(root, caps))
 */
export function writeOutputs(root: string, expected: ReadonlyMap<string, string>): string[] {
  const stale = staleOutputs(root, expected);
  for (const path of stale) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, expected.get(path)!);
  }
  return stale;
}
