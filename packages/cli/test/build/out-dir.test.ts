import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outDirFor } from '../../src/build/out-dir.js';
import { freshOutDir } from './helpers.js';

describe('outDirFor', () => {
  const root = freshOutDir('out-dir');
  mkdirSync(join(root, 'app', 'src'), { recursive: true });
  writeFileSync(join(root, 'app', 'package.json'), '{}');
  const file = join(root, 'app', 'src', 'index.ts');
  writeFileSync(file, '');

  it('--out wins, relative to cwd', () => {
    expect(outDirFor('app', file, 'aws', 'build/lambda', root)).toBe(join(root, 'build', 'lambda'));
  });

  it('a folder entry: <folder>/dist/<target>', () => {
    expect(outDirFor('app', file, 'gcp', undefined, root)).toBe(join(root, 'app', 'dist', 'gcp'));
  });

  it('a file entry: dist/<target> in its package root', () => {
    expect(outDirFor('app/src/index.ts', file, 'azure', undefined, root)).toBe(join(root, 'app', 'dist', 'azure'));
  });
});
