import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EntryLoadError, loadEntry, resolveEntry } from '../src/load-entry.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'faasport-entry-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const DEFS = `
import { http, queue } from '@faasport/core';
export const api = http(() => new Response('hi'));
export const orders = queue(async () => {});
export const notADefinition = 42;
`;

describe('loadEntry', () => {
  it('bundles a TypeScript entry and collects its definitions by export name', async () => {
    const dir = project({ 'index.ts': DEFS });
    // The temp folder has no node_modules: bundle next to this repo so @faasport/core resolves.
    const { definitions } = await loadEntry(join(dir, 'index.ts'), {
      outDir: join(process.cwd(), '.faasport', 'test'),
    });
    expect([...definitions.keys()].sort()).toEqual(['api', 'orders']);
    expect(definitions.get('orders')?.kind).toBe('queue');
  });

  it('sees changes on the next load (reload)', async () => {
    const dir = project({ 'index.ts': DEFS });
    const outDir = join(process.cwd(), '.faasport', 'test');
    await loadEntry(join(dir, 'index.ts'), { outDir });
    writeFileSync(
      join(dir, 'index.ts'),
      `import { http } from '@faasport/core';\nexport const only = http(() => new Response('x'));\n`,
    );
    const { definitions } = await loadEntry(join(dir, 'index.ts'), { outDir });
    expect([...definitions.keys()]).toEqual(['only']);
  });

  it('resolves a folder through package.json main, then src/index.ts', () => {
    const withMain = project({ 'package.json': '{"main":"app.ts"}', 'app.ts': '' });
    expect(resolveEntry(withMain)).toBe(join(withMain, 'app.ts'));
    expect(() => resolveEntry(project({}))).toThrow(/package.json "main" that exists, or src\/index.ts/);
  });

  it('names the problem: missing file, syntax error, throwing module, no definitions', async () => {
    const outDir = join(process.cwd(), '.faasport', 'test');
    await expect(loadEntry('/nonexistent/entry.ts')).rejects.toThrow(/no such file/);
    const broken = project({
      'a.ts': 'export const = ;',
      'b.ts': 'throw new Error("boom at import")',
      'c.ts': 'export const x = 1',
    });
    await expect(loadEntry(join(broken, 'a.ts'), { outDir })).rejects.toThrow(/does not compile/);
    await expect(loadEntry(join(broken, 'b.ts'), { outDir })).rejects.toThrow(/importing it threw: boom at import/);
    await expect(loadEntry(join(broken, 'c.ts'), { outDir })).rejects.toThrow(EntryLoadError);
    await expect(loadEntry(join(broken, 'c.ts'), { outDir })).rejects.toThrow(/exports no faasport definitions/);
  });
});
