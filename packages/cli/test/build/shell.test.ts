import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellQuote } from '../../src/build/shell.js';

describe('shellQuote', () => {
  it('leaves plain words alone and quotes the rest', () => {
    expect(shellQuote('orders-in')).toBe('orders-in');
    expect(shellQuote('0 3 * * 1-5')).toBe("'0 3 * * 1-5'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
  });

  it.each(['0 3 * * 1-5', 'it\'s $HOME `x` "q"', 'a=b;c'])('%s reaches the shell unchanged', (value) => {
    expect(execFileSync('sh', ['-c', `printf %s ${shellQuote(value)}`], { encoding: 'utf8' })).toBe(value);
  });
});
