import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, freshOutDir, repoRoot } from '../build/helpers.js';

const CLI = join(repoRoot, 'packages', 'cli', 'src', 'cli.ts');
const TSX = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');

// The bin as users run it, in its own process: exit code, stdout and stderr.
function faasport(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [TSX, '--tsconfig', join(repoRoot, 'tsconfig.json'), CLI, ...args],
      { cwd: repoRoot, timeout: 30_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('faasport build (the bin)', () => {
  it('builds and lists the files, exit 0', async () => {
    const out = freshOutDir('cmd-ok');
    const { code, stdout } = await faasport([
      'build',
      fixture('configured/index.ts'),
      '--target',
      'azure',
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/faasport build: 3 function\(s\) for azure \(api, orders, table\)/);
    expect(existsSync(join(out, 'host.json'))).toBe(true);
  });

  it.each([
    [['--target', 'lambda'], 1, /faasport: unknown target "lambda": faasport build targets aws, gcp, azure/],
    [['--target', 'gcp', '--minify'], 2, /unknown flag --minify/],
    [[], 2, /--target is required/],
  ])('%j → exit %i with a message naming the problem', async (flags, exit, message) => {
    const { code, stderr } = await faasport(['build', fixture('configured/index.ts'), ...flags]);
    expect(code).toBe(exit);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('an entry with no definitions: exit 1, the reason, no stack trace', async () => {
    const { code, stderr } = await faasport(['build', fixture('bad/no-definitions.ts'), '--target', 'aws']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot load .*no-definitions\.ts: it exports no faasport definitions/);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('a definition the target cannot host: exit 1 naming it', async () => {
    const { code, stderr } = await faasport([
      'build',
      fixture('bad/odd-schedule.ts'),
      '--target',
      'azure',
      '--out',
      freshOutDir('cmd-odd'),
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot build 'every90' for azure: schedule 'rate\(90 minutes\)'/);
  });
});
