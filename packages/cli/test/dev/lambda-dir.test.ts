import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLambdaDir } from '../../src/dev/lambda-dir.js';
import { EntryLoadError } from '../../src/load-entry.js';
import { tempProject } from './helpers.js';

describe('loadLambdaDir', () => {
  it("imports <dir>/index.mjs and keeps its function exports, as Lambda's index.<name> handlers", async () => {
    const dir = tempProject({
      'index.mjs':
        'export const hello = async (e) => ({ got: e });\nexport const version = 3;\nexport default async () => 1;\n',
    });
    const handlers = await loadLambdaDir(dir);
    expect(Object.keys(handlers).sort()).toEqual(['default', 'hello']);
    expect(await (handlers.hello as unknown as (e: unknown) => Promise<unknown>)({ a: 1 })).toEqual({ got: { a: 1 } });
  });

  it('takes a module file too, relative to cwd', async () => {
    const dir = tempProject({ 'handler.mjs': 'export const ping = () => "pong";\n' });
    const handlers = await loadLambdaDir('handler.mjs', dir);
    expect(Object.keys(handlers)).toEqual(['ping']);
  });

  it('a folder without index.mjs is an EntryLoadError saying to build it', async () => {
    const dir = tempProject({ 'readme.txt': 'nothing built here' });
    const failed = loadLambdaDir(dir);
    await expect(failed).rejects.toBeInstanceOf(EntryLoadError);
    await expect(failed).rejects.toThrow(
      `${join(dir, 'index.mjs')} does not exist (build it with faasport build <entry> --target aws)`,
    );
  });

  it('an index.mjs that throws on import is an EntryLoadError with the cause', async () => {
    const dir = tempProject({ 'index.mjs': 'throw new Error("broken bundle");\n' });
    const error = await loadLambdaDir(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EntryLoadError);
    expect((error as Error).message).toMatch(/importing .*index\.mjs failed: broken bundle/);
    expect(((error as Error).cause as Error).message).toBe('broken bundle');
  });

  it('an index.mjs without a function export is an EntryLoadError naming the file', async () => {
    const dir = tempProject({ 'index.mjs': 'export const config = { a: 1 };\n' });
    await expect(loadLambdaDir(dir)).rejects.toThrow(/index\.mjs exports no Lambda handler/);
  });
});
