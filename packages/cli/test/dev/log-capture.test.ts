import { describe, expect, it } from 'vitest';
import { captureLogs, installLogCapture } from '../../src/dev/log-capture.js';

describe('log capture', () => {
  it("keeps each call's stdout/stderr lines apart across awaits, and restores the streams", async () => {
    const before = process.stdout.write;
    const uninstall = installLogCapture();
    const second = installLogCapture();
    try {
      const call = (name: string) =>
        captureLogs(async () => {
          process.stdout.write(`${name} one\n`);
          await new Promise((r) => setTimeout(r, 5));
          process.stderr.write(`${name} two\n`);
          return name;
        });
      const [a, b] = await Promise.all([call('a'), call('b')]);
      expect(a).toEqual({ value: 'a', output: 'a one\na two\n' });
      expect(b.output).toBe('b one\nb two\n');
    } finally {
      second();
      expect(process.stdout.write).not.toBe(before);
      uninstall();
    }
    expect(process.stdout.write).toBe(before);
  });
});
