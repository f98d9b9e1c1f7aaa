import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { providerCapabilities } from '../../src/matrix/model.js';
import { expectedOutputs, OUTPUTS, staleOutputs, writeOutputs } from '../../src/matrix/outputs.js';
import { END, START } from '../../src/matrix/readme.js';

const REPO = join(import.meta.dirname, '../../../..');

function repo(): string {
  const root = mkdtempSync(join(tmpdir(), 'faasport-matrix-'));
  writeFileSync(join(root, 'README.md'), `# app\n\n${START}\n${END}\n\nmore\n`);
  return root;
}

describe('matrix outputs', () => {
  it('are stale when missing, written once, then up to date', () => {
    const root = repo();
    const expected = expectedOutputs(root, providerCapabilities());
    expect([...expected.keys()]).toEqual([...OUTPUTS]);
    expect(staleOutputs(root, expected)).toEqual([...OUTPUTS]);
    expect(writeOutputs(root, expected)).toEqual([...OUTPUTS]);
    expect(staleOutputs(root, expected)).toEqual([]);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toMatch(
      /^# app\n\n<!-- providers:start -->\n\| \| AWS Lambda/,
    );
  });

  it('notice a hand edit of one file', () => {
    const root = repo();
    const expected = expectedOutputs(root, providerCapabilities());
    writeOutputs(root, expected);
    writeFileSync(join(root, 'docs/providers.html'), `${expected.get('docs/providers.html')}<!-- edited -->`);
    expect(staleOutputs(root, expected)).toEqual(['docs/providers.html']);
  });

  it('are up to date in this repository (the committed docs match the capabilities)', () => {
    expect(staleOutputs(REPO, expectedOutputs(REPO, providerCapabilities()))).toEqual([]);
  });
});
