import { DefinitionError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { BuildError } from '../../src/build/errors.js';
import { forFunction } from '../../src/build/function-error.js';

describe('forFunction', () => {
  it('returns the step value', () => {
    expect(forFunction('api', 'aws', () => 42)).toBe(42);
  });

  it('turns a faasport error into a BuildError naming the function and target, keeping the cause', () => {
    const cause = new DefinitionError("schedule 'x': nope");
    let caught: unknown;
    try {
      forFunction('nightly', 'gcp', () => {
        throw cause;
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BuildError);
    expect((caught as BuildError).message).toBe("cannot build 'nightly' for gcp: schedule 'x': nope");
    expect((caught as BuildError).cause).toBe(cause);
  });

  it('lets other errors through unchanged (bugs are not build problems)', () => {
    const bug = new TypeError('boom');
    expect(() =>
      forFunction('api', 'aws', () => {
        throw bug;
      }),
    ).toThrow(bug);
  });
});
