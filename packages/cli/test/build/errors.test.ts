import { FaasportError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { BuildConfigError, BuildError } from '../../src/build/errors.js';

describe('build errors', () => {
  it('are FaasportErrors with stable codes and the cause kept', () => {
    const cause = new Error('root');
    const build = new BuildError('cannot build', { cause });
    expect(build).toBeInstanceOf(FaasportError);
    expect([build.code, build.name, build.cause]).toEqual(['BUILD_FAILED', 'BuildError', cause]);
    const config = new BuildConfigError('/app/faasport.config.json', 'functions must be an object');
    expect([config.code, config.file, config.message]).toEqual([
      'BUILD_CONFIG_INVALID',
      '/app/faasport.config.json',
      '/app/faasport.config.json: functions must be an object',
    ]);
  });
});
