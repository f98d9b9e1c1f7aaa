import { DefinitionError, http, queue } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { register, toRoute } from '../src/register.js';
import { captureRegistration } from '../src/testing/functions-core.js';
import { createHttpInvoker } from '../src/testing/worker.js';

const echo = http((req) => Response.json({ url: req.url, method: req.method }));

function registerCaptured(name: string, def = echo, bindings?: Parameters<typeof register>[2]) {
  return captureRegistration(() => register(name, def, bindings));
}

describe('register', () => {
  it('registers app.http with an httpTrigger (all common methods, anonymous, name/{*path}) and an http output', () => {
    const { registration } = registerCaptured('orders');
    const bindings = Object.values(registration.metadata.bindings);
    expect(registration.metadata.name).toBe('orders');
    expect(bindings).toEqual([
      expect.objectContaining({
        type: 'httpTrigger',
        direction: 'in',
        authLevel: 'anonymous',
        route: 'orders/{*path}',
        methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'],
      }),
      expect.objectContaining({ type: 'http', direction: 'out', name: expect.any(String) }),
    ]);
    expect(registration.metadata.bindings.$return?.type).toBe('http');
  });

  it("takes the definition's route and methods, and lets bindings override everything", () => {
    const def = http(() => new Response(), { route: '/v1/shop/', methods: ['get', 'post'] });
    const fromDef = Object.values(registerCaptured('shop', def).registration.metadata.bindings)[0];
    expect(fromDef).toMatchObject({ route: 'v1/shop/{*path}', methods: ['GET', 'POST'] });
    const custom = registerCaptured('shop2', def, { route: 'items/{id:int}', authLevel: 'function', methods: ['PUT'] });
    expect(Object.values(custom.registration.metadata.bindings)[0]).toMatchObject({
      route: 'items/{id:int}',
      authLevel: 'function',
      methods: ['PUT'],
    });
  });

  it('routes /api/<name>, its trailing slash and every sub-path to the function, and nothing else', async () => {
    const { core, registration } = registerCaptured('hello');
    const invoker = createHttpInvoker(core, registration, 'api');
    for (const path of ['/api/hello', '/api/hello/', '/api/hello/a/b?x=1', '/API/Hello/c']) {
      const res = await invoker.invoke(new Request(`http://localhost${path}`));
      expect(res.status, path).toBe(200);
      expect(((await res.json()) as { url: string }).url).toBe(`http://localhost${path}`);
    }
    expect((await invoker.invoke(new Request('http://localhost/api/helloworld'))).status).toBe(404);
    expect((await invoker.invoke(new Request('http://localhost/hello'))).status).toBe(404);
  });

  it('throws a DefinitionError for names, methods and definitions Azure cannot take', () => {
    expect(() => register('1bad', echo)).toThrow(DefinitionError);
    expect(() => register('has space', echo)).toThrow(/invalid Azure function name "has space"/);
    expect(() =>
      register(
        'ok',
        http(() => new Response(), { methods: ['BREW'] }),
      ),
    ).toThrow(/HTTP method "BREW"/);
    expect(() =>
      register(
        'q',
        queue(() => {}),
      ),
    ).toThrow(/a queue definition needs bindings.source, one of storage-queue, service-bus/);
  });
});

describe('toRoute', () => {
  it('appends a catch-all to a plain base and leaves a template alone', () => {
    expect(toRoute('orders')).toBe('orders/{*path}');
    expect(toRoute('/a/b/')).toBe('a/b/{*path}');
    expect(toRoute('')).toBe('{*path}');
    expect(toRoute('/')).toBe('{*path}');
    expect(toRoute('items/{id}')).toBe('items/{id}');
  });
});
