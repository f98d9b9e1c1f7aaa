import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDevArgs, run } from '../../src/commands/dev.js';
import { UsageError } from '../../src/errors.js';
import { tempProject } from '../dev/helpers.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const tsx = join(repo, 'node_modules', '.bin', 'tsx');
const cli = join(repo, 'packages', 'cli', 'src', 'cli.ts');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('parseDevArgs', () => {
  it('reads the flags, with 3000, local and watching as defaults', () => {
    expect(parseDevArgs(['app.ts'])).toEqual({
      entry: 'app.ts',
      port: 3000,
      as: 'local',
      watch: true,
      demo: false,
      once: false,
    });
    expect(parseDevArgs(['app.ts', '--port', '0', '--host', '0.0.0.0', '--as', 'gcp', '--no-watch'])).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      as: 'gcp',
      watch: false,
    });
  });

  it('--lambda takes a built folder, with or without an entry', () => {
    expect(parseDevArgs(['--lambda', 'dist/aws'])).toEqual({
      lambda: 'dist/aws',
      port: 3000,
      as: 'local',
      watch: true,
      demo: false,
      once: false,
    });
    expect(parseDevArgs(['app.ts', '--lambda', 'dist/aws'])).toMatchObject({ entry: 'app.ts', lambda: 'dist/aws' });
    expect(() => parseDevArgs(['--lambda'])).toThrow(/--lambda needs a value/);
    expect(() => parseDevArgs([])).toThrow(/faasport dev needs an entry \(or --lambda <dir>\)/);
  });

  it('names a bad flag', () => {
    expect(() => parseDevArgs([])).toThrow(UsageError);
    expect(() => parseDevArgs(['a', '--as', 'ibm'])).toThrow(/--as must be one of aws, gcp, azure, local, got "ibm"/);
    expect(() => parseDevArgs(['a', '--port', 'http'])).toThrow(/--port must be a port number/);
    expect(() => parseDevArgs(['a', '--once'])).toThrow(/--once goes with --demo/);
    expect(() => parseDevArgs(['a', '--colour'])).toThrow(/unknown flag --colour/);
  });
});

describe('faasport dev --demo --once', () => {
  it('prints the URLs, then the same requests answered through the dev server, aws, gcp and azure, and exits 0', async () => {
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    const code = await run([join(repo, 'examples/hello'), '--demo', '--once', '--port', '0']);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    expect(out).toMatch(/faasport dev: serving 1 function\(s\) at http:\/\/127\.0\.0\.1:\d+ through local/);
    expect(out).toMatch(/http {6}hello {12}http:\/\/127\.0\.0\.1:\d+\//);
    expect(out).toContain('hello: GET /?name=Ada&lang=en&lang=fr');
    for (const through of ['dev server', 'aws', 'gcp', 'azure']) {
      const provider = through === 'dev server' ? 'local' : through;
      expect(out).toMatch(
        new RegExp(`\\n${through} +200 +application/json +\\{"message":"Hello, Ada!","provider":"${provider}"`),
      );
      expect(out).toMatch(
        new RegExp(`\\n${through} +201 +application/json +\\{"message":"Hello, Grace!","provider":"${provider}"\\}`),
      );
    }
  });
});

describe('faasport dev --lambda', () => {
  it('rejects with EntryLoadError when the folder holds no built index.mjs', async () => {
    const dir = tempProject({ 'template.yaml': '' });
    await expect(run(['--lambda', dir, '--port', '0'])).rejects.toThrow(/index\.mjs does not exist \(build it with/);
  });
});

describe('the faasport bin', () => {
  it('exits 1 with a clear message, not a stack trace, when the entry fails to load', async () => {
    const dir = tempProject({ 'index.ts': 'export const = ;' });
    writeFileSync(join(dir, 'package.json'), '{"main":"index.ts"}');
    const failed = await promisify(execFile)(
      tsx,
      ['--tsconfig', join(repo, 'tsconfig.json'), cli, 'dev', dir, '--port', '0'],
      {
        cwd: repo,
        timeout: 30_000,
      },
    ).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/^faasport: cannot load .*: it does not compile/m);
    expect(failed?.stderr).not.toMatch(/^\s+at /m);
  });
});
