import { http, queue } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { lambdaFunctions } from '../../src/dev/lambda-functions.js';
import type { LambdaHandler } from '../../src/dev/lambda-invoke.js';

describe('lambdaFunctions', () => {
  const api = http(() => new Response('from source'), { timeoutSeconds: 12 });
  const orders = queue(() => {});
  const built: LambdaHandler = async () => ({ statusCode: 200, body: 'from build' });

  it('serves definitions through toLambda, built once per definition, with their timeout', () => {
    const fns = lambdaFunctions(() => new Map([['api', api]]));
    const fn = fns.handlerOf('api');
    expect(fn).toMatchObject({ timeoutSeconds: 12, description: 'faasport http definition' });
    expect(typeof fn?.handler).toBe('function');
    expect(fns.handlerOf('api')).toBe(fn);
    expect(fns.handlerOf('nope')).toBeUndefined();
  });

  it('serves ready-made handlers with Lambda defaults; a handler wins over a definition of the same name', () => {
    const fns = lambdaFunctions(
      () =>
        new Map<string, typeof api | typeof orders>([
          ['api', api],
          ['orders', orders],
        ]),
      { api: built, extra: built },
    );
    expect(fns.functionNames()).toEqual(['api', 'orders', 'extra']);
    expect(fns.handlerOf('api')).toEqual({ handler: built, timeoutSeconds: 3, description: 'Lambda handler' });
    expect(fns.handlerOf('extra')?.handler).toBe(built);
    expect(fns.handlerOf('orders')?.description).toBe('faasport queue definition');
  });

  it('follows the definitions as they change (a reload)', () => {
    let defs = new Map([['api', api]]);
    const fns = lambdaFunctions(() => defs);
    expect(fns.functionNames()).toEqual(['api']);
    defs = new Map();
    expect(fns.functionNames()).toEqual([]);
    expect(fns.handlerOf('api')).toBeUndefined();
  });
});
