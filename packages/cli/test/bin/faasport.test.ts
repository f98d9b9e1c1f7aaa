// The committed bin (bin/faasport.js), as npm links it into node_modules/.bin: on a fresh clone it
// runs the sources through tsx; with a build it runs dist/cli.js; with neither it names the fix.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../../test/helpers/fixtures.js';
import { type FreshClone, freshClone } from '../../../../test/helpers/fresh-clone.js';
import { userEnv } from '../../../../test/helpers/shell-line.js';

const clones: FreshClone[] = [];
afterEach(() => {
  for (const clone of clones.splice(0)) clone.remove();
});

function cloned(): FreshClone {
  const clone = freshClone();
  clones.push(clone);
  return clone;
}

function faasport(clone: FreshClone, args: string[]) {
  const bin = join(clone.root, 'node_modules', '.bin', 'faasport');
  const result = spawnSync(bin, args, { cwd: clone.root, env: userEnv(clone.root, false), encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bin/faasport.js', () => {
  it('is linked by npm on a fresh clone and runs the sources there: usage, exit codes and stdio pass through', () => {
    const clone = cloned();
    expect(existsSync(join(clone.root, 'packages', 'cli', 'dist'))).toBe(false);
    const help = faasport(clone, ['--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^faasport <command> \[options\]\n\ncommands:\n {2}build {4}bundle an entry/);
    const unknown = faasport(clone, ['deploy']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^faasport: unknown command "deploy"/);
    const missing = faasport(clone, ['invoke', 'nowhere.ts', 'x', '--event', 'sqs']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^faasport: cannot load nowhere\.ts: no such file or folder/);
  }, 60_000);

  it('runs dist/cli.js when there is a build, as in the published package (no sources)', () => {
    const clone = cloned();
    const packages = ['core', 'adapter-aws', 'adapter-gcp', 'adapter-azure', 'cli'];
    for (const pkg of packages) {
      const dist = join(repoRoot, 'packages', pkg, 'dist');
      expect(existsSync(dist), `packages/${pkg}/dist: run \`npm run build\` first (npm test does)`).toBe(true);
      cpSync(dist, join(clone.root, 'packages', pkg, 'dist'), { recursive: true });
    }
    rmSync(join(clone.root, 'packages', 'cli', 'src'), { recursive: true });
    const help = faasport(clone, ['--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^faasport <command> \[options\]\n/);
  }, 60_000);

  it('without a build and without tsx: one line naming the fix, exit 1', () => {
    const clone = cloned();
    rmSync(join(clone.root, 'node_modules', 'tsx'));
    expect(faasport(clone, ['--help'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'faasport: the CLI is not built (no dist/cli.js); run `npm run build` first\n',
    });
  }, 60_000);

  it('without a build and without the sources: the same line, exit 1', () => {
    const clone = cloned();
    rmSync(join(clone.root, 'packages', 'cli', 'src'), { recursive: true });
    expect(faasport(clone, ['matrix'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'faasport: the CLI is not built (no dist/cli.js); run `npm run build` first\n',
    });
  }, 60_000);
});
