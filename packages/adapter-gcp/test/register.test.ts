import { DefinitionError, http } from '@faasport/core';
import { getFunction } from '@google-cloud/functions-framework/testing';
import { describe, expect, it } from 'vitest';
import { register } from '../src/register.js';
import { rawRequest, serveFunction, uniqueName } from './helpers.js';

describe('register', () => {
  it('registers with the Functions Framework: getFunction(name) is our handler', async () => {
    const name = uniqueName('api');
    const fn = register(
      name,
      http((_req, ctx) => new Response(`hi from ${ctx.functionName}`)),
    );
    expect(getFunction(name)).toBe(fn);
  });

  it('serves the registered function through FF with the name as functionName', async () => {
    const name = uniqueName('named');
    register(
      name,
      http((_req, ctx) => new Response(ctx.functionName)),
    );
    const served = await serveFunction(getFunction(name) as never, name);
    try {
      const res = await rawRequest(served.port, { path: '/' });
      expect(res.body.toString()).toBe(process.env.K_SERVICE || process.env.FUNCTION_TARGET || name);
    } finally {
      await served.close();
    }
  });

  it('throws DefinitionError with the cause when FF refuses the name', () => {
    let error: unknown;
    try {
      register(
        '1 not valid!',
        http(() => new Response('x')),
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DefinitionError);
    expect((error as Error).message).toContain('"1 not valid!"');
    expect(((error as Error).cause as Error).message).toContain('Invalid function name');
  });

  it('throws DefinitionError for something that is not a definition, registering nothing', () => {
    const name = uniqueName('bad');
    expect(() => register(name, {} as never)).toThrow(DefinitionError);
    expect(getFunction(name)).toBeUndefined();
  });
});
