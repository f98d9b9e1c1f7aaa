import { describe, expect, it } from 'vitest';
import { entrySource, TARGETS } from '../../src/build/plan.js';

describe('plan', () => {
  it('lists the targets', () => {
    expect(TARGETS).toEqual(['aws', 'gcp', 'azure']);
  });

  it('entrySource imports the user entry as a namespace, then the imports and statements', () => {
    expect(entrySource('/app/src/it\'s "here".ts', ["import { a } from 'a';"], ['a(user["x"]);'])).toBe(
      ['import * as user from "/app/src/it\'s \\"here\\".ts";', "import { a } from 'a';", 'a(user["x"]);', ''].join(
        '\n',
      ),
    );
  });
});
