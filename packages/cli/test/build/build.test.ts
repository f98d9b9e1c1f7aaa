import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, describeBuild } from '../../src/build/build.js';
import { BuildConfigError } from '../../src/build/errors.js';
import { EntryLoadError } from '../../src/load-entry.js';
import { fixture, freshOutDir, repoRoot } from './helpers.js';

describe('build', () => {
  it('builds every exported definition with its config and reports what it wrote', async () => {
    const out = freshOutDir('build-configured');
    const result = await build({ entry: fixture('configured/index.ts'), target: 'gcp', out });
    expect(result).toEqual({
      target: 'gcp',
      outDir: out,
      files: ['index.js', 'index.js.map', 'package.json', 'deploy.sh'],
      functions: ['api', 'orders', 'table'],
    });
    for (const file of result.files) expect(existsSync(join(out, file))).toBe(true);
    expect(describeBuild(result, repoRoot)).toBe(
      [
        'faasport build: 3 function(s) for gcp (api, orders, table) → packages/cli/.faasport/build-test/' +
          `build-configured-${process.pid}`,
        ...result.files.map((f) => `  packages/cli/.faasport/build-test/build-configured-${process.pid}/${f}`),
        '',
      ].join('\n'),
    );
  });

  it('an entry with no definitions is an EntryLoadError saying so', async () => {
    const failed = build({ entry: fixture('bad/no-definitions.ts'), target: 'aws', out: freshOutDir('none') });
    await expect(failed).rejects.toThrow(EntryLoadError);
    await expect(failed).rejects.toThrow(/exports no faasport definitions/);
  });

  it('a config naming a function the entry does not export is a BuildConfigError naming it', async () => {
    const dir = freshOutDir('bad-config');
    writeFileSync(join(dir, 'package.json'), '{}');
    writeFileSync(
      join(dir, 'index.mjs'),
      "export const api = { [Symbol.for('faasport.definition')]: true, kind: 'http', fetch: () => new Response(), options: {} };",
    );
    writeFileSync(join(dir, 'faasport.config.json'), '{"functions":{"apii":{"aws":{}}}}');
    const failed = build({ entry: join(dir, 'index.mjs'), target: 'aws', out: join(dir, 'out') });
    await expect(failed).rejects.toThrow(BuildConfigError);
    await expect(failed).rejects.toThrow(
      /functions\.apii: the entry exports no definition named "apii" \(it exports api\)/,
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('defaults the output to dist/<target> in the entry folder', async () => {
    const dir = freshOutDir('default-out');
    writeFileSync(join(dir, 'package.json'), '{"main":"index.mjs"}');
    writeFileSync(
      join(dir, 'index.mjs'),
      "export const api = { [Symbol.for('faasport.definition')]: true, kind: 'http', fetch: () => new Response('hi'), options: {} };",
    );
    const result = await build({ entry: dir, target: 'azure' });
    expect(result.outDir).toBe(join(dir, 'dist', 'azure'));
    expect(existsSync(join(dir, 'dist', 'azure', 'host.json'))).toBe(true);
  });
});
