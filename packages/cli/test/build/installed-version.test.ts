import { describe, expect, it } from 'vitest';
import { installedRange } from '../../src/build/installed-version.js';
import { fixture, readRootJson } from './helpers.js';

describe('installedRange', () => {
  it('reads the installed version up the tree (FF does not export its package.json)', () => {
    const version = readRootJson('node_modules/@google-cloud/functions-framework/package.json').version;
    expect(installedRange('@google-cloud/functions-framework', fixture('all-kinds'), '^5.0.0')).toBe(`^${version}`);
  });

  it('falls back when the package is not installed', () => {
    expect(installedRange('@faasport/not-a-package', fixture('all-kinds'), '^1.0.0')).toBe('^1.0.0');
  });
});
