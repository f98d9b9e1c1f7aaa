import { describe, expect, it } from 'vitest';
import { unwatch, watch } from '../src/watchdog.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watch / unwatch', () => {
  it('fires each watch once, at its time, earliest first, even when a later one was added first', async () => {
    const fired: string[] = [];
    const now = Date.now();
    watch({ at: now + 60, fire: () => fired.push('late') });
    watch({ at: now + 20, fire: () => fired.push('early') });
    await sleep(40);
    expect(fired).toEqual(['early']);
    await sleep(50);
    expect(fired).toEqual(['early', 'late']);
  });

  it('never fires a watch removed before its time', async () => {
    let fired = false;
    const w = { at: Date.now() + 20, fire: () => (fired = true) };
    watch(w);
    unwatch(w);
    await sleep(40);
    expect(fired).toBe(false);
  });
});
