import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchFolder } from '../../src/dev/watch.js';
import { tempProject } from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchFolder', () => {
  it('calls back once per burst of changes, ignores .faasport and node_modules, and stops when told', async () => {
    const dir = tempProject({ 'a.ts': '1' });
    mkdirSync(join(dir, '.faasport'));
    let calls = 0;
    const stop = watchFolder(dir, () => calls++, 40);
    try {
      await sleep(50);
      writeFileSync(join(dir, '.faasport', 'bundle.mjs'), 'x');
      await sleep(150);
      expect(calls).toBe(0);
      for (let i = 0; i < 5; i++) writeFileSync(join(dir, 'a.ts'), String(i));
      for (let i = 0; i < 40 && calls === 0; i++) await sleep(25);
      await sleep(100);
      expect(calls).toBe(1);
    } finally {
      stop();
    }
    writeFileSync(join(dir, 'a.ts'), 'after');
    await sleep(150);
    expect(calls).toBe(1);
  });
});
