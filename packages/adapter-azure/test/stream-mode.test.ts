import { afterEach, describe, expect, it } from 'vitest';
import { isHttpStreamEnabled, setHttpStreamEnabled } from '../src/stream-mode.js';

describe('stream mode flag', () => {
  afterEach(() => setHttpStreamEnabled(false));

  it('is off until set, and is shared through globalThis so every build of the module agrees', () => {
    expect(isHttpStreamEnabled()).toBe(false);
    setHttpStreamEnabled(true);
    expect(isHttpStreamEnabled()).toBe(true);
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('faasport.azure.enableHttpStream')]).toBe(true);
    setHttpStreamEnabled(false);
    expect(isHttpStreamEnabled()).toBe(false);
  });
});
