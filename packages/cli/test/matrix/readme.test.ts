import { MalformedInputError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { END, START, spliceReadme } from '../../src/matrix/readme.js';

describe('spliceReadme', () => {
  it('replaces only what lies between the markers', () => {
    const readme = `# x\n\n${START}\nold table\n${END}\n\nrest\n`;
    expect(spliceReadme(readme, '| new |')).toBe(`# x\n\n${START}\n| new |\n${END}\n\nrest\n`);
  });

  it('is idempotent', () => {
    const once = spliceReadme(`${START}${END}`, 'T');
    expect(spliceReadme(once, 'T')).toBe(once);
  });

  it('refuses missing, misordered or repeated markers with an error naming them', () => {
    expect(() => spliceReadme('no markers', 'T')).toThrow(MalformedInputError);
    expect(() => spliceReadme(`${END}${START}`, 'T')).toThrow(/providers:start/);
    expect(() => spliceReadme(`${START}${END}${START}${END}`, 'T')).toThrow(/more than one/);
  });
});
