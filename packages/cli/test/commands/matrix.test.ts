import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Io, run } from '../../src/commands/matrix.js';
import { UsageError } from '../../src/errors.js';
import { END, START } from '../../src/matrix/readme.js';

const REPO = join(import.meta.dirname, '../../../..');

function capture(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out(t: string) {
      io.stdout += t;
    },
    err(t: string) {
      io.stderr += t;
    },
  };
  return io;
}

function repo(): string {
  const root = mkdtempSync(join(tmpdir(), 'faasport-matrix-cmd-'));
  writeFileSync(join(root, 'README.md'), `# app\n${START}\n${END}\n`);
  return root;
}

describe('faasport matrix', () => {
  it('--check fails on a stale tree, writing fixes it, --check then passes', async () => {
    const root = repo();
    const io = capture();
    expect(await run(['--check', '--root', root], io)).toBe(1);
    expect(io.stderr).toBe(
      'faasport matrix: stale, run `npm run matrix`: docs/providers.md, docs/providers.html, README.md\n',
    );
    expect(await run(['--root', root], io)).toBe(0);
    expect(io.stdout).toBe('wrote docs/providers.md, docs/providers.html, README.md\n');
    expect(await run(['--check', '--root', root], io)).toBe(0);
    expect(readFileSync(join(root, 'docs/providers.md'), 'utf8')).toContain('# Providers compared');
  });

  it('--check passes on this repository', async () => {
    expect(await run(['--check', '--root', REPO], capture())).toBe(0);
  });

  it('--json prints every adapter’s capabilities', async () => {
    const io = capture();
    expect(await run(['--json'], io)).toBe(0);
    const model = JSON.parse(io.stdout) as {
      providers: { provider: string; limits: { timeout: { http: { value: number } } } }[];
    };
    expect(model.providers.map((p) => p.provider)).toEqual(['aws', 'gcp', 'azure']);
    expect(model.providers[0]!.limits.timeout.http.value).toBe(900);
  });

  it('--for prints the portability report of an entry, as text or JSON', async () => {
    const io = capture();
    expect(await run(['--for', join(REPO, 'examples/orders-queue/src/orders.ts')], io)).toBe(0);
    expect(io.stdout).toMatch(
      /^Portability of .*orders\.ts \(1 definition\)\n\nAWS Lambda \(aws\)\n {2}fully supported:\n {4}ordersQueue \(queue\) via SQS standard queue/,
    );
    const json = capture();
    await run(['--for', join(REPO, 'examples/orders-queue/src/orders.ts'), '--json'], json);
    expect((JSON.parse(json.stdout) as { provider: string }[]).map((r) => r.provider)).toEqual(['aws', 'gcp', 'azure']);
  });

  it('refuses positional arguments with a UsageError', async () => {
    await expect(run(['docs'], capture())).rejects.toThrow(UsageError);
  });
});
