import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundle } from '../../src/build/bundle.js';
import { BuildError } from '../../src/build/errors.js';
import { fixture, freshOutDir, runNode } from './helpers.js';

describe('bundle', () => {
  it('bundles TypeScript and packages into one minified ESM file with a source map, externals left alone', async () => {
    const out = freshOutDir('bundle');
    const outfile = join(out, 'index.mjs');
    await bundle({
      entryFile: fixture('all-kinds/index.ts'),
      contents: [
        `import * as user from ${JSON.stringify(fixture('all-kinds/index.ts'))};`,
        "import { isDefinition } from '@faasport/core/adapter';",
        "import * as ff from '@google-cloud/functions-framework';",
        'export const kinds = Object.values(user).filter((d) => isDefinition(d)).map((d) => d.kind).sort();',
        'export const ffLoaded = typeof ff.http;',
      ].join('\n'),
      outfile,
      external: ['@google-cloud/functions-framework'],
    });
    const code = readFileSync(outfile, 'utf8');
    expect(code).toMatch(/from"@google-cloud\/functions-framework"|from '@google-cloud\/functions-framework'/);
    expect(code).toContain('//# sourceMappingURL=index.mjs.map');
    expect(JSON.parse(readFileSync(`${outfile}.map`, 'utf8')).sources.some((s: string) => s.endsWith('index.ts'))).toBe(
      true,
    );
    // One copy of core: the entry's tsconfig paths apply to every file.
    expect(code.match(/faasport\.definition/g)).toHaveLength(1);
    const printed = await runNode([
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(outfile)}); console.log(JSON.stringify([m.kinds, m.ffLoaded]))`,
    ]);
    expect(JSON.parse(printed)).toEqual([
      ['event', 'http', 'queue', 'schedule', 'storage', 'stream', 'topic'],
      'function',
    ]);
  });

  it('a compile error is a BuildError naming the entry and esbuild message', async () => {
    const out = freshOutDir('bundle-bad');
    const entryFile = join(out, 'broken.ts');
    writeFileSync(entryFile, 'export const x: number = ;');
    const failed = bundle({
      entryFile,
      contents: `export * from ${JSON.stringify(entryFile)};`,
      outfile: join(out, 'o.mjs'),
      external: [],
    });
    await expect(failed).rejects.toThrow(BuildError);
    await expect(failed).rejects.toThrow(/bundling .*broken\.ts failed: .*Unexpected ";"/s);
  });
});
