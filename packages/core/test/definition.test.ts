import { describe, expect, it } from 'vitest';
import { DEFINITION, isDefinition } from '../src/definition.js';
import { http } from '../src/http.js';

describe('isDefinition', () => {
  it('recognises definitions by their brand, not their shape', () => {
    expect(isDefinition(http(() => new Response()))).toBe(true);
    expect(isDefinition({ kind: 'http', fetch: () => new Response() })).toBe(false);
    expect(isDefinition(null)).toBe(false);
    expect(isDefinition('http')).toBe(false);
  });

  it('filters by kind', () => {
    const def = http(() => new Response());
    expect(isDefinition(def, 'http')).toBe(true);
    expect(isDefinition(def, 'queue')).toBe(false);
    expect(isDefinition({ [DEFINITION]: true, kind: 'queue' }, 'queue')).toBe(true);
  });
});
