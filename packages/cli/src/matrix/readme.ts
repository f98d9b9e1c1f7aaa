import { MalformedInputError } from '@faasport/core';

export const START = '<!-- providers:start -->';
export const END = '<!-- providers:end -->';

/**
 * Replaces what lies between the `providers:start` and `providers:end` markers of `readme` with `block`.
 * Missing or misordered markers are a `MalformedInputError` naming them.
 *
 * @example
 * spliceReadme(readFileSync('README.md', 'utf8'), renderReadmeTable(matrix))
 */
export function spliceReadme(readme: string, block: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) {
    throw new MalformedInputError(`README.md needs ${START} followed by ${END} around the provider table`);
  }
  if (readme.indexOf(START, start + 1) !== -1 || readme.indexOf(END, end + 1) !== -1) {
    throw new MalformedInputError(`README.md has more than one ${START} … ${END} pair`);
  }
  return `${readme.slice(0, start + START.length)}\n${block}\n${readme.slice(end)}`;
}
