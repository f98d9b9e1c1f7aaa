// What a deployed function carries: each adapter's main entry bundled from its published `dist` (through
// node_modules and the package's `exports`, as a user's bundler resolves it) holds none of the capability
// tables; those live in the `./capabilities` entry, for the tools (`faasport matrix`, the docs).
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.js';

/**
 * A text that appears only in each adapter's capability tables: a source's display name, or for GCP (whose source
 * list shares its display names with the tables) the memory limit's documentation page.
 */
const TABLE_TEXT = {
  aws: 'Application Load Balancer (multi-value headers)',
  gcp: 'https://cloud.google.com/functions/docs/configuring/memory',
  azure: 'Service Bus queue (cardinality one)',
} as const;

const ENTRY = {
  aws: "import { toLambda } from '@faasport/adapter-aws'; export const handler = toLambda(http(() => new Response('hi')));",
  gcp: "import { toCloudFunction } from '@faasport/adapter-gcp'; export const handler = toCloudFunction(http(() => new Response('hi')));",
  azure:
    "import { toAzureHandler } from '@faasport/adapter-azure'; export const handler = toAzureHandler(http(() => new Response('hi')));",
} as const;

/** Bundles `source` (minified ESM, node20) as a deployment would; returns the text and the files it read. */
async function bundle(source: string): Promise<{ text: string; inputs: string[] }> {
  const result = await build({
    stdin: { contents: source, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    metafile: true,
    // No tsconfig `paths`: `@faasport/*` resolves to node_modules → package.json `exports` → dist.
    tsconfigRaw: '{}',
    external: ['@azure/functions', '@google-cloud/functions-framework'],
    logLevel: 'silent',
  });
  return { text: result.outputFiles[0]?.text ?? '', inputs: Object.keys(result.metafile.inputs) };
}

describe.each(Object.keys(TABLE_TEXT) as (keyof typeof TABLE_TEXT)[])('@faasport/adapter-%s bundled from dist', (p) => {
  it('main entry: a bare handler carries no capability table', async () => {
    const { text, inputs } = await bundle(`import { http } from '@faasport/core'; ${ENTRY[p]}`);
    expect(inputs.some((f) => f.startsWith(`packages/adapter-${p}/dist/`))).toBe(true);
    expect(inputs.filter((f) => f.includes('/src/'))).toEqual([]);
    expect(text).toContain('hi');
    expect(text).not.toContain(TABLE_TEXT[p]);
  });

  it('./capabilities entry: holds the tables', async () => {
    const { text } = await bundle(
      `import { capabilities } from '@faasport/adapter-${p}/capabilities'; console.log(capabilities);`,
    );
    expect(text).toContain(TABLE_TEXT[p]);
  });
});
